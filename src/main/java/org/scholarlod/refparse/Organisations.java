package org.scholarlod.refparse;

import java.util.List;

/**
 * Organisations as references name them for authors, in the languages references are written in, for training:
 * collaborations, agencies, ministries (with the country NLM adds, "(BR)", "(US)"), institutes, councils. The
 * models learn from them that a run of capitalised words with no initials can be one author.
 */
final class Organisations {
    static final List<String> NAMES = List.of(
            "ATLAS Collaboration",
            "CMS Collaboration",
            "Planck Collaboration",
            "The Gene Ontology Consortium",
            "World Health Organization",
            "European Commission",
            "OECD",
            "National Research Council",
            "IPCC",
            "R Core Team",
            "American Psychiatric Association",
            "UNESCO",
            "Centers for Disease Control and Prevention (US)",
            "National Institute for Health and Care Excellence",
            "Food and Agriculture Organization of the United Nations",
            "Office for National Statistics",
            "Statistisches Bundesamt",
            "Bundesministerium für Gesundheit",
            "Institut national de la statistique et des études économiques",
            "Haute Autorité de Santé",
            "Ministerio de Sanidad (ES)",
            "Instituto Nacional de Estadística",
            "Organización Panamericana de la Salud",
            "Ministério da Saúde (BR)",
            "Instituto Nacional de Câncer",
            "Fundação Oswaldo Cruz",
            "Statistics Canada",
            "Australian Bureau of Statistics",
            "National Bureau of Statistics of China",
            "United Nations Development Programme");

    private Organisations() {}
}
