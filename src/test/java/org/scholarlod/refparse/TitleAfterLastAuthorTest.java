package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleAfterLastAuthorTest {
    @Test
    void settle_wordsAfterTheLastNamesInitialsOpenTheTitle() {
        assertEquals(
                "«Hsieh, A. L. & Dang, C. V.|author» «MYC, Metabolism, and Cancer|title». «Cancer Discov|container-title»",
                settled("«Hsieh, A. L. & Dang, C. V. MYC|author», «Metabolism, and Cancer|title». «Cancer "
                        + "Discov|container-title»"));
    }

    @Test
    void settle_aParticleOrSuffixEndingTheNameStays() {
        String particle = "«Chalfun, N. N. J. and Silva, A. L. da|author». («2002|issued»). «Influência|title».";
        assertEquals(particle, settled(particle));
        String suffix = "«Gerfen, C. R. & Young, W. S. III|author» («1988|issued») «Distribution|title».";
        assertEquals(suffix, settled(suffix));
        String initials = "«Lee, S.G., Kim, NG. & Kim, H. R|author». «2019|issued». «Evaluation|title».";
        assertEquals(initials, settled(initials), "a last initial whose stop the model left out");
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, TitleAfterLastAuthor::settle);
    }
}
