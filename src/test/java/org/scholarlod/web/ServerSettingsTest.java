package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {
    @Test
    void of_isReadOnlyCc0WithThePublicServices() {
        ServerSettings settings = ServerSettings.of(3030, "http://localhost:3030/", 0);
        assertEquals(false, settings.update());
        assertEquals(ServerSettings.CC0, settings.license());
        assertEquals(ServerSettings.PUBLIC_SERVICES, settings.services());
        assertEquals(ServerSettings.QUERY_TIMEOUT, settings.queryTimeout());
    }

    @Test
    void constructor_refusesWhatCannotBeServedNamingIt() {
        assertEquals("port 70000 is not between 0 and 65535", assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.of(70000, "http://x/", 0)).getMessage());
        assertEquals("base 'http://x' must end in '/'", assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.of(0, "http://x", 0)).getMessage());
        assertEquals("SPARQL Update without credentials is only allowed while bound to loopback: give a password file",
                assertThrows(IllegalArgumentException.class, () -> new ServerSettings(0, false, "http://x/", 0, true,
                        ServerSettings.CC0, List.of(), null, Duration.ZERO, null, List.of())).getMessage());
        assertEquals("query timeout PT-1S is negative", assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.of(0, "http://x/", 0).withQueryTimeout(Duration.ofSeconds(-1))).getMessage());
    }

    @Test
    void withServices_replacesTheAllowlist() {
        List<URI> peers = List.of(URI.create("http://localhost:8890/sparql"));
        assertEquals(peers, ServerSettings.of(0, "http://x/", 0).withServices(peers).services());
    }
}
