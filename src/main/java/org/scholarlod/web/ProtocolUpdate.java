package org.scholarlod.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update action, but a request whose protocol dataset ({@code using-graph-uri},
 * {@code using-named-graph-uri}) conflicts with its own USING or WITH gets 400, as the SPARQL 1.1 Protocol
 * requires (stock Fuseki only notices while streaming the update into the store and answers 500), and a LOAD of a
 * document not on the LOAD allowlist gets 403 before anything is changed: LOAD would otherwise read any URL the
 * server can reach, its own network and local files included.
 */
final class ProtocolUpdate extends SPARQL_Update {
    private static final String USING = "using-graph-uri";
    private static final String USING_NAMED = "using-named-graph-uri";

    private final ServiceAllowlist loads;

    ProtocolUpdate(ServiceAllowlist loads) {
        this.loads = loads;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UsingList using = protocolDataset(action);
        byte[] body;
        try {
            // A body sent in chunks declares no length for RequestLimits to refuse beforehand.
            body = input.readNBytes((int) RequestLimits.BODY_LIMIT + 1);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        if (body.length > RequestLimits.BODY_LIMIT) {
            action.getResponse().setHeader("Connection", "close");
            ServletOps.error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, RequestLimits.BODY_TOO_LARGE);
            return;
        }
        try {
            // Parsed here only to be checked (the protocol dataset's conflicts, LOAD's sources); Fuseki parses the
            // request again as it executes it.
            UpdateRequest request = UpdateFactory.read(using, new ByteArrayInputStream(body), Fuseki.BaseParserSPARQL,
                    Syntax.syntaxARQ);
            for (Update update : request.getOperations()) {
                String refusal = update instanceof UpdateLoad load ? loads.refusal(load.getSource()) : null;
                if (refusal != null) {
                    ServletOps.errorForbidden(refusal);
                    return;
                }
            }
        } catch (UpdateException | QueryException e) {
            if (using.usingIsPresent()) {
                // The parser wraps the conflict (an UpdateException) in a QueryException.
                ServletOps.errorBadRequest(e.getMessage());
                return;
            }
            // Any other error Fuseki reports in its own words as it parses the request again.
        }
        super.execute(action, new ByteArrayInputStream(body));
    }

    private static UsingList protocolDataset(HttpAction action) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequest().getParameterValues(USING);
        String[] named = action.getRequest().getParameterValues(USING_NAMED);
        if (graphs != null) {
            for (String iri : graphs) {
                using.addUsing(NodeFactory.createURI(iri));
            }
        }
        if (named != null) {
            for (String iri : named) {
                using.addUsingNamed(NodeFactory.createURI(iri));
            }
        }
        return using;
    }
}
