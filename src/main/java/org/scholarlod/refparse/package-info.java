/**
 * Turns free-text references into structured {@link org.scholarlod.model.CitedWork}s: authors, year, title,
 * container, volume, issue, pages, number, publisher and the rest, field by field as in CSL-JSON.
 *
 * <p>Rules read the styles they are sure of (author-date); everything else goes to two trained sequence models
 * (averaged perceptrons, plain Java): one labels each token of a reference with its field, the other splits
 * name lists into names and each name into family and given names. The work type is then decided from the
 * fields tagged. Both models are trained here, reproducibly ({@link org.scholarlod.refparse.ReferenceTraining}),
 * on GROBID's annotated corpora and on the same references rendered in many CSL styles by citeproc-java, and
 * measured ({@link org.scholarlod.refparse.ReferenceEvaluation}) on what they were not trained on: the corpus's
 * dev files, GROBID's physics evaluation files, and whole CSL styles held out.
 */
package org.scholarlod.refparse;
