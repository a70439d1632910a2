package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Funding;

class FundingStatementParserTest {
    @Test
    void parse_possessiveFundedPersonAndParenthesisedGrant() {
        List<Funding> f = FundingStatementParser.parse("The authors would like to thank two reviewers. Lee’s work was "
                + "supported by the research fund of Hanyang University (HY-2012-2430). All errors are ours.");
        assertEquals(1, f.size());
        assertEquals("Hanyang University", f.get(0).funder());
        assertEquals("HY-2012-2430", f.get(0).grantNumber());
        assertEquals("Lee", f.get(0).fundedName());
        assertEquals(
                "Lee’s work was supported by the research fund of Hanyang University (HY-2012-2430).",
                f.get(0).statement());
    }

    @Test
    void parse_grantWordAndSeveralNumbers() {
        List<Funding> f = FundingStatementParser.parse(
                "This work was funded by the National Science Foundation (grants SES-1234567 and SES-7654321).");
        assertEquals(
                List.of("SES-1234567", "SES-7654321"),
                f.stream().map(Funding::grantNumber).toList());
        assertEquals("National Science Foundation", f.get(0).funder());
        assertNull(f.get(0).fundedName());
    }

    @Test
    void parse_underGrant() {
        List<Funding> f = FundingStatementParser.parse(
                "This research was funded by the Netherlands Organisation for Scientific Research under grant 016.Vidi.185.073.");
        assertEquals(
                "Netherlands Organisation for Scientific Research", f.get(0).funder());
        assertEquals("016.Vidi.185.073", f.get(0).grantNumber());
    }

    @Test
    void parse_yearIsNotAGrant() {
        List<Funding> f = FundingStatementParser.parse("Supported by the Ford Foundation (2012).");
        assertEquals(1, f.size());
        assertNull(f.get(0).grantNumber());
    }

    @Test
    void parse_thanksAreNotFunding() {
        assertEquals(List.of(), FundingStatementParser.parse("We thank Peter Lund-Thomsen for valuable feedback."));
    }
}
