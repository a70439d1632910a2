package org.scholarlod.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Dcat;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.Spdx;
import org.scholarlod.rdf.VoidVocab;
import org.scholarlod.store.Releases;

/**
 * The store described for machines: a VoID dataset (counts, class and property partitions, vocabularies, one
 * linkset per external graph it links to) that is also a DCAT dataset in a catalogue, with its licence, its
 * SPARQL service and its dumps. Built when the server starts, from the statistics counted when the store was
 * loaded, and again after an update.
 */
final class DatasetDescription {
    static final String PATH = "/.well-known/void";

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

    /** The dated releases, newest first, as the home page lists them: name, date and size. */
    List<Map<String, String>> releases() {
        if (settings.releases() == null) {
            return List.of();
        }
        return settings.releases().list().stream()
                .map(r -> Map.of(
                        "name",
                        r.name(),
                        "issued",
                        r.issued().toString(),
                        "size",
                        r.bytes() < 1_000_000
                                ? String.format(Locale.ROOT, "%,d bytes", r.bytes())
                                : String.format(Locale.ROOT, "%,.1f MB", r.bytes() / 1e6)))
                .toList();
    }

    /** The endpoints SERVICE may call, as written in the settings. */
    List<String> services() {
        return settings.services().stream().map(java.net.URI::toString).toList();
    }

    /** The dataset's URI in the description. */
    Node datasetNode() {
        return uri(settings.base().resolve(PATH.substring(1) + "#dataset"));
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
    long total(Node voidProperty) {
        return number(graph().find(datasetNode(), voidProperty, Node.ANY));
    }

    /** {@code void:entities} of the class partition for {@code type}. */
    long entities(Node type) {
        return partition(VoidVocab.classPartition, VoidVocab.class_, type, VoidVocab.entities);
    }

    /** {@code void:distinctObjects} of the property partition for {@code property}. */
    long distinctObjects(Node property) {
        return partition(VoidVocab.propertyPartition, VoidVocab.property, property, VoidVocab.distinctObjects);
    }

    private long partition(Node kind, Node key, Node value, Node count) {
        for (Triple t : graph().find(datasetNode(), kind, Node.ANY).toList()) {
            if (graph().contains(t.getObject(), key, value)) {
                return number(graph().find(t.getObject(), count, Node.ANY));
            }
        }
        return 0;
    }

    private Graph compute() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping()
                .setNsPrefixes(Namespaces.prefixes())
                .setNsPrefix("void", VoidVocab.NS)
                .setNsPrefix("dcat", Dcat.NS);
        BaseUri base = settings.base();
        Node ds = datasetNode();
        add(g, ds, RDF.Nodes.type, VoidVocab.Dataset);
        add(g, ds, RDF.Nodes.type, Dcat.Dataset);
        add(g, ds, Dct.title, literal("ScholarLOD"));
        add(
                g,
                ds,
                Dct.description,
                literal("Scholarly articles, their authors, affiliations, funding and "
                        + "reference lists as Linked Open Data (Dublin Core, FOAF, CiTO and the SPAR ontologies)."));
        add(g, ds, Dct.license, uri(settings.license()));
        add(
                g,
                ds,
                Dct.modified,
                NodeFactory.createLiteralDT(version.lastModified().toString(), XSDDatatype.XSDdateTime));
        add(g, ds, VoidVocab.sparqlEndpoint, uri(base.resolve("sparql")));
        add(g, ds, VoidVocab.uriSpace, literal(base.resolve("id/")));
        for (Representation format : Representation.rdf()) {
            add(g, ds, VoidVocab.feature, uri(format.formatIri));
        }
        String[][] dumps = {
            {"nt", "application/n-triples", "N-Triples"},
            {"nq", "application/n-quads", "N-Quads, one named graph per article"}
        };
        for (String[] dump : dumps) {
            Node file = uri(base.resolve(DumpDownload.PREFIX.substring(1) + "scholarlod." + dump[0] + ".gz"));
            add(g, ds, VoidVocab.dataDump, file);
            add(g, ds, Dcat.distribution, file);
            add(g, file, RDF.Nodes.type, Dcat.Distribution);
            add(g, file, Dct.title, literal("Dump: " + dump[2] + ", gzip"));
            add(g, file, Dcat.downloadURL, file);
            add(g, file, Dcat.mediaType, uri("https://www.iana.org/assignments/media-types/" + dump[1]));
            add(g, file, Dcat.compressFormat, uri("https://www.iana.org/assignments/media-types/application/gzip"));
            add(g, file, Dct.license, uri(settings.license()));
        }
        releases(g, ds);
        Node service = uri(base.resolve(PATH.substring(1) + "#sparql"));
        add(g, service, RDF.Nodes.type, Dcat.DataService);
        add(g, service, Dct.title, literal("ScholarLOD SPARQL endpoint"));
        add(g, service, Dcat.endpointURL, uri(base.resolve("sparql")));
        add(g, service, Dcat.endpointDescription, uri(base.resolve("sparql")));
        add(g, service, Dct.conformsTo, uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, service, Dcat.servesDataset, ds);
        Node catalog = uri(base.resolve(PATH.substring(1) + "#catalog"));
        add(g, catalog, RDF.Nodes.type, Dcat.Catalog);
        add(g, catalog, Dct.title, literal("ScholarLOD catalogue"));
        add(g, catalog, Dcat.dataset, ds);
        add(g, catalog, Dcat.service, service);
        String[][] apis = {
            {
                "changes",
                ChangeFeed.PATH.substring(1),
                "What changed: ActivityStreams 2.0 pages (?since=)",
                "https://www.w3.org/TR/activitystreams-core/"
            },
            {
                "resourcesync",
                ResourceSync.PREFIX.substring(1) + ResourceSync.CAPABILITY_LIST,
                "ResourceSync capability list: resource list and change list",
                "http://www.openarchives.org/rs/terms/"
            },
            {
                "oc-meta",
                MetaApi.PATH.substring(1),
                "OpenCitations Meta REST API, v1",
                "https://api.opencitations.net/meta/v1"
            },
            {
                "skg-if",
                SkgIfApi.PATH.substring(1) + "/products",
                "SKG-IF API: products, persons, organisations, grants, venues and topics",
                "https://w3id.org/skg-if/api/skg-if-openapi.yaml"
            }
        };
        for (String[] api : apis) {
            Node node = uri(base.resolve(PATH.substring(1) + "#" + api[0]));
            add(g, node, RDF.Nodes.type, Dcat.DataService);
            add(g, node, Dct.title, literal(api[2]));
            add(g, node, Dcat.endpointURL, uri(base.resolve(api[1])));
            add(g, node, Dct.conformsTo, uri(api[3]));
            add(g, node, Dcat.servesDataset, ds);
            add(g, catalog, Dcat.service, node);
        }
        statistics().find().forEachRemaining(g::add);
        return g;
    }

