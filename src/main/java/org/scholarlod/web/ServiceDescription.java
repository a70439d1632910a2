package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The endpoint's side of the SPARQL 1.1 Protocol that Fuseki leaves to us: a SPARQL 1.1 Service Description
 * on a plain {@code GET /sparql}, and 403 (not 400) for SPARQL Update when the endpoint is read-only.
 */
final class ServiceDescription implements Filter {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** The SPARQL results formats Fuseki writes, then the RDF syntaxes it offers for CONSTRUCT and DESCRIBE. */
    private static final List<String> RESULT_FORMATS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("JSON", "XML", "CSV", "TSV")
                    .map(syntax -> Representation.FORMATS + "SPARQL_Results_" + syntax),
            Representation.rdf().stream().filter(format -> DEF.constructOffer.entries().stream()
                    .anyMatch(offer -> offer.getContentTypeStr().equals(format.mediaType)))
                    .map(format -> format.formatIri)).toList();

    private final boolean update;
    private final DatasetDescription description;

    ServiceDescription(boolean update, DatasetDescription description) {
        this.update = update;
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"/sparql".equals(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        boolean plainGet = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameterMap().isEmpty();
        if (plainGet) {
            describe(request, response);
            return;
        }
        if (!update && isUpdate(request)) {
            byte[] body = ("This endpoint is read-only: SPARQL Update is not accepted. Start `scholarlod serve --update` "
                    + "to allow it.\n").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean isUpdate(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        return "POST".equals(request.getMethod())
                && (type.startsWith("application/sparql-update") || request.getParameter("update") != null);
    }

    private void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createBlankNode("service");
        Node endpoint = NodeFactory.createURI(request.getRequestURL().toString());
        graph.add(Triple.create(service, RDF.Nodes.type, sd("Service")));
        graph.add(Triple.create(service, sd("endpoint"), endpoint));
        graph.add(Triple.create(service, sd("supportedLanguage"), sd("SPARQL11Query")));
        if (update) {
            graph.add(Triple.create(service, sd("supportedLanguage"), sd("SPARQL11Update")));
        }
        graph.add(Triple.create(service, sd("feature"), sd("UnionDefaultGraph")));
        graph.add(Triple.create(service, sd("feature"), sd("DereferencesURIs")));
        if (!description.services().isEmpty()) {
            // SERVICE works, but only towards the allowlisted endpoints.
            graph.add(Triple.create(service, sd("feature"), sd("BasicFederatedQuery")));
        }
        for (String format : RESULT_FORMATS) {
            graph.add(Triple.create(service, sd("resultFormat"), NodeFactory.createURI(format)));
        }
        // The default dataset is the one /.well-known/void describes (VoID and DCAT), under the same URI.
        Node dataset = description.datasetNode();
        Node defaultGraph = NodeFactory.createBlankNode("default");
        graph.add(Triple.create(service, sd("defaultDataset"), dataset));
        graph.add(Triple.create(dataset, RDF.Nodes.type, sd("Dataset")));
        graph.add(Triple.create(dataset, sd("defaultGraph"), defaultGraph));
        graph.add(Triple.create(defaultGraph, RDF.Nodes.type, sd("Graph")));
        graph.getPrefixMapping().setNsPrefix("sd", SD);
        Representation chosen = AcceptHeader.choose(request.getHeader("Accept"),
                List.of(Representation.TURTLE, Representation.RDFXML, Representation.JSONLD, Representation.NTRIPLES));
        if (chosen == null) {
            chosen = Representation.TURTLE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).lang(chosen.lang).output(out);
        byte[] body = out.toByteArray();
        response.setHeader("Vary", "Accept");
        response.setContentType(chosen.mediaType + "; charset=utf-8");
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
