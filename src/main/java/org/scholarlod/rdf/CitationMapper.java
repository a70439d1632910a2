package org.scholarlod.rdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;

/**
 * Each citation as an OpenCitations-style {@code cito:Citation}: citing and cited entity, creation date, time
 * span, and its kind — {@code cito:AuthorSelfCitation} when an author of the cited work is an author of the
 * citing article (the match is recorded with its evidence, never merged), {@code cito:JournalSelfCitation}
 * when both appeared in the same journal.
 */
final class CitationMapper implements ConcernMapper {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]");

    @Override
    public void map(MappingContext c) {
        Article article = c.article();
        Map<Node, CitedWork> described = new HashMap<>();
        List<String> authorKeys =
                article.authors().stream().map(a -> key(a.familyName())).toList();
        String journalKey =
                article.journal() == null ? null : key(article.journal().title());
        for (Reference reference : article.references()) {
            Node citation = c.uris().citation(c.key(), reference.number());
            Node cited = c.uris().citedWork(c.key(), reference);
            TripleWriter out = c.out();
            out.type(citation, Cito.Citation);
            out.add(citation, Cito.hasCitingEntity, c.subject());
            out.add(citation, Cito.hasCitedEntity, cited);
            out.date(citation, Cito.hasCitationCreationDate, article.issued());
            if (reference.work() == null) {
                continue;
            }
            // The work as ReferenceMapper described it: from the first reference that resolved to it.
            CitedWork work = described.computeIfAbsent(cited, n -> reference.work());
            if (article.year() != null && work.issued() != null) {
                int span = Integer.parseInt(article.year())
                        - Integer.parseInt(work.issued().substring(0, 4));
                if (span >= 0) {
                    out.typed(citation, Cito.hasCitationTimeSpan, "P" + span + "Y", XSDDatatype.XSDduration);
                }
            }
            if (authorMatches(c, citation, cited, article.authors(), authorKeys, work.authors()) > 0) {
                out.type(citation, Cito.AuthorSelfCitation);
            }
            if (journalKey != null && work.containerTitle() != null && journalKey.equals(key(work.containerTitle()))) {
                out.type(citation, Cito.JournalSelfCitation);
            }
        }
    }

    /** Records each pair of same family name and compatible initials; returns how many there were. */
    private static int authorMatches(
            MappingContext c,
            Node citation,
            Node cited,
            List<Author> articleAuthors,
            List<String> articleAuthorKeys,
            List<PersonName> workAuthors) {
        int matches = 0;
        for (int i = 0; i < workAuthors.size(); i++) {
            PersonName name = workAuthors.get(i);
            String family = name.isOrganisation() ? null : key(name.family());
            for (int a = 0; a < articleAuthors.size(); a++) {
                Author author = articleAuthors.get(a);
                if (family != null
                        && family.equals(articleAuthorKeys.get(a))
                        && initialsAgree(name.given(), author.givenName())) {
                    matches++;
                    Node match = c.uris().authorMatch(citation, matches);
                    TripleWriter out = c.out();
                    out.add(citation, ScholarLodVocab.hasAuthorMatch, match);
                    out.type(match, ScholarLodVocab.AuthorMatch);
                    out.add(match, ScholarLodVocab.referenceAuthor, c.uris().workAgent(cited, "author", i + 1));
                    out.add(match, ScholarLodVocab.articleAuthor, c.uris().person(author));
                    out.text(
                            match,
                            ScholarLodVocab.evidence,
                            "same family name '" + author.familyName()
                                    + "'"
                                    + (name.given() == null
                                            ? ""
                                            : " and initials '" + name.given() + "' agree with '" + author.givenName()
                                                    + "'"));
                }
            }
        }
        return matches;
    }

    /** "G." agrees with "Gary"; "J. A." with "John Andrew"; an unknown given name agrees with any. */
    private static boolean initialsAgree(String initials, String givenName) {
        if (initials == null || givenName == null) {
            return true;
        }
        String[] letters = initials.replaceAll("[^\\p{L}\\s-]", " ").strip().split("[\\s-]+");
        String[] names = givenName.strip().split("[\\s-]+");
        for (int i = 0; i < Math.min(letters.length, names.length); i++) {
            if (letters[i].isEmpty()
                    || names[i].isEmpty()
                    || Character.toUpperCase(letters[i].charAt(0)) != Character.toUpperCase(names[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return NOT_KEY.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT))
                .replaceAll("");
    }
}
