package org.scholarlod.model;

import java.util.List;

/**
 * A journal, named by its title (and its abbreviated title, when given), with the ISSNs it is known by; of
 * those, {@code printIssn} and {@code electronicIssn} are the ones the source says are of the print or the
 * electronic edition.
 */
public record Journal(String title, String shortTitle, List<String> issns, String printIssn, String electronicIssn) {

    public Journal {
        title = Checks.requiredText("journal.title", title);
        shortTitle = Checks.optionalText("journal.short-title", shortTitle);
        issns = Checks.list("journal.issns", issns).stream()
                .map(issn -> IdentifierScheme.ISSN.normalise("journal.issn", issn))
                .distinct()
                .toList();
        printIssn = Checks.optionalIdentifier("journal.print-issn", printIssn, IdentifierScheme.ISSN);
        electronicIssn = Checks.optionalIdentifier("journal.electronic-issn", electronicIssn, IdentifierScheme.ISSN);
        for (String typed : new String[] {printIssn, electronicIssn}) {
            if (typed != null && !issns.contains(typed)) {
                throw new IllegalArgumentException("journal.issns " + issns + " lack the typed ISSN " + typed);
            }
        }
    }

    public Journal(String title, List<String> issns) {
        this(title, null, issns, null, null);
    }

    public Journal(String title) {
        this(title, List.of());
    }
}
