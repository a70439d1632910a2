package org.scholarlod.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.scholarlod.cite.BibTex;
import org.scholarlod.cite.CslJson;
import org.scholarlod.cite.Ris;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.Reference;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.CitedWorkGraph;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.UriMinter;
import picocli.CommandLine;

/** Writes a reference list in the formats reference managers and linked-data tools read. */
final class ReferenceListWriter {
    /** The formats; csl-json keeps one item per reference, null where nothing was parsed. */
    enum Format {
        csl_json,
        bibtex,
        ris,
        turtle
    }

    private ReferenceListWriter() {}

    static void write(List<Reference> references, Format format, BaseUri base, PrintStream out) {
        switch (format) {
            case csl_json -> {
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode array = mapper.createArrayNode();
                for (int i = 0; i < references.size(); i++) {
                    CitedWork work =
                            references.get(i) == null ? null : references.get(i).work();
                    if (work == null) {
                        array.addNull();
                    } else {
                        array.add(CslJson.item(mapper, Integer.toString(i + 1), work));
                    }
                }
                try {
                    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            case bibtex -> {
                BibTex bibtex = new BibTex();
                works(references).forEach(w -> out.println(bibtex.entry(w)));
            }
            case ris -> works(references).forEach(w -> out.println(Ris.record(w)));
            case turtle -> {
                Graph graph = CitedWorkGraph.of(
                        references.stream().filter(r -> r != null).toList(), new UriMinter(base));
                graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(base));
                RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
            }
        }
        out.flush();
    }

    private static List<CitedWork> works(List<Reference> references) {
        return references.stream()
                .filter(r -> r != null && r.work() != null)
                .map(Reference::work)
                .toList();
    }

    /** The output options of the commands that write reference lists (a picocli mixin). */
    static final class Options {
        @CommandLine.Option(
                names = {"-f", "--format"},
                paramLabel = "FORMAT",
                defaultValue = "csl-json",
                converter = FormatConverter.class,
                description = "csl-json, bibtex, ris or turtle (default: ${DEFAULT-VALUE}).")
        Format format;

        @CommandLine.Option(
                names = "--base",
                paramLabel = "URI",
                defaultValue = Defaults.BASE,
                description = "Base under which turtle output mints URIs (default: ${DEFAULT-VALUE}).")
        BaseUri base;

        void write(List<Reference> references, PrintStream out) {
            ReferenceListWriter.write(references, format, base, out);
        }
    }

    /** Accepts "csl-json" as well as the enum's own spelling. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toLowerCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not one of csl-json, bibtex, ris, turtle");
            }
        }
    }
}
