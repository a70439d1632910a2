package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.scholarlod.model.Article;

/** What every mapper needs: the article, its key and URI, the minter, and where to write. */
record MappingContext(Article article, String key, Node subject, UriMinter uris, TripleWriter out) {}
