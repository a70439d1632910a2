/**
 * Maps {@link org.scholarlod.model.Article} records to RDF: vocabulary constants, URI minting, and one mapper
 * per concern (bibliographic data, keywords, authors and affiliations, funding, references, provenance).
 *
 * <p>Output is one named graph per article, with no blank nodes, so that converting twice gives identical
 * graphs and the union of all graphs merges shared nodes (journals, organisations, concepts).
 */
package org.scholarlod.rdf;
