package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled name model on the shapes of author list that rules got wrong. */
class NameModelTest {
    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '"',
            value = {
                "Appl S., Camenzind M.  => appl|S ; camenzind|M",
                "Keller S C, Ruiz J  => keller|SC ; ruiz|J",
                "Lin W-C, Joshi AK, Kao H-Y  => lin|WC ; joshi|AK ; kao|HY",
                "Huang, I.-A., Dale, R.  => huang|IA ; dale|R",
                "Latour, Bruno, and Steve Woolgar  => latour|B ; woolgar|S",
                "J. P. Smith, K. Doe and L. Roe  => smith|JP ; doe|K ; roe|L",
                "Lander ES, Linton LM, Birren B, et al.  => lander|ES ; linton|LM ; birren|B",
                "SMITH J P, DOE K  => smith|JP ; doe|K",
                "Berners-Lee, T., Hendler, J., Lassila, O.  => berners-lee|T ; hendler|J ; lassila|O",
                "van der Berg, A., de Vries, H.  => van der berg|A ; de vries|H",
                "W .Brenig, K. Doe  => brenig|W ; doe|K",
                "Smith, J., Jr., Doe, K.  => smith|J ; doe|K",
                "Smith J AND Doe K  => smith|J ; doe|K",
                "G. 't Hooft and M. Veltman  => 't hooft|G ; veltman|M",
                "ATLAS Collaboration  => atlas collaboration|",
                "Aad G, Abbott B, et al (ATLAS Collaboration)  => aad|G ; abbott|B ; atlas collaboration|",
                "Park B.-n., Kim J.  => park|BN ; kim|J",
                "Canaan S, Dukan S, et al  => canaan|S ; dukan|S",
                "INSTITUTO NACIONAL DE ESTUDOS E PESQUISAS EDUCACIONAIS ANÍSIO TEIXEIRA – INEP  => "
                        + "instituto nacional de estudos e pesquisas educacionais anísio teixeira – inep|",
                "Fundação Oswaldo Cruz  => fundação oswaldo cruz|",
                "EMPRESA DE PESQUISA ENERGÉTICA (EPE)  => empresa de pesquisa energética (epe)|",
                "Centers for Disease Control and Prevention  => centers for disease control and prevention|",
                "J. Lee of Hamburg and K. Doe  => lee of hamburg|J ; doe|K",
            })
    void names_listShapes(String list, String expected) {
        List<org.scholarlod.model.PersonName> names = NameModel.bundled().names(list);
        assertEquals(expected.strip(), ComparableFields.byName(names), list);
    }
}
