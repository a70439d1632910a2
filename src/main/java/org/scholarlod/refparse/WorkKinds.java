package org.scholarlod.refparse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words in a reference that say what kind of work it cites: a thesis (in several languages), a preprint. */
final class WorkKinds {
    private static final Pattern THESIS = Pattern.compile(
            "(?i)\\b((?:unpublished\\s+)?(?:doctoral|master'?s|phd|ph\\.\\s?d\\.|bachelor'?s)\\s+(?:dissertation|thesis)"
                    + "|dissertation|thesis)\\b");
    /**
     * A degree's thesis named in Portuguese, Spanish or French: "Tese (Doutorado em …)", "[dissertação]",
     * "Monografia (Especialização)", "Trabalho de Conclusão de Curso (Graduação)".
     */
    private static final String THESIS_WORD = "tese|disserta[çc][ãa]o|tesis|th[èe]se";

    private static final Pattern THESIS_ELSEWHERE = Pattern.compile("(?iu)\\b(" + THESIS_WORD + ")"
            + "\\s*(?:\\(|\\[|\\]|de\\s+(?:mestrado|doutorado|doctorado|maestr[íi]a|doctorat)|doctoral|\\.|,)"
            + "|\\b(mestrado|doutorado|doctorado|maestr[íi]a)\\b"
            + "|\\b(?:monografia\\s*\\(|trabalho de conclus[ãa]o de curso)");
    /** The name of the work a degree asks for, opening a text: "Dissertação de Mestrado", "Trabalho de Conclusão …". */
    private static final Pattern DEGREE =
            Pattern.compile("(?iu)(?:" + THESIS_WORD + "|monografia|trabalho de conclus[ãa]o de curso)\\b");

    private static final Pattern PREPRINT =
            Pattern.compile("(?i)\\b(" + String.join("|", PreprintServer.SERVERS) + "|preprint)\\b");

    private WorkKinds() {}

    static boolean thesis(String text) {
        return THESIS.matcher(text).find() || THESIS_ELSEWHERE.matcher(text).find();
    }

    /** Whether the text names a degree's thesis in a language other than English ("Tese (Doutorado …)"). */
    static boolean namedThesis(String text) {
        return THESIS_ELSEWHERE.matcher(text).find();
    }

    /** Whether the text opens with the name of a degree's work, so names the degree rather than an institution. */
    static boolean namesDegree(String text) {
        return DEGREE.matcher(text).lookingAt();
    }

    static boolean preprint(String text) {
        return PREPRINT.matcher(text).find();
    }

    /** The phrase that names the thesis ("Doctoral dissertation"), or null. */
    static String thesisGenre(String text) {
        Matcher m = THESIS.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
