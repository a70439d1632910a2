/**
 * The store's resources as the Scholarly Knowledge Graph Interoperability Framework (SKG-IF 1.1) writes them:
 * products, persons, organisations, grants, venues and topics as JSON-LD objects in the terms of the SKG-IF
 * context ({@link org.scholarlod.skgif.EntityDocuments}, {@link org.scholarlod.skgif.ProductDocument}), the
 * filters of the SKG-IF OpenAPI as SPARQL over the store ({@link org.scholarlod.skgif.EntitySearch}), and the
 * envelope a response travels in ({@link org.scholarlod.skgif.Envelope}). Reads only; the web layer serves it.
 */
package org.scholarlod.skgif;
