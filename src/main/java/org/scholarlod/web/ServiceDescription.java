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
import java.util.List;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Sd;

/**
 * A SPARQL 1.1 Service Description, in the RDF syntax asked for, on a plain {@code GET /sparql}: a request
 * without parameters, which Fuseki would refuse for want of a query.
 */
final class ServiceDescription implements Filter {
    /** The SPARQL results formats Fuseki writes, then the RDF syntaxes it offers for CONSTRUCT and DESCRIBE. */
    private static final List<String> RESULT_FORMATS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("JSON", "XML", "CSV", "TSV")
                            .map(syntax -> Representation.FORMATS + "SPARQL_Results_" + syntax),
                    Representation.rdf().stream()
                            .filter(format -> DEF.constructOffer.entries().stream()
                                    .anyMatch(offer -> offer.getContentTypeStr().equals(format.mediaType)))
                            .map(format -> format.formatIri))
            .toList();

    private final boolean update;
    private final DatasetDescription description;

    ServiceDescription(boolean update, DatasetDescription description) {
        this.update = update;
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean plainGet = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameterMap().isEmpty();
        if (plainGet) {
            describe(request, (HttpServletResponse) res);
            return;
        }
        chain.doFilter(req, res);
    }

    private void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createBlankNode("service");
        Node endpoint = NodeFactory.createURI(request.getRequestURL().toString());
        graph.add(Triple.create(service, RDF.Nodes.type, Sd.Service));
        graph.add(Triple.create(service, Sd.endpoint, endpoint));
        graph.add(Triple.create(service, Sd.supportedLanguage, Sd.SPARQL11Query));
        if (update) {
            graph.add(Triple.create(service, Sd.supportedLanguage, Sd.SPARQL11Update));
        }
        graph.add(Triple.create(service, Sd.feature, Sd.UnionDefaultGraph));
        graph.add(Triple.create(service, Sd.feature, Sd.DereferencesURIs));
        if (!description.services().isEmpty()) {
            // SERVICE works, but only towards the allowlisted endpoints.
            graph.add(Triple.create(service, Sd.feature, Sd.BasicFederatedQuery));
        }
        for (String format : RESULT_FORMATS) {
            graph.add(Triple.create(service, Sd.resultFormat, NodeFactory.createURI(format)));
        }
        // The default dataset is the one /.well-known/void describes (VoID and DCAT), under the same URI.
        Node dataset = description.datasetNode();
        Node defaultGraph = NodeFactory.createBlankNode("default");
        graph.add(Triple.create(service, Sd.defaultDataset, dataset));
        graph.add(Triple.create(dataset, RDF.Nodes.type, Sd.Dataset));
        graph.add(Triple.create(dataset, Sd.defaultGraph, defaultGraph));
        graph.add(Triple.create(defaultGraph, RDF.Nodes.type, Sd.Graph));
        graph.getPrefixMapping().setNsPrefix("sd", Sd.NS);
        Representation chosen = AcceptHeader.choose(
                request.getHeader("Accept"),
                List.of(Representation.TURTLE, Representation.RDFXML, Representation.JSONLD, Representation.NTRIPLES));
        if (chosen == null) {
            chosen = Representation.TURTLE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).lang(chosen.lang).output(out);
        response.addHeader("Vary", "Accept");
        Route.send(request, response, chosen.mediaType + "; charset=utf-8", out.toByteArray());
    }
}
