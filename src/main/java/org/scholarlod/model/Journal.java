package org.scholarlod.model;

import java.util.List;

/** A journal, named by its title, with the ISSNs it is known by. */
public record Journal(String title, List<String> issns) {

    public Journal {
        title = Checks.requiredText("journal.title", title);
        issns = Checks.list("journal.issns", issns).stream()
                .map(issn -> IdentifierScheme.ISSN.normalise("journal.issn", issn)).toList();
    }

    public Journal(String title) {
        this(title, List.of());
    }
}
