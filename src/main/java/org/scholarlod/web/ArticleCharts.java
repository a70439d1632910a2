package org.scholarlod.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Cito;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Fabio;

/**
 * The numbers behind an article page's two pictures, for the SVG in the template: its citation neighbourhood
 * (the cited works around it, coloured by kind, self-citations ringed) and its cited works by year and kind.
 */
final class ArticleCharts {
    /** Kinds shown, in legend order, with their colours; anything else is "other". */
    private static final Map<Node, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(Fabio.JournalArticle, new String[] {"journal article", "#4a6fa5"});
        KINDS.put(Fabio.BookChapter, new String[] {"chapter", "#d68a2e"});
        KINDS.put(Fabio.Book, new String[] {"book", "#8c5fb0"});
        KINDS.put(Fabio.ReportDocument, new String[] {"report", "#3f9a6b"});
        KINDS.put(Fabio.WorkingPaper, new String[] {"working paper", "#6bbf8f"});
    }

    private static final String[] OTHER = {"other", "#9aa5b1"};
    private static final int WIDTH = 640;
    private static final int RADIUS = 150;
    private static final int BAR_AREA = 160;

    private final Graph graph;
    private final ArticleView.Links links;

    ArticleCharts(Graph graph, ArticleView.Links links) {
        this.graph = graph;
        this.links = links;
    }

    Map<String, Object> of(Node article) {
        List<Node> cited = new ArrayList<>();
        graph.find(article, Cito.cites, Node.ANY).forEachRemaining(t -> cited.add(t.getObject()));
        cited.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        Map<String, Object> charts = new HashMap<>();
        charts.put("width", WIDTH);
        charts.put("dots", dots(article, cited));
        charts.put("legend", legend());
        Map<String, Object> bars = bars(cited);
        charts.putAll(bars);
        charts.put("hasCited", !cited.isEmpty());
        return charts;
    }

    private List<Map<String, Object>> dots(Node article, List<Node> cited) {
        List<Node> selfCited = new ArrayList<>();
        graph.find(Node.ANY, RDF.Nodes.type, Cito.AuthorSelfCitation)
                .forEachRemaining(t -> graph.find(t.getSubject(), Cito.hasCitedEntity, Node.ANY)
                        .forEachRemaining(c -> selfCited.add(c.getObject())));
        List<Map<String, Object>> dots = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            double angle = 2 * Math.PI * i / cited.size() - Math.PI / 2;
            Node work = cited.get(i);
            Map<String, Object> dot = new HashMap<>();
            dot.put("x", SvgCoordinate.format(WIDTH / 2.0 + RADIUS * Math.cos(angle)));
            dot.put("y", SvgCoordinate.format(RADIUS + 20 + RADIUS * Math.sin(angle)));
            dot.put("colour", kind(work)[1]);
            dot.put("self", selfCited.contains(work));
            dot.put("href", links.href(work.getURI()));
            dot.put("title", title(work));
            dots.add(dot);
        }
        return dots;
    }

    /** Stacked bars: one per year, a segment per kind. */
    private Map<String, Object> bars(List<Node> cited) {
        TreeMap<Integer, Map<String[], Integer>> byYear = new TreeMap<>();
        for (Node work : cited) {
            var issued = graph.find(work, Dct.issued, Node.ANY);
            if (issued.hasNext()) {
                int year = Integer.parseInt(
                        issued.next().getObject().getLiteralLexicalForm().substring(0, 4));
                byYear.computeIfAbsent(year, y -> new LinkedHashMap<>()).merge(kind(work), 1, Integer::sum);
            }
        }
        List<Map<String, Object>> segments = new ArrayList<>();
        List<Map<String, Object>> ticks = new ArrayList<>();
        if (byYear.isEmpty()) {
            return Map.of("segments", segments, "ticks", ticks, "barHeight", BAR_AREA + 30);
        }
        int first = byYear.firstKey();
        int last = byYear.lastKey();
        int max = byYear.values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max()
                .orElse(1);
        double step = (WIDTH - 40.0) / (last - first + 1);
        for (Map.Entry<Integer, Map<String[], Integer>> year : byYear.entrySet()) {
            double x = 20 + (year.getKey() - first) * step;
            double top = BAR_AREA;
            for (Map.Entry<String[], Integer> kind : year.getValue().entrySet()) {
                double height = (double) kind.getValue() / max * (BAR_AREA - 10);
                top -= height;
                segments.add(Map.of(
                        "x",
                        SvgCoordinate.format(x),
                        "y",
                        SvgCoordinate.format(top),
                        "width",
                        SvgCoordinate.format(Math.max(1, step - 1)),
                        "height",
                        SvgCoordinate.format(height),
                        "colour",
                        kind.getKey()[1],
                        "title",
                        year.getKey() + ": " + kind.getValue() + " " + kind.getKey()[0]));
            }
        }
        for (int year = first; year <= last; year += Math.max(1, (last - first) / 8)) {
            ticks.add(Map.of("x", SvgCoordinate.format(20 + (year - first) * step), "label", Integer.toString(year)));
        }
        return Map.of("segments", segments, "ticks", ticks, "barHeight", BAR_AREA + 30);
    }

    private List<Map<String, String>> legend() {
        List<Map<String, String>> legend = new ArrayList<>();
        KINDS.values().forEach(k -> legend.add(Map.of("label", k[0], "colour", k[1])));
        legend.add(Map.of("label", OTHER[0], "colour", OTHER[1]));
        return legend;
    }

    private String[] kind(Node work) {
        for (Map.Entry<Node, String[]> kind : KINDS.entrySet()) {
            if (graph.contains(work, RDF.Nodes.type, kind.getKey())) {
                return kind.getValue();
            }
        }
        return OTHER;
    }

    private String title(Node work) {
        var title = graph.find(work, Dct.title, Node.ANY);
        if (title.hasNext()) {
            return title.next().getObject().getLiteralLexicalForm();
        }
        var citation = graph.find(work, Dct.bibliographicCitation, Node.ANY);
        return citation.hasNext() ? citation.next().getObject().getLiteralLexicalForm() : work.getURI();
    }
}
