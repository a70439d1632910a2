package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.RequiredTool;

/** The served Turtle read by a parser that shares no code with Jena: Raptor's rapper. */
class TurtleDocumentIT {
    @Test
    void write_awkwardTermsReadByRapperAsTheSameGraph(@TempDir Path dir) throws Exception {
        RequiredTool.RAPPER.require();
        Graph awkward = TurtleDocumentTest.awkward();
        // Raptor reads RDF 1.1 Turtle (a literal with a base direction is RDF 1.2) and keeps strings the C way,
        // ended by NUL, so it cuts a literal at an escaped U+0000: those two Jena reads back in the unit test.
        awkward.find()
                .filterKeep(t -> t.getObject().isLiteral()
                        && (t.getObject().getLiteralBaseDirection() != null
                                || t.getObject().getLiteralLexicalForm().indexOf('\u0000') >= 0))
                .toList()
                .forEach(awkward::delete);
        assertTrue(
                awkward.stream().anyMatch(t -> t.getObject().toString().indexOf('\u001B') >= 0),
                "an ESC is still tried");
        Path file = dir.resolve("awkward.ttl");
        Files.writeString(file, TurtleDocumentTest.write(awkward, null));
        Process rapper = new ProcessBuilder(
                        "/usr/bin/rapper", "--quiet", "--input", "turtle", "--output", "ntriples", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] ntriples = rapper.getInputStream().readAllBytes();
        assertEquals(0, rapper.waitFor(), "rapper refused " + Files.readString(file));
        Graph read = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ntriples))
                .lang(Lang.NTRIPLES)
                .checking(false)
                .parse(read);
        assertTrue(
                read.isIsomorphicWith(awkward),
                () -> "rapper read differently: "
                        + awkward.find()
                                .filterDrop(t -> t.getSubject().isBlank()
                                        || t.getObject().isBlank()
                                        || read.contains(t))
                                .toList()
                        + " became "
                        + read.find()
                                .filterDrop(t -> t.getSubject().isBlank()
                                        || t.getObject().isBlank()
                                        || awkward.contains(t))
                                .toList());
    }
}
