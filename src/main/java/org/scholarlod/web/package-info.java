/**
 * The HTTP face of the store, on one port: an embedded Fuseki serving the SPARQL endpoint at {@code /sparql}
 * (with its service description), every minted URI dereferenceable as HTML or RDF or a citation
 * ({@code /id/…}, {@code /graph/…}), full-text search, and the home page.
 */
package org.scholarlod.web;
