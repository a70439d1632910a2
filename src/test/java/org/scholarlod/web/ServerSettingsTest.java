package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.rdf.BaseUri;

class ServerSettingsTest {
    @Test
    void of_isReadOnlyCc0WithThePublicServices() {
        ServerSettings settings = ServerSettings.of(3030, new BaseUri("http://localhost:3030/"), Instant.EPOCH);
        assertEquals(false, settings.update());
        assertEquals(ServerSettings.CC0, settings.license());
        assertEquals(ServerSettings.PUBLIC_SERVICES, settings.services());
        assertEquals(ServerSettings.QUERY_TIMEOUT, settings.queryTimeout());
        assertEquals(ServerSettings.RESULT_LIMIT, settings.resultLimit());
    }

    @Test
    void build_refusesWhatCannotBeServedNamingIt() {
        assertEquals(
                "port 70000 is not between 0 and 65535",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerSettings.of(70000, new BaseUri("http://x/"), Instant.EPOCH))
                        .getMessage());
        assertEquals(
                "SPARQL Update without credentials is only allowed while bound to loopback: give a password file",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerSettings.builder(0, new BaseUri("http://x/"), Instant.EPOCH)
                                        .update(true)
                                        .loopbackOnly(false)
                                        .build())
                        .getMessage());
        assertEquals(
                "query timeout PT-1S is negative",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerSettings.builder(0, new BaseUri("http://x/"), Instant.EPOCH)
                                        .queryTimeout(Duration.ofSeconds(-1))
                                        .build())
                        .getMessage());
        assertEquals(
                "result limit -1 is negative",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerSettings.builder(0, new BaseUri("http://x/"), Instant.EPOCH)
                                        .resultLimit(-1)
                                        .build())
                        .getMessage());
    }

    @Test
    void services_replacesTheAllowlist() {
        List<URI> peers = List.of(URI.create("http://localhost:8890/sparql"));
        assertEquals(
                peers,
                ServerSettings.builder(0, new BaseUri("http://x/"), Instant.EPOCH)
                        .services(peers)
                        .build()
                        .services());
    }

    @Test
    void build_checksTheWholeWhateverTheOrderOfTheOptions(@TempDir Path dir) throws Exception {
        Path users = Files.writeString(
                dir.resolve("users"),
                "alice:"
                        + org.springframework.security.crypto.bcrypt.BCrypt.hashpw(
                                "secret", org.springframework.security.crypto.bcrypt.BCrypt.gensalt(4))
                        + "\n");
        PasswordFile writers = PasswordFile.read(users);
        ServerSettings settings = ServerSettings.builder(0, new BaseUri("http://x/"), Instant.EPOCH)
                .loopbackOnly(false)
                .writers(writers)
                .update(true)
                .build();
        assertEquals(writers, settings.writers());
    }
}
