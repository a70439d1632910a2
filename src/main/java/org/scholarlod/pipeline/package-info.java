/**
 * The conversion pipeline: inputs are walked into records, each record is read, its references parsed, mapped
 * to its article graph and checked against the shapes on all cores, and the graphs reach an
 * {@link org.scholarlod.pipeline.ArticleSink} (an RDF writer, a store) one at a time in input order, so that a
 * run is reproducible and a catalogue never has to fit in memory. A record that fails is reported and skipped.
 */
package org.scholarlod.pipeline;
