package org.scholarlod.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.ShapeValidator;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.ArticleReader;
import org.scholarlod.source.Reading;

/**
 * The pipeline from inputs to article graphs, one article at a time (read, map, optionally validate), so that
 * a catalogue never has to fit in memory. Warnings about what an input lacked go to {@code err}.
 */
final class Conversion {
    private final ArticleReader reader = new ArticleReader();
    private final ReferenceParser referenceParser = new ReferenceParser();
    private final ArticleMapper mapper;
    private final ShapeValidator validator;
    private final PrintStream err;

    Conversion(String base, boolean validate, PrintStream err) {
        this.mapper = new ArticleMapper(new UriMinter(Defaults.base(base)));
        this.validator = validate ? new ShapeValidator() : null;
        this.err = err;
    }

    /** The graphs of the inputs, converted lazily as the iterator is advanced. */
    Iterator<ArticleGraph> graphs(List<Path> inputs) {
        Iterator<Path> paths = inputs.iterator();
        return lazily(() -> {
            if (!paths.hasNext()) {
                return null;
            }
            Path input = paths.next();
            return convert(input.toString(), reader.read(input));
        });
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

    private static Iterator<ArticleGraph> lazily(Supplier<ArticleGraph> next) {
        return new Iterator<>() {
            private ArticleGraph pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = next.get();
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public ArticleGraph next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ArticleGraph current = pending;
                pending = null;
                return current;
            }
        };
    }
}
