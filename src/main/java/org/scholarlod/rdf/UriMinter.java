package org.scholarlod.rdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Book;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.Funding;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.Journal;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;
import org.scholarlod.model.Sha256;

/**
 * Mints the URIs of everything ScholarLOD publishes, deterministically from the data, under one base:
 * readable paths such as {@code <base>id/article/10.1007/s10551-014-2373-7} that need no escaping.
 */
public final class UriMinter {
    private static final Pattern SAFE = Pattern.compile("[a-z0-9](?:[a-z0-9._/-]*[a-z0-9])?");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d{2}|20\\d{2})");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_SLUG = 60;
    /** The segments {@link #workAgent} mints before an agent's position. */
    private static final Set<String> WORK_AGENT_SEGMENTS = Set.of("author", "editor", "cited-author", "cited-editor");

    private final BaseUri base;

    public UriMinter(BaseUri base) {
        this.base = java.util.Objects.requireNonNull(base, "base");
    }

    public BaseUri base() {
        return base;
    }

    /** The key that names an article in all its URIs: its DOI, else journal, volume and first page, else title. */
    public String articleKey(Article article) {
        if (article.doi() != null) {
            return safe(article.doi());
        }
        if (article.journal() != null && article.volume() != null && article.pages() != null) {
            return slug(article.journal().title()) + "-" + slug(article.volume()) + "-"
                    + slug(article.pages().first());
        }
        if (article.title() != null) {
            return hashedSlug(article.title());
        }
        throw new IllegalArgumentException("an article needs a DOI, a title, or journal, volume and pages to be named");
    }

    public Node article(String key) {
        return id("article/" + key);
    }

    /** The work a DOI names: the very URI an article with that DOI has, wherever the DOI is met. */
    public Node articleByDoi(String doi) {
        return article(safe(doi));
    }

    public Node graph(String key) {
        return uri("graph/article/" + key);
    }

    public Node authorRole(String key, int position) {
        return id("article/" + key + "/author/" + position);
    }

    public Node reference(String key, int number) {
        return id("article/" + key + "/reference/" + number);
    }

    public Node embodiment(String key) {
        return id("article/" + key + "/embodiment");
    }
    /** The print or the online edition of an article. */
    public Node embodiment(String key, String edition) {
        return id("article/" + key + "/embodiment/" + edition);
    }

    public Node license(String key, int position) {
        return id("article/" + key + "/license/" + position);
    }

    public Node editorRole(String key, int position) {
        return id("article/" + key + "/editor/" + position);
    }

    public Node subject(String label) {
        return id("subject/" + slug(label));
    }

    public Node subjectScheme() {
        return id("subject");
    }

    public Node acknowledgements(String key) {
        return id("article/" + key + "/acknowledgements");
    }

    public Node conversion(String key) {
        return id("article/" + key + "/conversion");
    }

    /**
     * One update between a notice and the work it updates, by its kind and the two works' URIs, so that the
     * notice's record and the updated work's record name it alike.
     */
    public Node update(Node notice, Node updated, String kind) {
        return id("update/" + safe(kind) + "/" + hash(notice.getURI() + " " + updated.getURI()));
    }

    public Node identifier(String scheme, String value) {
        return id("identifier/" + scheme + "/" + safe(value));
    }

    public Node concept(String label) {
        return id("concept/" + slug(label));
    }

    public Node conceptScheme() {
        return id("concept");
    }
    /** A journal known only by its title, as a reference names it. */
    public Node journal(String title) {
        return id("journal/" + slug(title));
    }

    /**
     * A journal: by its lowest ISSN when it has one (so that records giving the print or the electronic ISSN,
     * or both, agree whenever they share the lowest), else by its title.
     */
    public Node journal(Journal journal) {
        return id("journal/" + journalKey(journal));
    }

    public Node volume(Journal journal, String volume) {
        return id("journal/" + journalKey(journal) + "/" + slug(volume));
    }

    public Node issue(Journal journal, String volume, String issue) {
        return id("journal/" + journalKey(journal) + "/" + slug(volume) + "/" + slug(issue));
    }

    private static String journalKey(Journal journal) {
        return journal.issns().stream()
                .sorted()
                .findFirst()
                .map(issn -> "issn-" + issn.toLowerCase(Locale.ROOT))
                .orElseGet(() -> slug(journal.title()));
    }

    /** An organisation known only by its name (a publisher, a copyright holder). */
    public Node organisation(String name) {
        return id("org/" + slug(name));
    }

    /** An affiliation's institution: by its ROR ID when known, else by its name. */
    public Node organisation(Affiliation affiliation) {
        return id("org/" + orgKey(affiliation));
    }

    public Node unit(Affiliation affiliation, String unit) {
        return id("org/" + orgKey(affiliation) + "/" + slug(unit));
    }

    public Node address(Affiliation affiliation) {
        return id("org/" + orgKey(affiliation) + "/address/"
                + slug((affiliation.city() == null ? "" : affiliation.city()) + " "
                        + (affiliation.country() == null ? "" : affiliation.country())));
    }

    private static String orgKey(Affiliation affiliation) {
        return affiliation.identifiers().stream()
                .filter(id -> id.scheme() == IdentifierScheme.ROR)
                .findFirst()
                .map(id -> "ror-" + id.value())
                .orElseGet(() -> slug(affiliation.institution()));
    }

    /** A funder: by its Crossref Funder ID when known, else by its name. */
    public Node funder(Funding funding) {
        return id("org/" + funderKey(funding));
    }

    public Node grant(Funding funding, String articleKey) {
        return id("grant/" + funderKey(funding) + "/"
                + (funding.grantNumber() != null ? safe(funding.grantNumber()) : "article-" + safe(articleKey)));
    }

    private static String funderKey(Funding funding) {
        return funding.funderIds().stream()
                .filter(id -> id.scheme() == IdentifierScheme.CROSSREF_FUNDER)
                .findFirst()
                .map(id -> "fundref-" + id.value())
                .orElseGet(() -> slug(funding.funder()));
    }

    public Node source(String sha256) {
        return id("source/" + sha256);
    }
    /** The named graph holding the matches {@code scholarlod link} accepted for one profile. */
    /**
     * The named graph holding one description of a node that many articles share (a journal, a person, a cited
     * work), named by its kind and a hash of its content, so that every record giving the same description
     * names the same graph.
     */
    public Node sharedGraph(String kind, String contentHash) {
        return uri("graph/shared/" + kind + "/" + contentHash);
    }
    /** The kind of thing a URI minted here names ({@code journal}, {@code person}, …), or null if not minted here. */
    public String kindOf(Node node) {
        if (!node.isURI() || !node.getURI().startsWith(base.resolve("id/"))) {
            return null;
        }
        String path = base.path(node.getURI()).substring(3);
        int slash = path.indexOf('/');
        return slash > 0 ? path.substring(0, slash) : path;
    }
    /** The minter of the base an article graph's name ({@code <base>graph/article/…}) was minted under. */
    public static UriMinter ofArticleGraph(Node graph) {
        int at = graph.isURI() ? graph.getURI().indexOf("graph/article/") : -1;
        if (at <= 0) {
            throw new IllegalArgumentException("graph name " + graph + " is not an article graph's");
        }
        return new UriMinter(new BaseUri(graph.getURI().substring(0, at)));
    }

    public Node linkGraph(String profile) {
        return uri("graph/link/" + slug(profile));
    }

    public Node link(String profile, String local) {
        return id("link/" + slug(profile) + "/" + local);
    }

    public Node software(String version) {
        return id("software/scholarlod/" + safe(version));
    }

    /** A person: by ORCID when known, else by full name. */
    public Node person(Author author) {
        return author.orcid() != null
                ? id("person/orcid-" + author.orcid().toLowerCase(Locale.ROOT))
                : id("person/" + slug(author.name()));
    }

    /**
     * A cited work: by its DOI when it has one, as the very URI an article with that DOI has (so that citations
     * between the articles of a catalogue join, however its records are split); else keyed by its first author's
     * (or editor's) family name, year and title once parsed, so that the same work cited by two articles is one
     * node. A reference without a title and a year has too few facts to say it is the same work as another
     * article's, so its work stays local to the citing article.
     */
    public Node citedWork(String articleKey, Reference reference) {
        if (reference.work() != null && reference.work().doi() != null) {
            return articleByDoi(reference.work().doi());
        }
        Node keyed = byFacts(reference.work());
        return keyed != null ? keyed : id("article/" + articleKey + "/reference/" + reference.number() + "/work");
    }

    /**
     * A cited work outside any article (a reference list parsed on its own): keyed as {@link #citedWork(String,
     * Reference)} keys it when parsed, else by the reference's normalised text.
     */
    public Node citedWork(Reference reference) {
        Node keyed = byFacts(reference.work());
        if (keyed != null) {
            return keyed;
        }
        String text = reference.text();
        Matcher year = YEAR.matcher(text);
        return id("work/" + firstWord(text) + "-" + (year.find() ? year.group(1) + "-" : "")
                + hash(NOT_SLUG.matcher(plain(text)).replaceAll(" ").strip()));
    }

    /** A parsed work with a title and a year, by its first author's (or editor's) name; null for any other. */
    private Node byFacts(CitedWork work) {
        if (work == null || work.title() == null || work.issued() == null) {
            return null;
        }
        List<PersonName> names = work.authors().isEmpty() ? work.editors() : work.authors();
        String first = names.isEmpty()
                ? work.title()
                : names.get(0).isOrganisation()
                        ? names.get(0).literal()
                        : names.get(0).family();
        return work(first, work.issued(), work.title());
    }

    /** A work by its first author's name, year and title, as {@link #citedWork} keys it. */
    public Node work(String firstName, String year, String title) {
        String name = slug(firstName);
        return id("work/" + (name.length() > 30 ? name.substring(0, 30).replaceAll("-+$", "") : name) + "-"
                + year.substring(0, Math.min(4, year.length())) + "-"
                + hash(NOT_SLUG.matcher(plain(title)).replaceAll("")));
    }

    /**
     * A person or organisation named by a cited work, in its role ("author", "editor") and position. Under an
     * article's URI (a work cited by DOI) the path says "cited-author": {@code …/author/1} is the article's own
     * first author role.
     */
    public Node workAgent(Node work, String role, int position) {
        return NodeFactory.createURI(work.getURI() + "/" + agentSegment(work, role) + "/" + position);
    }

    public Node workRole(Node work, String role, int position) {
        return NodeFactory.createURI(work.getURI() + "/" + agentSegment(work, role) + "/" + position + "/role");
    }

    /**
     * The node whose description includes this one's: a cited work for the agents and roles {@link #workAgent}
     * and {@link #workRole} mint under it, else the node itself.
     */
    public Node describedWith(Node node) {
        if (!node.isURI()) {
            return node;
        }
        String uri = node.getURI();
        int end = uri.endsWith("/role") ? uri.length() - 5 : uri.length();
        int position = uri.lastIndexOf('/', end - 1);
        int agent = position > 0 ? uri.lastIndexOf('/', position - 1) : -1;
        if (agent < 0
                || position + 1 == end
                || !digits(uri, position + 1, end)
                || !WORK_AGENT_SEGMENTS.contains(uri.substring(agent + 1, position))) {
            return node;
        }
        return NodeFactory.createURI(uri.substring(0, agent));
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private String agentSegment(Node work, String role) {
        return work.getURI().startsWith(base.resolve("id/article/")) ? "cited-" + role : role;
    }

    public Node citation(String key, int number) {
        return id("article/" + key + "/citation/" + number);
    }

    public Node authorMatch(Node citation, int position) {
        return NodeFactory.createURI(citation.getURI() + "/author-match/" + position);
    }

    /** A chapter's book: by its lowest ISBN when it has one (so that print and online pages agree), else by title. */
    public Node book(Book book) {
        return id("book/"
                + (book.isbns().isEmpty()
                        ? slug(book.title())
                        : "isbn-" + book.isbns().stream().sorted().findFirst().orElseThrow()));
    }

    public Node newspaper(String title) {
        return id("newspaper/" + slug(title));
    }

    public Node series(String title) {
        return id("series/" + slug(title));
    }

    private static String firstWord(String text) {
        String first = slug(text.strip().split("[,.(\\s]", 2)[0]);
        return first.length() > 30 ? first.substring(0, 30) : first;
    }

    /** Lower-case ASCII words joined by '-', at most 60 characters; a hash stands in for text with no letters. */
    public static String slug(String text) {
        String slug = NOT_SLUG.matcher(plain(text)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "") + "-" + hash(text);
        }
        return slug.isEmpty() ? hash(text) : slug;
    }

    private static String plain(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Keeps identifiers that are already safe in a path (DOIs, grant numbers, versions) readable, lower-cased;
     * anything else becomes a slug plus a hash, so that distinct values never share a URI.
     */
    private static String safe(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        boolean readable = SAFE.matcher(lower).matches()
                && !lower.contains("//")
                && !lower.contains("/.")
                && !lower.contains("./");
        return readable ? lower : hashedSlug(value);
    }

    /** A slug that always ends in the text's hash, once: a long text's slug already does. */
    private static String hashedSlug(String text) {
        String slug = slug(text);
        String hash = hash(text);
        return slug.endsWith("-" + hash) || slug.equals(hash) ? slug : slug + "-" + hash;
    }

    private static String hash(String text) {
        return hash(text, 4);
    }

    /** The first {@code bytes} bytes of the text's SHA-256, in hex. */
    static String hash(String text, int bytes) {
        return hash(List.of(text.getBytes(StandardCharsets.UTF_8)), bytes);
    }

    /** The first {@code bytes} bytes of the SHA-256 of the parts one after the other, in hex. */
    static String hash(List<byte[]> parts, int bytes) {
        return Sha256.hex(Sha256.digest(parts), bytes);
    }

    private Node id(String path) {
        return uri("id/" + path);
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base.resolve(path));
    }
}
