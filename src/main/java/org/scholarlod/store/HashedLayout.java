package org.scholarlod.store;

import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleLayout;
import org.scholarlod.rdf.SharedLayout;

/** An article laid out for the store, with its {@link ContentHash}: both made on a load's worker threads. */
record HashedLayout(ArticleLayout layout, String hash) {
    static HashedLayout of(ArticleGraph article) {
        ArticleLayout layout = SharedLayout.of(article);
        return new HashedLayout(layout, ContentHash.of(layout));
    }
}
