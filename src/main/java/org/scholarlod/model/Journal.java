package org.scholarlod.model;

import java.util.List;
import java.util.regex.Pattern;

/** A journal, named by its title, with the ISSNs it is known by. */
public record Journal(String title, List<String> issns) {
    private static final Pattern ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dX]");

    public Journal {
        title = Checks.requiredText("journal.title", title);
        issns = Checks.list("journal.issns", issns);
        for (String issn : issns) {
            Checks.optionalMatch("journal.issns", issn, ISSN, "an ISSN (NNNN-NNNC)");
        }
    }

    public Journal(String title) {
        this(title, List.of());
    }
}
