package org.scholarlod.web;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Namespaces;

/**
 * The store described for machines: a VoID dataset (counts, class and property partitions, vocabularies, one
 * linkset per external graph it links to) that is also a DCAT dataset in a catalogue, with its licence, its
 * SPARQL service and its dumps. Built when the server starts, from the statistics counted when the store was
 * loaded, and again after an update.
 */
final class DatasetDescription {
    static final String PATH = "/.well-known/void";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";

    private final DatasetGraph dataset;
    private final ServerSettings settings;
    private final StoreVersion version;
    private volatile Graph graph;
    private volatile long graphVersion = -1;

    DatasetDescription(DatasetGraph dataset, ServerSettings settings, StoreVersion version) {
        this.dataset = dataset;
        this.settings = settings;
        this.version = version;
    }

    String license() {
        return settings.license();
    }

    /** The endpoints SERVICE may call, as written in the settings. */
    List<String> services() {
        return settings.services().stream().map(java.net.URI::toString).toList();
    }

    /** The dataset's URI in the description. */
    Node datasetNode() {
        return uri(settings.base() + PATH.substring(1) + "#dataset");
    }

    /** The description: computed on first use, and again after the store changes. */
    Graph graph() {
        long current = version.version();
        if (graphVersion != current) {
            synchronized (this) {
                if (graphVersion != current) {
                    graph = Txn.calculateRead(dataset, this::compute);
                    graphVersion = current;
                }
            }
        }
        return graph;
    }

    /** A number the description states about the dataset: {@code void:documents}, {@code void:triples}, … */
    long total(String voidProperty) {
        return number(graph().find(datasetNode(), uri(VOID + voidProperty), Node.ANY));
    }

    /** {@code void:entities} of the class partition for {@code classUri}. */
    long entities(String classUri) {
        return partition("classPartition", "class", classUri, "entities");
    }

    /** {@code void:distinctObjects} of the property partition for {@code propertyUri}. */
    long distinctObjects(String propertyUri) {
        return partition("propertyPartition", "property", propertyUri, "distinctObjects");
    }

    private long partition(String kind, String key, String value, String count) {
        for (Triple t : graph().find(datasetNode(), uri(VOID + kind), Node.ANY).toList()) {
            if (graph().contains(t.getObject(), uri(VOID + key), uri(value))) {
                return number(graph().find(t.getObject(), uri(VOID + count), Node.ANY));
            }
        }
        return 0;
    }

    private Graph compute() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping()
                .setNsPrefixes(Namespaces.prefixes())
                .setNsPrefix("void", VOID)
                .setNsPrefix("dcat", DCAT);
        String base = settings.base();
        Node ds = datasetNode();
        add(g, ds, RDF.type.getURI(), uri(VOID + "Dataset"));
        add(g, ds, RDF.type.getURI(), uri(DCAT + "Dataset"));
        add(g, ds, DCT + "title", literal("ScholarLOD"));
        add(
                g,
                ds,
                DCT + "description",
                literal("Scholarly articles, their authors, affiliations, funding and "
                        + "reference lists as Linked Open Data (Dublin Core, FOAF, CiTO and the SPAR ontologies)."));
        add(g, ds, DCT + "license", uri(settings.license()));
        add(
                g,
                ds,
                DCT + "modified",
                NodeFactory.createLiteralDT(
                        Instant.ofEpochMilli(version.lastModified()).toString(), XSDDatatype.XSDdateTime));
        add(g, ds, VOID + "sparqlEndpoint", uri(base + "sparql"));
        add(g, ds, VOID + "uriSpace", literal(base + "id/"));
        for (Representation format : Representation.rdf()) {
            add(g, ds, VOID + "feature", uri(format.formatIri));
        }
        String[][] dumps = {
            {"nt", "application/n-triples", "N-Triples"},
            {"nq", "application/n-quads", "N-Quads, one named graph per article"}
        };
        for (String[] dump : dumps) {
            Node file = uri(base + DumpDownload.PREFIX.substring(1) + "scholarlod." + dump[0] + ".gz");
            add(g, ds, VOID + "dataDump", file);
            add(g, ds, DCAT + "distribution", file);
            add(g, file, RDF.type.getURI(), uri(DCAT + "Distribution"));
            add(g, file, DCT + "title", literal("Dump: " + dump[2] + ", gzip"));
            add(g, file, DCAT + "downloadURL", file);
            add(g, file, DCAT + "mediaType", uri("https://www.iana.org/assignments/media-types/" + dump[1]));
            add(g, file, DCAT + "compressFormat", uri("https://www.iana.org/assignments/media-types/application/gzip"));
            add(g, file, DCT + "license", uri(settings.license()));
        }
        Node service = uri(base + PATH.substring(1) + "#sparql");
        add(g, service, RDF.type.getURI(), uri(DCAT + "DataService"));
        add(g, service, DCT + "title", literal("ScholarLOD SPARQL endpoint"));
        add(g, service, DCAT + "endpointURL", uri(base + "sparql"));
        add(g, service, DCAT + "endpointDescription", uri(base + "sparql"));
        add(g, service, DCT + "conformsTo", uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, service, DCAT + "servesDataset", ds);
        Node catalog = uri(base + PATH.substring(1) + "#catalog");
        add(g, catalog, RDF.type.getURI(), uri(DCAT + "Catalog"));
        add(g, catalog, DCT + "title", literal("ScholarLOD catalogue"));
        add(g, catalog, DCAT + "dataset", ds);
        add(g, catalog, DCAT + "service", service);
        statistics().find().forEachRemaining(g::add);
        return g;
    }

    /**
     * The counts: from the store's statistics file while the store is as it was loaded, else counted (and
     * kept, when the store keeps statistics) once at start; after an update here, counted again.
     */
    private Graph statistics() {
        StatisticsFile file = settings.statistics();
        if (file != null && version.version() == 0) {
            Graph kept = file.read(settings.base());
            if (kept != null) {
                return kept;
            }
            Graph counted = StatisticsFile.count(dataset, settings.base());
            file.write(counted, settings.base());
            return counted;
        }
        return StatisticsFile.count(dataset, settings.base());
    }

    private static long number(java.util.Iterator<Triple> found) {
        return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : 0;
    }

    static void add(Graph g, Node s, String p, Node o) {
        g.add(Triple.create(s, uri(p), o));
    }

    static Node uri(String uri) {
        return NodeFactory.createURI(uri);
    }

    static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
