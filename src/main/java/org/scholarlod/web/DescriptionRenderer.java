package org.scholarlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.scholarlod.cite.BibTex;
import org.scholarlod.cite.CslFormatter;
import org.scholarlod.cite.CslJson;
import org.scholarlod.cite.CslStyle;
import org.scholarlod.cite.Ris;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.JsonLdContext;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.TurtleDocument;

/** Writes a resource's description in a chosen representation: an RDF syntax, a citation format or the HTML page. */
final class DescriptionRenderer {
    private final ObjectMapper mapper = new ObjectMapper();
    private final BaseUri base;
    private final ResourcePage pages;

    DescriptionRenderer(BaseUri base) {
        this.base = base;
        this.pages = new ResourcePage(base);
    }

    /** {@code next} is the next page's query, or null; {@code alternates} the page's download links. */
    byte[] render(
            Representation chosen,
            Node resource,
            ResourceDescription.Found found,
            ResourceDescription.Extras extras,
            CslStyle style,
            List<Map<String, String>> alternates,
            String next) {
        if (chosen.lang != null) {
            return rdf(chosen, resource, found);
        }
        String text = switch (chosen) {
            case CSL_JSON ->
                CslJson.item(mapper, resource.getURI(), extras.work()).toPrettyString();
            case BIBTEX -> new BibTex().entry(extras.work());
            case RIS -> Ris.record(extras.work());
            case BIBLIOGRAPHY -> CslFormatter.entry(extras.work(), style).orElseThrow() + "\n";
            default ->
                pages.render(
                        resource,
                        found.graph(),
                        extras.work() == null ? null : citation(extras, style, alternates),
                        extras.article(),
                        extras.related(),
                        extras.notices(),
                        alternates,
                        next);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What the page's "Cite as" shows: the work in the chosen style, the styles to pick from, its text link. */
    private static Map<String, Object> citation(
            ResourceDescription.Extras extras, CslStyle style, List<Map<String, String>> alternates) {
        String text = alternates.stream()
                .filter(a -> a.get("mediaType").equals(Representation.BIBLIOGRAPHY.mediaType))
                .map(a -> a.get("href"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> citation = new HashMap<>();
        citation.put("text", CslFormatter.entry(extras.work(), style).orElse(null));
        citation.put("styleName", style.id());
        citation.put("styles", StylePicker.options(style));
        citation.put("textHref", text + StylePicker.query(style));
        citation.put("styleQuery", StylePicker.query(style));
        return citation;
    }

    private byte[] rdf(Representation chosen, Node resource, ResourceDescription.Found found) {
        Graph graph = found.graph();
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(base));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (chosen == Representation.TRIG) {
            // A resource that names a graph of the store is served as that graph; any other in the default graph.
            DatasetGraph quads = DatasetGraphFactory.createGeneral();
            quads.prefixes().putAll(graph.getPrefixMapping());
            if (found.namedGraph()) {
                quads.addGraph(resource, graph);
            } else {
                graph.find().forEachRemaining(quads.getDefaultGraph()::add);
            }
            RDFWriter.source(quads).lang(chosen.lang).output(out);
        } else if (chosen == Representation.JSONLD) {
            JsonLdContext.write(graph, JsonLdContext.url(base), resource.getURI(), out);
        } else if (chosen == Representation.TURTLE) {
            TurtleDocument.write(graph, graph.getPrefixMapping(), resource, out);
        } else {
            RDFWriter.source(graph).lang(chosen.lang).output(out);
        }
        return out.toByteArray();
    }
}
