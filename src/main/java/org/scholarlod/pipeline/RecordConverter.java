package org.scholarlod.pipeline;

import java.util.List;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.ShapeValidator;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.InputException;
import org.scholarlod.source.Reading;
import org.scholarlod.source.catalogue.InputRecord;

/**
 * One record's conversion: read, references parsed, mapped, checked. Safe to call from many threads: the
 * parser, the mapper and the validator keep no state between calls.
 */
final class RecordConverter {
    private final ReferenceParser referenceParser;
    private final ArticleMapper mapper;
    private final ShapeValidator validator;

    RecordConverter(PipelineOptions options) {
        this.referenceParser = options.parseReferences() ? new ReferenceParser() : null;
        this.mapper = new ArticleMapper(new UriMinter(options.base()));
        this.validator = options.validate() ? new ShapeValidator() : null;
    }

    /** The graph, what the sink renders of it, and the warnings, or the failure; never throws for a bad record. */
    Result convert(InputRecord record, ArticleSink<?> sink) {
        List<String> warnings = List.of();
        try {
            Reading reading = record.read();
            warnings = reading.warnings();
            ArticleGraph graph = mapper.map(
                    referenceParser == null ? reading.article() : referenceParser.parseReferences(reading.article()));
            if (validator != null) {
                List<String> violations = validator.violations(graph.graph());
                if (!violations.isEmpty()) {
                    return new Result(null, null, warnings, new ShapeViolationException(record.label(), violations));
                }
            }
            return new Result(graph, sink.render(graph), warnings, null);
        } catch (InputException | ShapeViolationException e) {
            return new Result(null, null, warnings, e);
        } catch (IllegalArgumentException e) {
            return new Result(
                    null, null, warnings, new InputException(record.file(), record.position(), e.getMessage(), e));
        }
    }

    /** The failure's reason without the file and place, which the report gives in fields of their own. */
    static String reason(RuntimeException failure) {
        if (failure instanceof InputException input) {
            return input.problem();
        }
        String message = failure.getMessage();
        int colon = message.indexOf(": the RDF");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }

    record Result(ArticleGraph graph, Object rendered, List<String> warnings, RuntimeException failure) {}
}
