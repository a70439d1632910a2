package org.scholarlod.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How likely a candidate is to be the same work: title word overlap (weight 0.6), same year (0.2, or 0.1 a year
 * apart), the first author's family name among the candidate's authors (0.15), and container word overlap (0.05).
 */
final class MatchScorer {
    private static final Set<String> STOP =
            Set.of("a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by");

    private MatchScorer() {}

    static double score(WorkToLink work, Candidate candidate) {
        double score = 0.6 * overlap(words(work.title()), words(candidate.title()));
        if (work.year() != null && candidate.year() != null) {
            int apart = Math.abs(Integer.parseInt(work.year()) - Integer.parseInt(candidate.year()));
            score += apart == 0 ? 0.2 : apart == 1 ? 0.1 : 0;
        }
        if (work.firstFamilyName() != null) {
            Set<String> family = words(work.firstFamilyName());
            boolean named = candidate.authors().stream().anyMatch(a -> words(a).containsAll(family));
            score += named ? 0.15 : 0;
        }
        if (work.container() != null) {
            Set<String> container = words(work.container());
            score += 0.05
                    * candidate.containers().stream()
                            .mapToDouble(c -> overlap(container, words(c)))
                            .max()
                            .orElse(0);
        }
        return Math.min(1, score);
    }

    /** Jaccard overlap of two word sets. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    /** Lower-case ASCII words without accents, stop words or punctuation; "&" reads as "and". */
    static Set<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("&", " and ")
                .replaceAll("[’'`]", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !STOP.contains(w))
                .collect(Collectors.toSet());
    }
}
