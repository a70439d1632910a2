/**
 * Reconciliation with other scholarly graphs: finds, for cited works and people without identifiers, candidates in
 * a remote SPARQL endpoint (Wikidata or OpenCitations Meta shapes), scores them, and records the matches it accepts
 * as a link set with their provenance. Reads from and writes to the store; knows nothing of the web layer.
 */
package org.scholarlod.link;
