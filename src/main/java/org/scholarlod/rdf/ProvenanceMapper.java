package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.scholarlod.model.SourceDocument;

/**
 * What the article's named graph was derived from (each source file, by SHA-256) and by which converter
 * version; no timestamps, so that converting twice gives identical graphs.
 */
final class ProvenanceMapper implements ConcernMapper {
    private final String version;

    ProvenanceMapper(String version) {
        this.version = version;
    }

    /** The media type of a kind of source: JSON records (ours and Crossref's), JATS XML, or page text. */
    @Override
    public void map(MappingContext c) {
        TripleWriter out = c.out();
        Node graph = c.uris().graph(c.key());
        Node conversion = c.uris().conversion(c.key());
        Node software = c.uris().software(version);
        out.type(graph, Prov.Entity);
        out.add(graph, Foaf.primaryTopic, c.subject());
        out.add(graph, Prov.wasGeneratedBy, conversion);
        out.type(conversion, Prov.Activity);
        out.add(conversion, Prov.wasAssociatedWith, software);
        out.type(software, Prov.SoftwareAgent);
        out.text(software, Foaf.name, "ScholarLOD " + version);
        for (SourceDocument source : c.article().sources()) {
            Node document = c.uris().source(source.sha256());
            out.add(graph, Prov.wasDerivedFrom, document);
            out.add(conversion, Prov.used, document);
            out.type(document, Prov.Entity);
            out.text(document, Dct.title, source.name());
            out.text(document, Dct.format, source.kind().mediaType());
            out.text(document, Dct.identifier, "sha256:" + source.sha256());
        }
    }
}
