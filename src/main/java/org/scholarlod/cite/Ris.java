package org.scholarlod.cite;

import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;

/** Writes cited works as RIS records, the tagged format reference managers import. */
public final class Ris {
    private Ris() {}

    public static String record(CitedWork work) {
        StringBuilder out = new StringBuilder();
        tag(out, "TY", type(work));
        for (PersonName name : work.authors()) {
            tag(out, "AU", name(name));
        }
        for (PersonName name : work.editors()) {
            tag(out, "ED", name(name));
        }
        tag(out, "TI", work.title());
        tag(out, work.type() == org.scholarlod.model.WorkType.JOURNAL_ARTICLE ? "JO" : "T2", work.containerTitle());
        tag(out, "T3", work.collectionTitle());
        tag(out, "PY", work.issued() == null ? null : work.issued().substring(0, 4));
        tag(out, "DA", work.issued() == null ? null : work.issued().replace('-', '/'));
        tag(out, "VL", work.volume());
        tag(out, "IS", work.issue());
        tag(out, "M1", work.number());
        if (work.page() != null) {
            tag(out, "SP", work.page().first());
            tag(out, "EP", work.page().last());
        }
        tag(out, "ET", work.edition());
        tag(out, "PB", work.publisher());
        tag(out, "CY", work.publisherPlace() != null ? work.publisherPlace() : work.eventPlace());
        tag(out, "M3", work.genre());
        tag(out, "DO", work.doi());
        tag(out, "UR", work.url());
        tag(out, "Y2", work.accessed());
        return out.append("ER  - \n").toString();
    }

    private static String type(CitedWork work) {
        return switch (work.type()) {
            case JOURNAL_ARTICLE -> "JOUR";
            case BOOK -> work.authors().isEmpty() && !work.editors().isEmpty() ? "EDBOOK" : "BOOK";
            case CHAPTER -> "CHAP";
            case REPORT, WORKING_PAPER -> "RPRT";
            case CONFERENCE_PAPER -> "CPAPER";
            case NEWSPAPER_ARTICLE -> "NEWS";
            case THESIS -> "THES";
            case WEB_PAGE -> "ELEC";
            case DATASET -> "DATA";
            case SOFTWARE -> "COMP";
            case PRESENTATION -> "SLIDE";
            default -> "GEN";
        };
    }

    /** RIS's "Last, First, Suffix". */
    private static String name(PersonName name) {
        if (name.isOrganisation()) {
            return name.literal();
        }
        String inverted = name.given() == null ? name.family() : name.family() + ", " + name.given();
        return name.suffix() == null ? inverted : inverted + (name.given() == null ? ", , " : ", ") + name.suffix();
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null) {
            out.append(tag).append("  - ").append(value.replace('\n', ' ')).append('\n');
        }
    }
}
