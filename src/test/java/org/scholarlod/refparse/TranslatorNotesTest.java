package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TranslatorNotesTest {
    @Test
    void cut_notesInTheirLanguagesGo() {
        assertEquals(
                "AUSTIN, J. L. Quando dizer é fazer. Porto Alegre: Artes Médicas, 1990.",
                TranslatorNotes.cut("AUSTIN, J. L. Quando dizer é fazer. Trad. Danilo Marcondes de Souza Filho. Porto "
                        + "Alegre: Artes Médicas, 1990."));
        assertEquals(
                "AGOSTINHO, Santo. Confissões. 2. ed. São Paulo: Abril Cultural, 1980.",
                TranslatorNotes.cut("AGOSTINHO, Santo. Confissões. 2. ed. Trad. de J. Oliveira Santos, S. J. e A. "
                        + "Ambrósio. São Paulo: Abril Cultural, 1980."));
        assertEquals(
                "BAKHTIN, M. Problemas da poética de Dostoiévski. Rio de Janeiro: Forense, 2008.",
                TranslatorNotes.cut("BAKHTIN, M. Problemas da poética de Dostoiévski. Tradução do russo, notas e "
                        + "prefácio de Paulo Bezerra. Rio de Janeiro: Forense, 2008."));
        assertEquals(
                "WITTGENSTEIN, L. Philosophical Investigations. Hoboken: Wiley-Blackwell, 2010.",
                TranslatorNotes.cut("WITTGENSTEIN, L. Philosophical Investigations. Transl. G. E. M. Anscombre and "
                        + "Jochim Schulte. Hoboken: Wiley-Blackwell, 2010."));
        assertEquals(
                "VOLOCHÍNOV, V. N. A construção da enunciação. São Carlos: Pedro & João Editores, 2013.",
                TranslatorNotes.cut("VOLOCHÍNOV, V. N. A construção da enunciação. Organização, tradução e notas: "
                        + "João Wanderley Geraldi. São Carlos: Pedro & João Editores, 2013."));
        assertEquals(
                "BRANDIST, C. Repensando o círculo de Bakhtin. São Paulo: Contexto, 2012.",
                TranslatorNotes.cut("BRANDIST, C. Repensando o círculo de Bakhtin. Organização e notas de Maria Inês "
                        + "Campos e Rosemary H. Schettini. São Paulo: Contexto, 2012."));
        assertEquals(
                "Freud S. Totem and taboo. London: Routledge; 1950.",
                TranslatorNotes.cut("Freud S. Totem and taboo. Translated by J. Strachey. London: Routledge; 1950."));
    }

    @Test
    void cut_titlesThatBeginWithTheWordStay() {
        for (String title : new String[] {
            "Conti MA, Scagliusi F. Tradução, adaptação transcultural e validação do “Body Image Avoidance "
                    + "Questionnaire”. Rev Psiquiatr Clin. 2008;35(5):170-6.",
            "Silva W. Tradução e validação para o Brasil da escala de imagem corporal. J Bras Psiquiatr. 2011;60:1.",
            "Kachani AT. Tradução, adaptação e avaliação da consistência interna do Eating Behaviours. Rev Nutr. 2012."
        }) {
            assertEquals(title, TranslatorNotes.cut(title));
        }
    }
}
