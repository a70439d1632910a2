package org.scholarlod.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Matches an author of one of our articles with an author of the same article (found by its DOI) in another
 * graph: the family name must agree, and the given name fully (score 1.0) or by its initial (0.9).
 */
final class PersonMatcher {
    private PersonMatcher() {}

    static Optional<Match> best(Binding ours, List<Binding> theirs, double threshold, LinkProfile profile) {
        Set<String> family = MatchScorer.words(Reconciler.text(ours, "family"));
        String given = Reconciler.text(ours, "given");
        Match best = null;
        int tied = 0;
        for (Binding candidate : theirs) {
            String name = Reconciler.text(candidate, "name");
            if (name == null || !MatchScorer.words(name).containsAll(family)) {
                continue;
            }
            double score = 0.8;
            if (given != null) {
                Set<String> givenWords = MatchScorer.words(given);
                if (!givenWords.isEmpty() && MatchScorer.words(name).containsAll(givenWords)) {
                    score = 1.0;
                } else if (!givenWords.isEmpty()
                        && name.strip()
                                .toLowerCase()
                                .startsWith(given.strip().substring(0, 1).toLowerCase())) {
                    score = 0.9;
                }
            }
            if (best == null || score > best.score()) {
                best = new Match(
                        ours.get("p").getURI(),
                        candidate.get("person").getURI(),
                        score,
                        "family and given name among the authors of the same DOI in " + profile.label(),
                        Reconciler.text(candidate, "orcid"));
                tied = 0;
            } else if (score == best.score()) {
                tied++;
            }
        }
        return best != null && best.score() >= threshold && tied == 0 ? Optional.of(best) : Optional.empty();
    }
}
