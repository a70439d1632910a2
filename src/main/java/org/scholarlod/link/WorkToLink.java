package org.scholarlod.link;

/** One of our cited works that has no identifier yet, with what we know to find it by. */
record WorkToLink(String uri, String title, String year, String firstFamilyName, String container) {
    WorkToLink {
        if (uri == null || title == null) {
            throw new IllegalArgumentException("a work to link needs a URI and a title (" + uri + ")");
        }
    }
}
