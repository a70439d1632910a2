package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class ShapeValidatorTest {
    private final ShapeValidator validator = new ShapeValidator();

    @Test
    void violations_seedConforms() {
        assertEquals(List.of(), validator.violations(SeedGraph.map().graph()));
    }

    @Test
    void violations_secondTitle() {
        ArticleGraph seed = SeedGraph.map();
        seed.graph().add(seed.article(), Dct.title, NodeFactory.createLiteralString("Another title"));
        List<String> violations = validator.violations(seed.graph());
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).contains("An article has exactly one non-empty title."), violations.get(0));
    }

    @Test
    void violations_referenceWithTwoTexts() {
        Graph graph = SeedGraph.map().graph();
        Node entry = NodeFactory.createURI(SeedGraph.BASE + "id/article/10.1007/s10551-014-2373-7/reference/7");
        graph.add(entry, C4o.hasContent, NodeFactory.createLiteralString("Another text"));
        List<String> violations = validator.violations(graph);
        assertEquals(1, violations.size());
        assertTrue(
                violations.get(0).startsWith("<" + entry.getURI() + ">: <" + C4o.hasContent.getURI() + ">"),
                violations.get(0));
    }
}
