package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsTest {
    @Test
    void of_isReadOnlyCc0WithThePublicServices() {
        ServerSettings settings = ServerSettings.of(3030, "http://localhost:3030/", 0);
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
                assertThrows(IllegalArgumentException.class, () -> ServerSettings.of(70000, "http://x/", 0))
                        .getMessage());
        assertEquals(
                "base 'http://x' must end in '/'",
                assertThrows(IllegalArgumentException.class, () -> ServerSettings.of(0, "http://x", 0))
                        .getMessage());
        assertEquals(
                "SPARQL Update without credentials is only allowed while bound to loopback: give a password file",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerSettings.builder(0, "http://x/", 0)
                                        .update(true)
                                        .loopbackOnly(false)
                                        .build())
                        .getMessage());
        assertEquals(
                "query timeout PT-1S is negative",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerSettings.builder(0, "http://x/", 0)
                                        .queryTimeout(Duration.ofSeconds(-1))
                                        .build())
                        .getMessage());
        assertEquals(
                "result limit -1 is negative",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerSettings.builder(0, "http://x/", 0)
                                        .resultLimit(-1)
                                        .build())
                        .getMessage());
    }

    @Test
    void services_replacesTheAllowlist() {
        List<URI> peers = List.of(URI.create("http://localhost:8890/sparql"));
        assertEquals(
                peers,
                ServerSettings.builder(0, "http://x/", 0)
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
        ServerSettings settings = ServerSettings.builder(0, "http://x/", 0)
                .loopbackOnly(false)
                .writers(writers)
                .update(true)
                .build();
        assertEquals(writers, settings.writers());
    }
}
