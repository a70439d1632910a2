package org.scholarlod.model;

/** The kinds of input an article is read from, each with the media type its provenance records. */
public enum SourceKind {
    SPRINGER_LANDING_PAGE("text/plain"),
    ARTICLE_RECORD("application/json"),
    CROSSREF_WORK("application/json"),
    JATS_ARTICLE("application/xml");

    private final String mediaType;

    SourceKind(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type of a document of this kind. */
    public String mediaType() {
        return mediaType;
    }
}
