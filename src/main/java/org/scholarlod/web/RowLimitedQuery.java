package org.scholarlod.web;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query action with the endpoint's row limit: a query that asks for more rows (solutions) than the
 * limit, or for all of them, is answered with the first {@code limit} of them, and the {@value #HEADER} header,
 * Virtuoso's for the same limit (DBpedia's users know it), says so. A query within the limit is untouched.
 */
final class RowLimitedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "X-SPARQL-MaxRows";

    private final long limit;

    RowLimitedQuery(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.limit = limit;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query asked = decided.getRight() == null ? query : decided.getRight();
        if (asked.isAskType() || asked.hasLimit() && asked.getLimit() <= limit) {
            return decided;
        }
        Query limited = asked.cloneQuery();
        limited.setLimit(limit);
        action.getResponse().setHeader(HEADER, Long.toString(limit));
        return Pair.create(decided.getLeft(), limited);
    }
}
