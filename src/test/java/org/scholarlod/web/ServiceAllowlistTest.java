package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceAllowlistTest {
    private final ServiceAllowlist list = new ServiceAllowlist(
            List.of(URI.create("http://localhost:8890/sparql"), URI.create("http://10.1.2.3/sparql")),
            List.of(URI.create("http://10.1.2.3/sparql")));

    @Test
    void refusal_listedExplicitEndpointIsAllowedEvenOnLoopback() {
        assertNull(list.refusal("http://localhost:8890/sparql"));
        assertNull(list.refusal("HTTP://LocalHost:8890/sparql"));
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost:8890/other",
        "http://localhost:8891/sparql",
        "https://localhost:8890/sparql",
        "http://user@localhost:8890/sparql",
        "file:///etc/passwd",
        "http://169.254.169.254/latest/meta-data/"
    })
    void refusal_anythingElseIsRefusedNamingTheTarget(String target) {
        String refusal = list.refusal(target);
        assertTrue(refusal != null && refusal.contains(target), refusal);
    }

    @Test
    void refusal_aDefaultResolvingToAPrivateAddressIsRefused() {
        assertEquals(
                "SERVICE <http://10.1.2.3/sparql> resolves to a non-public address (10.1.2.3); only endpoints "
                        + "named with --allow-service may",
                list.refusal("http://10.1.2.3/sparql"));
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, false",
        "10.0.0.1, false",
        "172.16.5.4, false",
        "192.168.1.1, false",
        "169.254.169.254, false",
        "100.64.0.1, false",
        "0.0.0.0, false",
        "::1, false",
        "fc00::1, false",
        "fe80::1, false",
        "8.8.8.8, true",
        "2001:4860:4860::8888, true"
    })
    void isPublic_classifiesAddresses(String address, boolean expected) throws Exception {
        assertEquals(expected, ServiceAllowlist.isPublic(InetAddress.getByName(address)));
    }

    @Test
    void guardedExecutor_refusesBeforeConnecting() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        GuardedServiceExecutor.install(dataset.getContext(), list);
        try (QueryExecution q = QueryExecutionFactory.create(
                "SELECT * WHERE { BIND(<http://127.0.0.1:1/sparql> AS ?s) SERVICE ?s { ?a ?b ?c } }",
                DatasetFactory.wrap(dataset))) {
            OperationDeniedException e = assertThrows(
                    OperationDeniedException.class, () -> q.execSelect().hasNext());
            assertTrue(e.getMessage().contains("http://127.0.0.1:1/sparql"), e.getMessage());
        }
    }
}
