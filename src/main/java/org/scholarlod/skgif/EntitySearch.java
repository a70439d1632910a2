package org.scholarlod.skgif;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.scholarlod.rdf.Namespaces;

/**
 * A page of the entities of one type that match every filter ({@code filter=key:value,key:value}, AND), in the
 * store's own order: stable while the store is unchanged. Runs inside the caller's read transaction.
 */
public final class EntitySearch {
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 100;
    /** Matches counted up to this; past it {@code total_items} is left unknown rather than made a slow scan. */
    static final int COUNT_LIMIT = 100_000;
    /** How long one query of a search may run: a text filter reads every title; past this it is stopped. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    private static final String PREFIXES =
            Namespaces.sparql("datacite", "literal", "pro", "foaf", "frapo", "dcterms", "cito", "skos", "fabio");

    /** One {@code key:value} of a filter. */
    public record Criterion(String key, String value) {}

    /** A filter this server does not implement (422), or one that is not {@code key:value,…} (400). */
    public static final class FilterException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean unsupported;

        FilterException(String message, boolean unsupported) {
            super(message);
            this.unsupported = unsupported;
        }

        /** Whether the filter is well formed but not implemented here. */
        public boolean unsupported() {
            return unsupported;
        }
    }

    /** One page: its entities and, when counted, how many match in all. */
    public record Page(List<Node> entities, boolean hasNext, Long total) {}

    private final EntityType type;
    private final List<Criterion> criteria;

    private EntitySearch(EntityType type, List<Criterion> criteria) {
        this.type = type;
        this.criteria = criteria;
    }

    /**
     * A search of a type by a {@code filter} parameter (null for none): comma-separated {@code key:value}
     * pairs, a comma inside a value kept when what follows it is not a key.
     */
    public static EntitySearch of(EntityType type, String filter) {
        List<Criterion> criteria = new ArrayList<>();
        if (filter != null && !filter.isBlank()) {
            Map<String, Filters.Filter> known = Filters.of(type);
            for (String part : filter.split(",(?=\\s*[a-z_.]+:)")) {
                int colon = part.indexOf(':');
                if (colon <= 0 || colon == part.length() - 1) {
                    throw new FilterException(
                            "'" + part + "' is not a filter: write key:value, separated by commas", false);
                }
                String key = part.substring(0, colon).strip();
                if (!known.containsKey(key)) {
                    throw new FilterException(
                            "the filter '" + key + "' is not implemented for " + type.path() + "; these are: "
                                    + String.join(
                                            ", ",
                                            known.keySet().stream().sorted().toList()),
                            true);
                }
                criteria.add(new Criterion(key, part.substring(colon + 1).strip()));
            }
        }
        return new EntitySearch(type, List.copyOf(criteria));
    }

    /** Page {@code page} (from 1) of {@code size} entities. */
    public Page page(DatasetGraph dataset, EntityIds ids, long page, int size) {
        String where = where(ids);
        List<Node> found = new ArrayList<>();
        QueryExec.dataset(dataset)
                .query(QueryFactory.create(PREFIXES + "SELECT DISTINCT ?e WHERE { " + where + " } LIMIT " + (size + 1)
                        + " OFFSET " + (page - 1) * size))
                .timeout(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .select()
                .forEachRemaining(row -> found.add(row.get("e")));
        boolean hasNext = found.size() > size;
        List<Node> entities = hasNext ? found.subList(0, size) : found;
        long[] count = {0};
        QueryExec.dataset(dataset)
                .query(QueryFactory.create(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e WHERE { "
                        + where + " } LIMIT " + (COUNT_LIMIT + 1) + " }"))
                .timeout(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .select()
                .forEachRemaining(row -> count[0] = ((Number) row.get("n").getLiteralValue()).longValue());
        return new Page(List.copyOf(entities), hasNext, count[0] > COUNT_LIMIT ? null : count[0]);
    }

    private String where(EntityIds ids) {
        StringBuilder where = new StringBuilder("GRAPH <urn:x-arq:UnionGraph> { ");
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            where.append("{ ")
                    .append(Filters.of(type).get(c.key()).sparql(c.value(), "f" + i + "_", ids))
                    .append(" } ");
        }
        return where.append(type.sparqlPattern()).append(" }").toString();
    }
}
