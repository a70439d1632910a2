/**
 * Catalogue benchmarks: each stage (generate, convert, load) and its Jena baseline (riot, tdb2.tdbloader) run as
 * a JVM of its own under a capped heap, timed and measured from outside, so that figures taken in one run on the
 * same data can be set side by side.
 */
package org.scholarlod.bench;
