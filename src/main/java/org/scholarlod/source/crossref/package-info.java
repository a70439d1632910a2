/**
 * Reads Crossref REST API works (the {@code message} of {@code api.crossref.org/works/DOI}, an item of a work
 * list or of the public data file) into {@link org.scholarlod.model.Article}s, field by field as Crossref's
 * JSON format documents them; what a work does not carry is left out, never guessed.
 */
package org.scholarlod.source.crossref;
