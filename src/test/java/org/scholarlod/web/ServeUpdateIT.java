package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --update}: SPARQL Update at /sparql, said so in the service description. */
class ServeUpdateIT {
    @Test
    void serve_updateAcceptsUpdates(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--update")) {
            var update = Http.post(server.endpoint(), "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }", null);
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, "status " + update.statusCode());
            String answer = Http.query(server.endpoint(), "ASK { <urn:x:a> <urn:x:b> <urn:x:c> }",
                    "application/sparql-results+json").body();
            assertTrue(answer.contains("\"boolean\" : true"), answer);
            assertTrue(Http.get(server.endpoint(), "text/turtle").body().contains("sd:SPARQL11Update"));
        }
    }
}
