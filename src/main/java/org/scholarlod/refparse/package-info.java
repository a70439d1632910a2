/**
 * Turns free-text references into structured {@link org.scholarlod.model.CitedWork}s: authors, year, title,
 * container, volume, issue, pages, publisher and the rest, field by field as in CSL-JSON.
 *
 * <p>Rules, not a trained model: each style family has a small parser, and every parse carries a confidence so
 * that doubtful ones can be found. Patterns are only applied to strings of bounded length, so that time stays
 * linear in the input.
 */
package org.scholarlod.refparse;
