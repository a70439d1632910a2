package org.scholarlod.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;

/** Two servers' stores compared through their N-Quads dumps, as any client could compare them. */
final class Dumps {
    private Dumps() {}

    static boolean isomorphic(Balancer a, Balancer b) throws IOException, InterruptedException {
        return IsoMatcher.isomorphic(dump(a), dump(b));
    }

    private static DatasetGraph dump(Balancer server) throws IOException, InterruptedException {
        var response = server.bytes("/dump/scholarlod.nq.gz");
        if (response.statusCode() != 200) {
            throw new AssertionError("dump: " + response.statusCode());
        }
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dataset);
        }
        return dataset;
    }
}
