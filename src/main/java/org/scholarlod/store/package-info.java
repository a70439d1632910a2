/**
 * The triple store behind one small interface, {@link org.scholarlod.store.ArticleStore}: article graphs (and other
 * named graphs, such as link sets) are replaced atomically, and readers see the union of all graphs as the
 * default graph.
 */
package org.scholarlod.store;
