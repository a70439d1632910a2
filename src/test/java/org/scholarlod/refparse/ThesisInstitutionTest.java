package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;

class ThesisInstitutionTest {
    private final ReferenceParser parser = new ReferenceParser();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "QUIRINO, W.F. (1991) Características de briquetes de carvão vegetal a seu comportamento na combustão."
                        + " 80f. Dissertação (Mestrado) - Escola Superior de Agricultura “Luiz de Queiroz”, Universidade"
                        + " de São Paulo, Piracicaba."
                        + "|Escola Superior de Agricultura “Luiz de Queiroz”, Universidade de São Paulo",
                "BARROS, L.O. (2013) Densidade energética de briquetes produzidos a partir de resíduos agrícolas."
                        + " Trabalho de Conclusão de Curso (Graduação) - Universidade de Brasília, Brasília."
                        + "|Universidade de Brasília",
                "Aragaki, S. 1997. Florística e estrutura de trecho remanescente de floresta no Planalto Paulistano"
                        + " (SP). São Paulo: Dissertação de Mestrado, Universidade de São Paulo, São Paulo."
                        + "|Universidade de São Paulo"
            })
    void settle_theDegreeGoesAndTheInstitutionIsThePublisher(String reference, String institution) {
        CitedWork thesis = parser.parse(reference);
        assertEquals(WorkType.THESIS, thesis.type());
        assertNull(thesis.containerTitle());
        assertEquals(institution, thesis.publisher());
    }
}
