package org.scholarlod.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of a store built in one pass over the indexed predicates, as Jena's {@code textindexer}
 * does, for a store that was bulk loaded without it: each distinct quad once, as the index kept in step by
 * transactions holds it.
 */
final class TextIndexBuild {
    private TextIndexBuild() {}

    /** Each indexed predicate once ({@code fields()} names a field once per predicate mapped to it). */
    private static Set<Node> predicates(EntityDefinition definition) {
        Set<Node> predicates = new LinkedHashSet<>();
        definition.fields().forEach(field -> predicates.addAll(definition.getPredicates(field)));
        return predicates;
    }

    static void of(DatasetGraph tdb, Path folder) {
        EntityDefinition definition = TextIndexDefinition.entities();
        TextIndex index;
        try {
            index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(folder), TextIndexDefinition.config());
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot create the full-text index: " + e.getMessage(), e);
        }
        try {
            Txn.executeRead(tdb, () -> {
                for (Node predicate : predicates(definition)) {
                    tdb.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(quad -> {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                        if (entity != null) {
                            index.addEntity(entity);
                        }
                    });
                }
            });
            index.prepareCommit();
            index.commit();
        } finally {
            index.close();
        }
    }
}
