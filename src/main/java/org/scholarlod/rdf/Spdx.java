package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of SPDX for checksums (http://spdx.org/rdf/terms#), as DCAT 3 gives a distribution's. */
public final class Spdx {
    public static final String NS = "http://spdx.org/rdf/terms#";

    public static final Node checksum = NodeFactory.createURI(NS + "checksum");
    public static final Node Checksum = NodeFactory.createURI(NS + "Checksum");
    public static final Node algorithm = NodeFactory.createURI(NS + "algorithm");
    public static final Node checksumValue = NodeFactory.createURI(NS + "checksumValue");
    public static final Node checksumAlgorithm_sha256 = NodeFactory.createURI(NS + "checksumAlgorithm_sha256");

    private Spdx() {}
}
