package org.scholarlod.cite;

import java.util.ArrayList;
import java.util.List;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

/** Formats a cited work as an APA reference, as doi.org does for {@code text/x-bibliography}. */
public final class ApaFormatter {
    private ApaFormatter() {}

    public static String format(CitedWork w) {
        StringBuilder out = new StringBuilder();
        List<PersonName> names = w.authors().isEmpty() ? w.editors() : w.authors();
        if (!names.isEmpty()) {
            out.append(names(names));
            if (w.authors().isEmpty()) {
                out.append(names.size() == 1 ? " (Ed.)." : " (Eds.).");
            }
            out.append(' ');
        }
        out.append('(')
                .append(w.issued() == null ? "n.d." : w.issued().substring(0, 4))
                .append("). ");
        if (w.title() != null) {
            out.append(w.title()).append(w.title().matches(".*[?!.]$") ? " " : ". ");
        }
        if (w.type() == WorkType.CHAPTER && w.containerTitle() != null) {
            out.append("In ");
            if (!w.editors().isEmpty()) {
                out.append(givenFirst(w.editors())).append(w.editors().size() == 1 ? " (Ed.), " : " (Eds.), ");
            }
            out.append(w.containerTitle());
            if (w.page() != null) {
                out.append(" (pp. ").append(w.page()).append(')');
            }
            out.append(". ");
        } else if (w.containerTitle() != null) {
            out.append(w.containerTitle());
            if (w.volume() != null) {
                out.append(", ").append(w.volume());
                if (w.issue() != null) {
                    out.append('(').append(w.issue()).append(')');
                }
            }
            if (w.page() != null) {
                out.append(", ").append(w.page());
            }
            out.append(". ");
        }
        if (w.publisher() != null) {
            out.append(w.publisherPlace() == null ? "" : w.publisherPlace() + ": ")
                    .append(w.publisher())
                    .append(". ");
        }
        if (w.doi() != null) {
            out.append(IdentifierScheme.DOI.uri(w.doi()));
        } else if (w.url() != null) {
            out.append(w.url());
        }
        return out.toString().strip();
    }

    /** "Gereffi, G., & Lee, J."; more than twenty names are not shortened here. */
    private static String names(List<PersonName> names) {
        List<String> parts = new ArrayList<>();
        for (PersonName n : names) {
            parts.add(
                    n.isOrganisation()
                            ? n.literal()
                            : n.given() == null ? n.family() : n.family() + ", " + initials(n.given()));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", & " + parts.get(parts.size() - 1);
    }

    private static String givenFirst(List<PersonName> names) {
        List<String> parts = new ArrayList<>();
        for (PersonName n : names) {
            parts.add(
                    n.isOrganisation()
                            ? n.literal()
                            : n.given() == null ? n.family() : initials(n.given()) + " " + n.family());
        }
        return parts.size() <= 2
                ? String.join(" & ", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + ", & " + parts.get(parts.size() - 1);
    }

    /** "Gary" → "G.", "Joonkoo" → "J.", "M. E." stays. */
    private static String initials(String given) {
        StringBuilder out = new StringBuilder();
        for (String part : given.split("[\\s.]+")) {
            if (!part.isEmpty()) {
                String[] hyphenated = part.split("-");
                List<String> letters = new ArrayList<>();
                for (String h : hyphenated) {
                    if (!h.isEmpty()) {
                        letters.add(h.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + ".");
                    }
                }
                out.append(out.length() == 0 ? "" : " ").append(String.join("-", letters));
            }
        }
        return out.toString();
    }
}
