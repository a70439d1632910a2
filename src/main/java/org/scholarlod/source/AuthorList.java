package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import org.scholarlod.model.Author;

/**
 * Authors collected in page order: a name seen again is the same author (tabs of the older layout list the
 * names twice), and affiliation numbers printed on a line of their own belong to the name above them.
 */
final class AuthorList {
    private final List<Author> authors = new ArrayList<>();
    private int last = -1;

    void add(Author person) {
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).name().equals(person.name())) {
                Author known = authors.get(i);
                authors.set(
                        i, with(known, known.orcid() != null ? known.orcid() : person.orcid(), person.affiliations()));
                last = i;
                return;
            }
        }
        authors.add(person);
        last = authors.size() - 1;
    }

    /** Affiliation numbers ("1", "1, 2") for the author named last. */
    void numbers(String line) {
        List<Integer> numbers = new ArrayList<>();
        for (String number : line.split("\\s*,\\s*")) {
            numbers.add(Integer.parseInt(number.strip()));
        }
        Author known = authors.get(last);
        authors.set(last, with(known, known.orcid(), numbers));
    }

    boolean isEmpty() {
        return authors.isEmpty();
    }

    List<Author> authors() {
        return List.copyOf(authors);
    }

    private static Author with(Author known, String orcid, List<Integer> more) {
        List<Integer> held = new ArrayList<>(known.affiliations());
        more.stream().filter(n -> !held.contains(n)).forEach(held::add);
        return new Author(known.givenName(), known.familyName(), orcid, held, known.identifiers());
    }
}