    /** Each dated release as a distribution of the dataset, with its date, size and SHA-256. */
    private void releases(Graph g, Node ds) {
        if (settings.releases() == null) {
            return;
        }
        for (Releases.Release release : settings.releases().list()) {
            Node file = uri(settings.base().resolve(ReleaseDownload.PREFIX.substring(1) + release.name()));
            add(g, ds, Dcat.distribution, file);
            add(g, file, RDF.Nodes.type, Dcat.Distribution);
            add(
                    g,
                    file,
                    Dct.title,
                    literal("Release of " + release.issued() + ": N-Quads, one named graph per article, gzip"));
            add(
                    g,
                    file,
                    Dct.issued,
                    NodeFactory.createLiteralDT(release.issued().toString(), XSDDatatype.XSDdateTime));
            add(g, file, Dcat.downloadURL, file);
            add(g, file, Dcat.mediaType, uri("https://www.iana.org/assignments/media-types/application/n-quads"));
            add(g, file, Dcat.compressFormat, uri("https://www.iana.org/assignments/media-types/application/gzip"));
            add(
                    g,
                    file,
                    Dcat.byteSize,
                    NodeFactory.createLiteralDT(Long.toString(release.bytes()), XSDDatatype.XSDnonNegativeInteger));
            add(g, file, Dct.license, uri(settings.license()));
            Node checksum = uri(file.getURI() + "#sha256");
            add(g, file, Spdx.checksum, checksum);
            add(g, checksum, RDF.Nodes.type, Spdx.Checksum);
            add(g, checksum, Spdx.algorithm, Spdx.checksumAlgorithm_sha256);
            add(
                    g,
                    checksum,
                    Spdx.checksumValue,
                    NodeFactory.createLiteralDT(release.sha256(), XSDDatatype.XSDhexBinary));
        }
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

    static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
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
