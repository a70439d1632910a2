package org.scholarlod.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** Adds triples to an article's graph, skipping values that are unknown (null). */
final class TripleWriter {
    private final Graph graph;

    TripleWriter(Graph graph) {
        this.graph = graph;
    }

    void add(Node subject, Node predicate, Node object) {
        if (object != null) {
            graph.add(Triple.create(subject, predicate, object));
        }
    }

    void type(Node subject, Node... classes) {
        for (Node c : classes) {
            add(subject, RDF.Nodes.type, c);
        }
    }

    void text(Node subject, Node predicate, String value) {
        if (value != null) {
            add(subject, predicate, NodeFactory.createLiteralString(value));
        }
    }

    void typed(Node subject, Node predicate, String value, RDFDatatype datatype) {
        if (value != null) {
            add(subject, predicate, NodeFactory.createLiteralDT(value, datatype));
        }
    }

    /** A date of the precision given: xsd:gYear, xsd:gYearMonth or xsd:date. */
    void date(Node subject, Node predicate, String isoDate) {
        if (isoDate != null) {
            RDFDatatype type = switch (isoDate.length()) {
                case 4 -> XSDDatatype.XSDgYear;
                case 7 -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDdate;
            };
            typed(subject, predicate, isoDate, type);
        }
    }
}
