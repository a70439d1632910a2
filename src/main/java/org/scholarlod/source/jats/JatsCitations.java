package org.scholarlod.source.jats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.IdentifierScheme;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every {@code mixed-citation} of an XML document, as its text and its publisher's tags: real references with their
 * fields marked, to measure a reference parser on. A citation counts as completely tagged when no words stand outside
 * its tags but the joining words of a style ("pp.", "In:", "eds.", "Accessed 3 May") and no tag holds a field the
 * comparison cannot see (a conference name, a series). Where a {@code ref} holds both a {@code mixed-citation} and an
 * {@code element-citation}, as SciELO's do, the text is the first's and the fields are the second's; such a pair
 * counts as complete unless the text shows a DOI or a link the fields lack, two or more words (of four letters or
 * more, outside links, joining words aside) that no field holds, or the fields hold a person group after the title
 * whose role they do not say (untyped, or authors again), and its pages go unscored where the text shows pages the
 * fields lack. A link the tags give but the text does not show (PLOS links a PMID to PubMed) goes unscored, and so
 * does an untyped source standing alone as title or container (a journal or a book, the tags do not say). A DOI in the
 * untagged text, or a last source holding sentences, a volume and its pages, an "In:" or "(Eds)" (Pensoft lumps what
 * it could not split), leaves a citation out.
 */
public final class JatsCitations {
    /**
     * A citation's text, its tagged fields, whether every field in its text is known from the tags, and the
     * fields the tags cannot be trusted on (the text shows them, the tags lack them).
     */
    public record Citation(String text, CitedWork work, boolean completelyTagged, Set<String> unscored) {
        public Citation {
            unscored = Set.copyOf(unscored);
        }
    }

    /** Elements whose content is a field the tags give, or markup around one, or a field left uncompared. */
    private static final Set<String> TAGS = Set.of(
            "person-group",
            "name",
            "string-name",
            "surname",
            "given-names",
            "prefix",
            "suffix",
            "etal",
            "collab",
            "article-title",
            "chapter-title",
            "source",
            "year",
            "volume",
            "issue",
            "fpage",
            "lpage",
            "page-range",
            "elocation-id",
            "publisher-name",
            "publisher-loc",
            "pub-id",
            "object-id",
            "ext-link",
            "uri",
            "edition",
            "month",
            "day",
            "season",
            "italic",
            "bold",
            "sc",
            "sup",
            "sub",
            "underline",
            "label",
            "named-content",
            "x",
            "comment",
            "issue-id",
            "size",
            "date-in-citation");
    /** Elements whose own text must be joining words only. */
    private static final Set<String> HOLDERS =
            Set.of("mixed-citation", "person-group", "name", "string-name", "comment");

