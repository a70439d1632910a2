package org.scholarlod.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;

/**
 * Fuseki's SPARQL Update action, but a request whose protocol dataset ({@code using-graph-uri},
 * {@code using-named-graph-uri}) conflicts with its own USING or WITH gets 400, as the SPARQL 1.1 Protocol
 * requires; stock Fuseki only notices while streaming the update into the store and answers 500.
 */
final class ProtocolUpdate extends SPARQL_Update {
    private static final String USING = "using-graph-uri";
    private static final String USING_NAMED = "using-named-graph-uri";

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UsingList using = protocolDataset(action);
        if (!using.usingIsPresent()) {
            super.execute(action, input);
            return;
        }
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        try {
            // Parsing with the protocol dataset is what detects the conflict; nothing is executed here.
            UpdateFactory.read(using, new ByteArrayInputStream(body), null, Syntax.syntaxARQ);
        } catch (UpdateException | QueryException e) {
            // The parser wraps the conflict (an UpdateException) in a QueryException.
            ServletOps.errorBadRequest(e.getMessage());
            return;
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
