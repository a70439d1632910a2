package org.scholarlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.scholarlod.cite.BibTex;
import org.scholarlod.cite.CslFormatter;
import org.scholarlod.cite.CslJson;
import org.scholarlod.cite.CslStyle;
import org.scholarlod.cite.Ris;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.Reference;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.CitedWorkReader;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.SharedLayout;

/**
 * An article's whole reference list as one download for reference managers:
 * {@code /id/article/{key}/references.csl.json}, {@code ….bib}, {@code ….ris}, or {@code ….txt}, a bibliography
 * formatted in the CSL style and locale of {@code ?style=} and {@code ?locale=} (APA in US English by default).
 */
final class ReferenceListDownload {
    private static final Pattern PATH = Pattern.compile("^(/id/article/.+)/references\\.(csl\\.json|bib|ris|txt)$");

    private final DatasetGraph dataset;
    private final BaseUri base;

    ReferenceListDownload(DatasetGraph dataset, BaseUri base) {
        this.dataset = dataset;
        this.base = base;
    }

    static boolean serves(String path) {
        return PATH.matcher(path).matches();
    }

    void answer(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException(path);
        }
        Node article = NodeFactory.createURI(base.resolve(m.group(1).substring(1)));
        List<Reference> references = Txn.calculateRead(dataset, () -> {
            var topic = dataset.find(Node.ANY, Node.ANY, Foaf.primaryTopic, article);
            if (!topic.hasNext()) {
                return null;
            }
            Quad quad = topic.next();
            return new CitedWorkReader(SharedLayout.assemble(dataset, quad.getGraph())).references(article);
        });
        if (references == null) {
            ErrorPage.notFound(request, response, null);
            return;
        }
        String format = m.group(2);
        CslStyle style;
        try {
            style = CslStyle.of(request.getParameter("style"), request.getParameter("locale"));
        } catch (IllegalArgumentException e) {
            ErrorPage.plain(response, 400, e.getMessage());
            return;
        }
        String type;
        StringBuilder body = new StringBuilder();
        switch (format) {
            case "bib" -> {
                type = "application/x-bibtex";
                BibTex bibtex = new BibTex();
                references.stream()
                        .filter(r -> r.work() != null)
                        .forEach(r -> body.append(bibtex.entry(r.work())).append('\n'));
            }
            case "txt" -> {
                type = Representation.BIBLIOGRAPHY.mediaType;
                List<CitedWork> works = references.stream()
                        .map(Reference::work)
                        .filter(Objects::nonNull)
                        .toList();
                CslFormatter.bibliography(works, style)
                        .forEach(e -> body.append(e).append('\n'));
            }
            case "ris" -> {
                type = "application/x-research-info-systems";
                references.stream()
                        .filter(r -> r.work() != null)
                        .forEach(r -> body.append(Ris.record(r.work())).append('\n'));
            }
            default -> {
                type = "application/vnd.citationstyles.csl+json";
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode items = mapper.createArrayNode();
                references.forEach(r -> {
                    if (r.work() == null) {
                        items.addNull();
                    } else {
                        items.add(CslJson.item(mapper, Integer.toString(r.number()), r.work()));
                    }
                });
                body.append(items.toPrettyString()).append('\n');
            }
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"references." + format + "\"");
        Route.send(request, response, type + "; charset=utf-8", body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
