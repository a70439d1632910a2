/**
 * The triple store behind one small interface, {@link org.scholarlod.store.ArticleStore}: article graphs are
 * replaced atomically, and readers see the union of all article graphs as the default graph.
 */
package org.scholarlod.store;
