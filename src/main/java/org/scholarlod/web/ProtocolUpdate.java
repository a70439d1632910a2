package org.scholarlod.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.scholarlod.store.DiskFull;

/**
 * Fuseki's SPARQL Update action, with the request read whole (up to the body limit), parsed once and checked
 * before anything is changed: a protocol dataset ({@code using-graph-uri}, {@code using-named-graph-uri}) that
 * conflicts with the request's own USING or WITH gets 400, as the SPARQL 1.1 Protocol requires (stock Fuseki only
 * notices while streaming the update into the store and answers 500); a LOAD of a document not on the LOAD
 * allowlist gets 403 (LOAD would otherwise read any URL the server can reach, its own network and local files
 * included); and a device that fills up while the update is applied gets 507 with nothing applied.
 */
final class ProtocolUpdate extends SPARQL_Update {
    /** RFC 4918's status for a server that cannot store what the request needs. */
    private static final int INSUFFICIENT_STORAGE = 507;

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
        UpdateRequest request;
        try {
            request = UpdateFactory.read(
                    using, new ByteArrayInputStream(body), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
            return;
        } catch (UpdateException | QueryException e) {
            // The parser wraps a conflict with the protocol dataset (an UpdateException) in a QueryException.
            ServletOps.errorBadRequest(message(e));
            return;
        }
        for (Update update : request.getOperations()) {
            String refusal = update instanceof UpdateLoad load ? loads.refusal(load.getSource()) : null;
            if (refusal != null) {
                ServletOps.errorForbidden(refusal);
                return;
            }
        }
        apply(action, request);
    }

    /**
     * Applies the checked request in one write transaction, as Fuseki's non-streaming path does; a device that
     * fills up on the way aborts it and gets 507, where Fuseki reported the JVM's memory-access fault as a 400
     * "Parse error".
     */
    private static void apply(HttpAction action, UpdateRequest request) {
        action.beginWrite();
        try {
            UpdateExec.newBuilder()
                    .context(action.getContext())
                    .dataset(action.getActiveDSG())
                    .update(request)
                    .execute();
            action.commit();
        } catch (ActionErrorException | OperationDeniedException e) {
            action.abortSilent();
            throw e;
        } catch (RuntimeException | InternalError e) {
            action.abortSilent();
            String full = DiskFull.reason(e);
            if (full != null) {
                action.log.warn(String.format("[%d] no space left on device: %s", action.id, full));
                ServletOps.error(INSUFFICIENT_STORAGE, "no space left on device: the update was not applied");
            } else if (e instanceof UpdateException || e instanceof QueryException) {
                // What the request asked for cannot be done (a graph to CREATE exists, a LOAD's document is gone).
                ServletOps.errorBadRequest(message(e));
            } else {
                throw e;
            }
        } finally {
            action.endWrite();
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
