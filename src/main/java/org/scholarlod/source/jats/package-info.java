/**
 * Reads JATS XML (NLM/PMC Archiving and Interchange, JATS 1.0–1.3 Archiving and Publishing, as PMC Open
 * Access, eLife and SciELO publish it) into {@link org.scholarlod.model.Article}s: journal and article
 * metadata from the front matter, acknowledgements and the reference list from the back. A DOCTYPE is
 * accepted, but no DTD or external entity is ever fetched or expanded.
 */
package org.scholarlod.source.jats;