    private static final Pattern DOI = Pattern.compile(IdentifierScheme.DOI_START);
    private static final Pattern PAGES =
            Pattern.compile("(?::\\s*|\\bpp?\\.\\s*)[A-Za-z]?\\d+(?:\\s*[-–]\\s*[A-Za-z]?\\d+)?\\b");
    /** A full stop with more words after it, not one closing an initial or a short abbreviation ("Cah."). */
    private static final Pattern SENTENCES = Pattern.compile("(?:\\p{Ll}{4,}|\\d)\\.\\s+\\S");
    /** A volume and its pages ("52(1): 11−17"), an "In:" or an "(Eds)": fields a source alone does not hold. */
    private static final Pattern PARTS =
            Pattern.compile("\\d\\s*(?:\\(\\d+\\))?\\s*:\\s*\\d|(?<!\\p{L})In:\\s|\\((?:[Ee]ds?|[Ee]ditors?)\\.?\\)");
    /** Elements that may follow a reference's last field: its links and notes. */
    private static final Set<String> AFTERWORDS = Set.of("ext-link", "uri", "comment", "date-in-citation", "pub-id");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A word long enough to be a field's, not an initial or an abbreviation's stub. */
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");
    /** A link or a DOI, whose words no field need hold. */
    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.|10\\.\\d{4,}/)\\S+");
    /** A month, as access dates and issue dates give it ("Jan", "January", "Sept", "setembro"). */
    private static final Pattern MONTH =
            Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
                    + "|fevereiro|março|abril|maio|agosto|setembro|outubro|dezembro|enero|febrero|diciembre");
    /** Words a style puts between fields ("pp.", "In:", "eds.", "Epub ahead of print"), months aside. */
    private static final Set<String> JOINING = Set.of(
            "pp",
            "p",
            "vol",
            "no",
            "in",
            "eds",
            "ed",
            "editor",
            "editors",
            "and",
            "et",
            "al",
            "doi",
            "available",
            "at",
            "from",
            "https",
            "http",
            "accessed",
            "pages",
            "n",
            "vols",
            "s",
            "nr",
            "editado",
            "por",
            "und",
            "hrsg",
            "v",
            "c",
            "ss",
            "pmid",
            "pmcid",
            "via",
            "the",
            "internet",
            "online",
            "cited",
            "retrieved",
            "last",
            "on",
            "pubmed",
            "epub",
            "ahead",
            "of",
            "print",
            "access",
            "disponível",
            "acesso",
            "acessado",
            "acceso",
            "citado",
            "consultado",
            "recuperado",
            "editores",
            "organizador",
            "organizadores",
            "viewed");

    private JatsCitations() {}

    /** Reads {@code bytes}, named {@code name} in errors; a document that is not well-formed XML is refused. */
    public static List<Citation> read(String name, byte[] bytes) {
        Element root = SafeXml.parse(name, bytes).getDocumentElement();
        JatsReferences fields = new JatsReferences(new ArrayList<>());
        List<Citation> citations = new ArrayList<>();
        for (Element citation : Dom.descendants(root, "mixed-citation")) {
            String text = JatsPrintedText.citation(citation);
            if (text != null && !text.isBlank()) {
                int number = citations.size() + 1;
                Element paired = JatsReferences.pairedFields(citation);
                CitedWork work =
                        paired != null ? fields.fields(paired, true, number) : fields.fields(citation, false, number);
                boolean complete = paired != null
                        ? work != null
                                && holdsLinks(work, text)
                                && holdsWords(paired, text)
                                && !JatsReferences.untypedGroupAfterTitle(paired)
                                && !JatsReferences.authorsAgainAfterTitle(paired)
                        : work != null && tagged(citation) && !lumped(citation);
                Set<String> unscored = new HashSet<>();
                if (paired != null && work != null && !holdsPages(work, text)) {
                    unscored.add("page");
                }
                if (paired == null && work != null && sourceAlone(citation)) {
                    unscored.add("title");
                    unscored.add("container-title");
                }
                if (work != null && work.url() != null && !text.contains(withoutScheme(work.url()))) {
                    // PLOS links "PubMed: 21899483" to PubMed's page: a link the text does not show.
                    unscored.add("URL");
                }
                citations.add(new Citation(text, work, complete, unscored));
            }
        }
        return citations;
    }

    /**
     * Whether an untyped citation's source stands with no title and no publisher beside it: a journal's name or a
     * book's title, the tags do not say which.
     */
    private static boolean sourceAlone(Element c) {
        return Dom.child(c, "source") != null
                && Dom.attribute(c, "publication-type") == null
                && Dom.attribute(c, "citation-type") == null
                && Dom.child(c, "article-title") == null
                && Dom.child(c, "chapter-title") == null
                && !JatsReferences.publishedSource(c);
    }

    /**
     * Whether a citation's last field is a source holding sentences ("Species Plantarum, edition 2. Stockholm:
     * Salvius."), a journal's numbers ("Phytologia 52(1): 11−17") or an edited book ("In: Zuloaga FO (Eds)"):
     * Pensoft tags a reference it could not split so, the rest of it in one source.
     */
    private static boolean lumped(Element c) {
        Element last = null;
        for (Node n = c.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !AFTERWORDS.contains(e.getLocalName())) {
                last = e;
            }
        }
        String source = last != null && last.getLocalName().equals("source") ? Dom.text(last) : null;
        return source != null
                && (SENTENCES.matcher(source).find() || PARTS.matcher(source).find());
    }

    private static String withoutScheme(String url) {
        return url.replaceFirst("^https?://", "");
    }

    /** Whether the fields hold the DOI and the link the text shows: SciELO's element citations often lack them. */
    private static boolean holdsLinks(CitedWork work, String text) {
        return (work.doi() != null || !DOI.matcher(text).find())
                && (work.url() != null || work.doi() != null || !text.contains("://"));
    }

    /**
     * Whether the fields hold the words the text shows, outside its links, but for one and the joining words: old
     * SciELO element citations leave out a publisher ("John Wiley &amp; Sons, New York"), a chapter's title or some
     * of the authors.
     */
    private static boolean holdsWords(Element fields, String text) {
        Set<String> held = new HashSet<>();
        collectWords(fields, held);
        Matcher m = LONG_WORD.matcher(LINK.matcher(text).replaceAll(" "));
        int missing = 0;
        while (m.find() && missing < 2) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!held.contains(word)
                    && !JOINING.contains(word)
                    && !MONTH.matcher(word).matches()) {
                missing++;
            }
        }
        return missing < 2;
    }

    private static void collectWords(Node node, Set<String> words) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                Matcher m = LONG_WORD.matcher(n.getTextContent());
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            } else {
                collectWords(n, words);
            }
        }
    }

    /** Whether the fields hold the pages the text shows after a colon or "p.": some element citations lack them. */
    private static boolean holdsPages(CitedWork work, String text) {
        return work.page() != null
                || work.number() != null
                || !PAGES.matcher(text).find();
    }

    private static boolean tagged(Element e) {
        boolean holder = HOLDERS.contains(e.getLocalName());
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (!TAGS.contains(child.getLocalName()) || HOLDERS.contains(child.getLocalName()) && !tagged(child)) {
                    return false;
                }
            } else if (holder && n.getNodeType() == Node.TEXT_NODE && !joining(n.getTextContent())) {
                return false;
            }
        }
        return true;
    }

    private static boolean joining(String text) {
        if (DOI.matcher(text).find()) {
            return false;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!JOINING.contains(m.group().toLowerCase(Locale.ROOT))
                    && !MONTH.matcher(m.group()).matches()) {
                return false;
            }
        }
        return true;
    }
}
