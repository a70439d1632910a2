/**
 * Cited works written in the formats reference managers read (CSL-JSON, BibTeX and RIS) and formatted as
 * citations in any Citation Style Language style by a CSL processor.
 */
package org.scholarlod.cite;
