package org.scholarlod.model;

import java.util.List;

/**
 * A funding statement: who funded the work, under which grant number, and whom it funded.
 *
 * <p>{@code fundedName} is the name as the statement writes it ("Lee"); {@code fundedAuthor} is the
 * 1-based position of that person among the article's authors once resolved, or 0 when unresolved.
 */
public record Funding(
        String statement,
        String funder,
        String grantNumber,
        String fundedName,
        int fundedAuthor,
        List<Identifier> funderIds) {
    public Funding {
        statement = Checks.optionalText("funding.statement", statement);
        funder = Checks.requiredText("funding.funder", funder);
        grantNumber = Checks.optionalText("funding.grantNumber", grantNumber);
        fundedName = Checks.optionalText("funding.fundedName", fundedName);
        if (fundedAuthor < 0) {
            throw new IllegalArgumentException("funding.fundedAuthor " + fundedAuthor + " is negative");
        }
        funderIds = Checks.list("funding.funderIds", funderIds);
    }

    /** A funding statement whose funder has no known identifier. */
    public Funding(String statement, String funder, String grantNumber, String fundedName, int fundedAuthor) {
        this(statement, funder, grantNumber, fundedName, fundedAuthor, List.of());
    }

    public Funding withFundedAuthor(int position) {
        return new Funding(statement, funder, grantNumber, fundedName, position, funderIds);
    }
}
