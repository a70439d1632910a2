/**
 * Deterministic synthetic catalogues in Crossref's JSON shape, for benchmarks and bulk tests: the same size
 * and seed give the same records, byte for byte. Invented throughout (DOIs under Crossref's test prefix
 * 10.5555), but shaped like real catalogues: long-tailed journals, people, funders and cited works shared
 * across articles, references in mixed styles, citations between the generated articles.
 */
package org.scholarlod.synthetic;
