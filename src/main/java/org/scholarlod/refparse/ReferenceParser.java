package org.scholarlod.refparse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Article;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.Reference;
import org.scholarlod.model.WorkType;

/**
 * Parses reference strings into cited works. Never throws: a string it cannot read gives a low-confidence
 * work with what could be found, and a string with nothing in it gives null.
 */
public final class ReferenceParser {
    /**
     * Longer strings are not references: only identifiers are looked for. A reference of a big collaboration
     * lists thousands of authors, so the bound is far above the longest real one; the model's time is linear.
     */
    static final int MAX_LENGTH = 100_000;
    /** The rules' patterns are only tried on strings up to this length; longer ones go to the model alone. */
    static final int MAX_RULES_LENGTH = 2000;
    /**
     * A DOI, with or without "doi:" before it; it ends where Crossref's pattern for DOIs ends, brackets allowed for
     * the SICI-based DOIs of BioOne and others ("10.1656/1528-7092(2008)7[180:NOHBHF]2.0.CO;2").
     */
    private static final Pattern DOI = Pattern.compile(
            "(?:\\bdoi\\s?:?\\s?|\\b)(" + IdentifierScheme.DOI_START + "[-._;()\\[\\]/:\\w]+)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ISBN =
            Pattern.compile("\\bISBN(?:-1[03])?:?\\s*((?:97[89][-\\s]?)?(?:\\d[-\\s]?){9}[\\dXx])\\b");
    private static final Pattern URL =
            Pattern.compile("\\b(?:https?|ftp)\\s?:\\s?//[^\\s;,<>\"\\[\\]]+|\\bwww\\.[^\\s;,<>\"\\[\\]]+");
    private static final Pattern DOI_URL =
            Pattern.compile("(?i)" + IdentifierScheme.DOI_RESOLVER + "(" + IdentifierScheme.DOI_START + ".+)");
    /** Rule parses less sure than this are handed to the trained model, when there is one. */
    static final double RULES_TRUSTED = 0.75;

    private final AuthorDateParser authorDate = new AuthorDateParser();
    private final ModelParser model;
    private final double rulesTrusted;

    /** A parser with the model bundled in the jar (rules only when the build has none). */
    public ReferenceParser() {
        this(ModelParser.bundled());
    }

    ReferenceParser(ModelParser model) {
        this(model, RULES_TRUSTED);
    }

    ReferenceParser(ModelParser model, double rulesTrusted) {
        this.model = model;
        this.rulesTrusted = rulesTrusted;
    }

    /** The work a reference string cites, or null when the string holds nothing to parse. */
    public CitedWork parse(String reference) {
        if (reference == null) {
            return null;
        }
        String text = ReferenceText.of(reference, model == null ? word -> false : model::knowsWord);
        if (text.isEmpty() || text.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String url = null;
        String doi = null;
        Matcher u = URL.matcher(text);
        if (u.find()) {
            url = u.group().replaceAll("\\s", "").replaceAll("[.,;:]+$", "");
            text = ReferenceText.tidy(text.substring(0, u.start()) + " " + text.substring(u.end()));
            Matcher resolver = DOI_URL.matcher(url);
            if (resolver.matches()) {
                doi = resolver.group(1);
                url = null;
            }
        }
        Matcher d = DOI.matcher(text);
        if (doi == null && d.find()) {
            doi = balanced(d.group(1).replaceAll("[.,;:]+$", ""));
            int end = d.start(1) + doi.length();
            text = ReferenceText.tidy(text.substring(0, d.start()) + " " + text.substring(end));
        }
        String isbn = null;
        Matcher i = ISBN.matcher(text);
        if (i.find()) {
            try {
                isbn = IdentifierScheme.ISBN.normalise("isbn", i.group(1));
                text = ReferenceText.tidy(text.substring(0, i.start()) + " " + text.substring(i.end()));
            } catch (IllegalArgumentException e) {
                // Not a valid ISBN (a wrong check digit, a misprint): left in the text, stated nowhere.
            }
        }
        if (text.length() > MAX_LENGTH || text.length() > MAX_RULES_LENGTH && model == null) {
            return CitedWork.builder(WorkType.OTHER)
                    .doi(doi)
                    .url(url)
                    .confidence(0.05)
                    .build();
        }
        AccessNotes.Cut notes = AccessNotes.cut(text, url != null || doi != null);
        boolean online = url != null || !notes.text().equals(text);
        text = TranslatorNotes.cut(notes.text());
        String accessed = notes.accessed();
        CitedWork.Builder work = text.length() > MAX_RULES_LENGTH
                ? CitedWork.builder(WorkType.OTHER).confidence(0)
                : authorDate.parse(ReferenceText.flat(text), online);
        if (model != null && work.build().confidence() < rulesTrusted) {
            work = model.parse(text, online);
        }
        if (doi != null) {
            work.doi(doi);
        }
        if (isbn != null) {
            work.isbn(isbn);
        }
        if (url != null) {
            work.url(url);
        }
        if (accessed != null) {
            work.accessed(accessed);
        }
        return work.build();
    }

    /**
     * The work a reference string cites, as {@link #parse(String)} reads it, with the authors of {@code before}
     * (the work cited just before it in the same list) where the string begins with the mark that repeats them.
     */
    public CitedWork parse(String reference, CitedWork before) {
        return RepeatedAuthors.marked(reference)
                ? RepeatedAuthors.carried(parse(RepeatedAuthors.abntMarked(reference)), before)
                : parse(reference);
    }

    /**
     * A DOI without what follows it: closing brackets and stops that close what encloses it ("(doi:10.1/x)."), a
     * bracketed note at its end (NLM's "10.1038/nrn2947[doi]"), a bracket it never closes ("…055008[arXiv").
     */
    private static String balanced(String doi) {
        String kept = doi.replaceFirst("\\[[^\\[\\]]*\\]$", "");
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (c == '[' || c == '(') {
                open.push(i);
            } else if ((c == ']' || c == ')') && !open.isEmpty()) {
                open.pop();
            } else if (c == ']' || c == ')') {
                kept = kept.substring(0, i);
                break;
            }
        }
        if (!open.isEmpty()) {
            kept = kept.substring(0, open.getLast());
        }
        return kept.replaceAll("[.,;:]+$", "");
    }

    /**
     * The article with the text of each of its references parsed; where the source also stated fields of the
     * cited work, those are kept and the parse only fills what they lack.
     */
    public Article parseReferences(Article article) {
        List<Reference> parsed = new ArrayList<>(article.references().size());
        CitedWork before = null;
        for (Reference reference : article.references()) {
            Reference done = reference;
            if (reference.text() != null) {
                CitedWork read = parse(reference.text(), before);
                done = reference.withWork(
                        reference.work() == null ? read : reference.work().completedBy(read));
            }
            parsed.add(done);
            before = done.work();
        }
        return article.toBuilder().references(parsed).build();
    }
}
