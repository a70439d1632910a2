/**
 * Readers that turn an input file (a Springer Link landing page, an article JSON record, or a folder
 * holding one of each) into a {@link org.scholarlod.model.Article}.
 *
 * <p>Readers report what a source lacks and never invent what it does not say; bad input raises an
 * {@link org.scholarlod.source.InputException} naming the file, the place and the problem.
 */
package org.scholarlod.source;
