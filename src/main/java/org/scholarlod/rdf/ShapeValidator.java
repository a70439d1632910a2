package org.scholarlod.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/** Checks article graphs against the application profile's SHACL shapes ({@code ontology/shapes.ttl}). */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shapes = Shapes.parse(graph);
    }

    /** One line per violation ("focus node: path: message"), empty when the graph conforms. */
    public List<String> violations(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            lines.add("<" + entry.focusNode().toString() + ">: "
                    + (entry.resultPath() == null ? "" : entry.resultPath() + ": ") + entry.message());
        }
        return lines;
    }
}
