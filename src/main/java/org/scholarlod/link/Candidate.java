package org.scholarlod.link;

import java.util.Set;

/** A work another graph holds that may be ours: its URI there and the fields we compare. */
record Candidate(String uri, String title, String year, Set<String> authors, Set<String> containers, String doi) {
    Candidate {
        authors = Set.copyOf(authors);
        containers = Set.copyOf(containers);
    }
}
