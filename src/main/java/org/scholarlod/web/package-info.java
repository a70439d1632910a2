/**
 * The HTTP face of the store: an embedded Fuseki serving the read-only SPARQL endpoint at {@code /sparql},
 * and the pages around it.
 */
package org.scholarlod.web;
