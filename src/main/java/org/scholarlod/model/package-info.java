/**
 * Immutable records of a scholarly article and its parts, validated on construction; no RDF here.
 *
 * <p>Readers in {@code source} produce these; mappers in {@code rdf} consume them.
 */
package org.scholarlod.model;
