/**
 * Walks a catalogue's inputs (files, folders, gzip, tar and zip archives, standard input) and yields one
 * {@link org.scholarlod.source.catalogue.InputRecord} per article, in input order: a landing page, an article
 * record (or a folder pairing the two), a Crossref work of a single-work response, a work list, a data-file
 * slice or a JSON-lines file. Each input's kind is detected from its content, never from its name.
 */
package org.scholarlod.source.catalogue;
