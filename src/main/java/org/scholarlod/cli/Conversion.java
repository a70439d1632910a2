package org.scholarlod.cli;

import java.io.PrintStream;
import java.util.List;
import org.scholarlod.pipeline.ShapeViolationException;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.ShapeValidator;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.Reading;

/**
 * One article read in memory to its graph (read, map, optionally validate), for the commands that handle a
 * single article (the bundled seed, {@code validate}); catalogues go through the pipeline. Warnings about what
 * an input lacked go to {@code err}.
 */
final class Conversion {
    private final ReferenceParser referenceParser = new ReferenceParser();
    private final ArticleMapper mapper;
    private final ShapeValidator validator;
    private final PrintStream err;

    Conversion(BaseUri base, boolean validate, PrintStream err) {
        this.mapper = new ArticleMapper(new UriMinter(base));
        this.validator = validate ? new ShapeValidator() : null;
        this.err = err;
    }

    ArticleGraph convert(String name, Reading reading) {
        reading.warnings().forEach(w -> err.println("scholarlod: warning: " + w));
        ArticleGraph graph = mapper.map(referenceParser.parseReferences(reading.article()));
        if (validator != null) {
            List<String> violations = validator.violations(graph.graph());
            if (!violations.isEmpty()) {
                throw new ShapeViolationException(name, violations);
            }
        }
        return graph;
    }
}
