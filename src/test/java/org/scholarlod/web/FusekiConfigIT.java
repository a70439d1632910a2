package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.cmds.FusekiMain;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.cli.Main;

/** fuseki-config/config.ttl, run by stock Fuseki's own command line over a store that ScholarLOD loaded. */
class FusekiConfigIT {
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    @Test
    void stockFuseki_servesTheLoadedSeedAtSparql(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        assertEquals(
                0,
                Main.execute(
                        new String[] {"load", "--db", db.toString(), "data/articles/gereffi-lee-2016"},
                        System.out,
                        System.err));

        Model config = RDFDataMgr.loadModel("fuseki-config/config.ttl");
        Property location = config.createProperty(TDB2, "location");
        Statement statement =
                config.listStatements(null, location, (String) null).nextStatement();
        assertEquals("scholarlod-data/tdb2", statement.getString(), "the config points at serve's default directory");
        statement.changeObject(db.toString());
        Property directory = config.createProperty("http://jena.apache.org/text#", "directory");
        Statement index = config.listStatements(null, directory, (org.apache.jena.rdf.model.RDFNode) null)
                .nextStatement();
        assertEquals("scholarlod-data/tdb2/text-index", index.getString(), "the index sits in serve's default store");
        index.changeObject(db.resolve("text-index").toString());
        Path moved = dir.resolve("config.ttl");
        try (OutputStream out = Files.newOutputStream(moved)) {
            RDFDataMgr.write(out, config, Lang.TURTLE);
        }

        FusekiServer server = FusekiMain.build("--port=0", "--config=" + moved);
        server.start();
        try {
            String endpoint = "http://localhost:" + server.getHttpPort() + "/sparql";
            String body = Http.query(
                            endpoint,
                            "SELECT (COUNT(?w) AS ?n) WHERE { ?a <http://purl.org/spar/cito/cites> ?w }",
                            "text/csv")
                    .body();
            assertEquals("n\r\n95\r\n", body);
            String found = Http.query(
                            endpoint,
                            "PREFIX text: <http://jena.apache.org/text#> "
                                    + "SELECT ?s WHERE { ?s text:query 'Joonkoo' }",
                            "text/csv")
                    .body();
            assertEquals("s\r\nhttp://localhost:3030/id/person/joonkoo-lee\r\n", found);
            String graphs = Http.query(
                            endpoint,
                            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g <http://xmlns.com/foaf/0.1/primaryTopic> ?a } }",
                            "text/csv")
                    .body();
            assertEquals("n\r\n1\r\n", graphs);
            int update = Http.post(
                            endpoint, "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", null)
                    .statusCode();
            assertTrue(update >= 400, "stock Fuseki must not accept updates with this config: " + update);
            try (PeerEndpoints peers = new PeerEndpoints()) {
                var federated = Http.query(
                        endpoint,
                        "SELECT * WHERE { SERVICE <" + peers.endpoint("meta") + "> { ?s ?p ?o } }",
                        "text/csv");
                assertTrue(
                        federated.statusCode() >= 400 || !federated.body().contains("w3id.org/oc/meta"),
                        "SERVICE must be off in stock Fuseki with this config: " + federated.statusCode() + " "
                                + federated.body());
            }
        } finally {
            server.stop();
        }
    }
}
