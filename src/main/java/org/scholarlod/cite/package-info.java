/**
 * Cited works written in the formats reference managers read: CSL-JSON, BibTeX and RIS.
 */
package org.scholarlod.cite;
