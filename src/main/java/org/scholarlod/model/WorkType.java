package org.scholarlod.model;

/** The kinds of cited work, with their CSL-JSON type names. */
public enum WorkType {
    JOURNAL_ARTICLE("article-journal"),
    BOOK("book"),
    CHAPTER("chapter"),
    REPORT("report"),
    WORKING_PAPER("report"),
    CONFERENCE_PAPER("paper-conference"),
    NEWSPAPER_ARTICLE("article-newspaper"),
    THESIS("thesis"),
    WEB_PAGE("webpage"),
    PREPRINT("article"),
    PRESENTATION("speech"),
    DATASET("dataset"),
    SOFTWARE("software"),
    OTHER("document");

    private final String csl;

    WorkType(String csl) {
        this.csl = csl;
    }

    public String csl() {
        return csl;
    }
}
