package org.scholarlod.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Namespaces;

/**
 * Finds our cited works and article authors that have no identifier, asks another graph for candidates, and
 * accepts the best candidate when it scores at least the threshold and clearly beats the runner-up (so that two
 * near-identical candidates are left for a person to decide).
 */
public final class Reconciler {
    private static final double MARGIN = 0.05;
    private static final String OURS =
            Namespaces.sparql("dcterms", "cito", "datacite", "owl", "pro", "foaf", "frbr", "oco", "literal");

    private final String endpoint;
    private final LinkProfile profile;
    private final double threshold;

    public Reconciler(String endpoint, LinkProfile profile, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not in (0, 1]");
        }
        this.endpoint = endpoint;
        this.profile = profile;
        this.threshold = threshold;
    }

    /** What a run considered and what it accepted. */
    public record Result(int worksConsidered, int peopleConsidered, List<Match> works, List<Match> people) {}

    public Result link(DatasetGraph dataset, BaseUri base) {
        List<WorkToLink> works = Txn.calculateRead(dataset, () -> worksToLink(dataset, base));
        // What the records say, not what an earlier link run added: link graphs are left out of the filters.
        String recorded = "FILTER(!STRSTARTS(STR(?rg), \"" + base.resolve("graph/link/") + "\"))";
        List<Binding> people = Txn.calculateRead(dataset, () -> select(dataset, OURS + """
                SELECT DISTINCT ?p ?given ?family ?doi WHERE {
                  GRAPH ?g { ?g foaf:primaryTopic ?a . ?a dcterms:creator ?p ; datacite:hasIdentifier ?i }
                  ?i datacite:usesIdentifierScheme datacite:doi ; literal:hasLiteralValue ?doi .
                  ?p foaf:familyName ?family . OPTIONAL { ?p foaf:givenName ?given }
                  FILTER NOT EXISTS { GRAPH ?rg { ?p datacite:hasIdentifier ?pi } %s } } ORDER BY ?p""".formatted(recorded)));
        List<Match> workMatches = new ArrayList<>();
        for (WorkToLink work : works) {
            Map<String, Candidate> candidates = candidates(remote(profile.works(work)));
            List<Map.Entry<String, Double>> ranked = candidates.values().stream()
                    .map(c -> Map.entry(c.uri(), MatchScorer.score(work, c)))
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .toList();
            if (!ranked.isEmpty()
                    && ranked.get(0).getValue() >= threshold
                    && (ranked.size() == 1
                            || ranked.get(0).getValue() - ranked.get(1).getValue() >= MARGIN)) {
                Candidate best = candidates.get(ranked.get(0).getKey());
                workMatches.add(new Match(
                        work.uri(),
                        best.uri(),
                        round(ranked.get(0).getValue()),
                        "title, year, first author and venue against " + profile.label(),
                        best.doi()));
            }
        }
        List<Match> personMatches = new ArrayList<>();
        Map<String, List<Binding>> byDoi = new LinkedHashMap<>();
        people.forEach(p -> byDoi.computeIfAbsent(p.get("doi").getLiteralLexicalForm(), d -> new ArrayList<>())
                .add(p));
        for (Map.Entry<String, List<Binding>> article : byDoi.entrySet()) {
            List<Binding> theirs = remote(profile.authors(article.getKey()));
            for (Binding ours : article.getValue()) {
                PersonMatcher.best(ours, theirs, threshold, profile).ifPresent(personMatches::add);
            }
        }
        return new Result(works.size(), people.size(), workMatches, personMatches);
    }

    private List<WorkToLink> worksToLink(DatasetGraph dataset, BaseUri base) {
        Map<String, WorkToLink> works = new LinkedHashMap<>();
        for (Binding row : select(
                dataset,
                OURS + "SELECT ?w ?title ?year ?family ?container WHERE {\n"
                        + "  ?a cito:cites ?w . ?w dcterms:title ?title .\n"
                        + "  FILTER NOT EXISTS { GRAPH ?g { ?w owl:sameAs|datacite:hasIdentifier ?known } "
                        + "FILTER(!STRSTARTS(STR(?g), \"" + base.resolve("graph/link/") + "\")) }\n"
                        + "  OPTIONAL { ?w dcterms:issued ?year }\n"
                        + "  OPTIONAL { ?w pro:isDocumentContextFor ?r . ?r pro:withRole pro:author ; pro:isHeldBy/foaf:familyName ?family "
                        + "FILTER NOT EXISTS { ?before oco:hasNext ?r } }\n"
                        + "  OPTIONAL { ?w frbr:partOf/dcterms:title ?container }\n"
                        + "} ORDER BY ?w")) {
            String uri = row.get("w").getURI();
            works.putIfAbsent(
                    uri,
                    new WorkToLink(
                            uri,
                            text(row, "title"),
                            year(text(row, "year")),
                            text(row, "family"),
                            text(row, "container")));
        }
        return List.copyOf(works.values());
    }

    private static Map<String, Candidate> candidates(List<Binding> rows) {
        Map<String, String[]> first = new LinkedHashMap<>();
        Map<String, Set<String>> authors = new LinkedHashMap<>();
        Map<String, Set<String>> containers = new LinkedHashMap<>();
        for (Binding row : rows) {
            Node item = row.get("item");
            if (item == null || !item.isURI()) {
                continue;
            }
            String uri = item.getURI();
            first.putIfAbsent(uri, new String[] {text(row, "title"), year(text(row, "date")), text(row, "doi")});
            authors.computeIfAbsent(uri, u -> new HashSet<>());
            containers.computeIfAbsent(uri, u -> new HashSet<>());
            if (text(row, "author") != null) {
                authors.get(uri).add(text(row, "author"));
            }
            if (text(row, "container") != null) {
                containers.get(uri).add(text(row, "container"));
            }
        }
        Map<String, Candidate> result = new LinkedHashMap<>();
        first.forEach((uri, f) -> result.put(
                uri, new Candidate(uri, f[0] == null ? "" : f[0], f[1], authors.get(uri), containers.get(uri), f[2])));
        return result;
    }

    private List<Binding> remote(String query) {
        try (QueryExec exec = QueryExecHTTP.service(endpoint)
                .query(query)
                .timeout(60, TimeUnit.SECONDS)
                .build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        } catch (RuntimeException e) {
            throw new RemoteEndpointException(endpoint, e);
        }
    }

    private static List<Binding> select(DatasetGraph dataset, String query) {
        List<Binding> rows = new ArrayList<>();
        QueryExec.dataset(dataset).query(QueryFactory.create(query)).select().forEachRemaining(rows::add);
        return rows;
    }

    static String text(Binding row, String var) {
        Node node = row.get(var);
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static String year(String date) {
        return date != null
                        && date.length() >= 4
                        && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? date.substring(0, 4)
                : null;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
