/**
 * The HTTP face of the store, on one port: an embedded Fuseki serving the SPARQL endpoint at {@code /sparql}
 * (with its service description, and SERVICE only towards an allowlist), every minted URI dereferenceable as HTML
 * or RDF or a citation ({@code /id/…}, {@code /graph/…}), the JSON-LD context, the VoID/DCAT description and
 * dumps, full-text search, and the home page. Each is a route at its own path ({@link org.scholarlod.web.SparqlServer}
 * lists them), answering GET and HEAD alike ({@code Route}) with caching headers and error answers from one
 * place each ({@code Freshness}, {@code ErrorPage}). {@link org.scholarlod.web.ServerSettings} holds its
 * configuration.
 */
package org.scholarlod.web;
