package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Funding;

/**
 * Finds funding statements in acknowledgement or funding text: the funder, the grant numbers, and the person
 * funded when the sentence names one ("Lee's work was supported by the research fund of Hanyang University
 * (HY-2012-2430)").
 */
final class FundingStatementParser {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
    private static final Pattern FUNDED_BY = Pattern.compile(
            "(?i)\\b(?:supported|funded|sponsored|financed)\\s+(?:in part\\s+|partly\\s+|partially\\s+)?by\\s+"
                    + "|\\b(?:funding|grants?|support|financial support)\\s+(?:was\\s+)?(?:received\\s+)?from\\s+"
                    + "|\\bfunding\\s+provided\\s+by\\s+");
    private static final Pattern FUNDER_PREFIX = Pattern.compile(
            "(?i)^(?:(?:the|a|an)\\s+)?(?:(?:research\\s+)?(?:fund|funds|funding|grant|grants|award|fellowship|"
                    + "scholarship|support)\\s+(?:of|from)\\s+)?(?:(?:the)\\s+)?");
    private static final Pattern FUNDER_END =
            Pattern.compile("\\s*(?:\\(|\\bunder\\b|\\bgrant\\b|\\bthrough\\b|\\bvia\\b|\\bwith\\b|,|;|\\.$|$)");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern GRANT_AFTER_WORD = Pattern.compile(
            "(?i)\\bgrant\\s+(?:no\\.?|number|nos\\.?|numbers|#)?\\s*([A-Z0-9][A-Za-z0-9./_-]*\\d[A-Za-z0-9./_-]*)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern GRANT_LABEL = Pattern.compile("(?i)^(?:grant\\s+)?(?:no\\.?|number|#)?\\s*(?=\\S)");
    private static final Pattern WHOLE_GRANT = Pattern.compile(
            "[A-Z]{2,}[ -]?[A-Za-z0-9./_-]*\\d[A-Za-z0-9./_-]*|" + "[A-Za-z0-9./_-]*\\d[A-Za-z0-9./_-]*");
    private static final Pattern GRANT_TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]*\\d[A-Za-z0-9./_-]*");
    private static final Pattern FUNDED_PERSON = Pattern.compile(
            "^((?:[A-Z][\\p{L}.'’-]*\\s+){0,3}[A-Z][\\p{L}'’-]+?)['’]s?\\s+(?:work|research|contribution|participation)\\b");

    private FundingStatementParser() {}

    static List<Funding> parse(String text) {
        List<Funding> fundings = new ArrayList<>();
        if (text == null) {
            return fundings;
        }
        for (String sentence : SENTENCE_END.split(Text.collapse(text))) {
            Matcher by = FUNDED_BY.matcher(sentence);
            if (!by.find()) {
                continue;
            }
            String funder = funder(sentence.substring(by.end()));
            if (funder == null) {
                continue;
            }
            String person = fundedPerson(sentence);
            List<String> grants = grantNumbers(sentence.substring(by.end()));
            if (grants.isEmpty()) {
                fundings.add(new Funding(sentence, funder, null, person, 0));
            }
            for (String grant : grants) {
                fundings.add(new Funding(sentence, funder, grant, person, 0));
            }
        }
        return fundings;
    }

    private static String funder(String afterBy) {
        String rest = FUNDER_PREFIX.matcher(afterBy).replaceFirst("");
        Matcher end = FUNDER_END.matcher(rest);
        String funder = end.find() ? rest.substring(0, end.start()) : rest;
        funder = funder.strip();
        return funder.isEmpty() ? null : funder;
    }

    private static String fundedPerson(String sentence) {
        Matcher m = FUNDED_PERSON.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).strip();
        return name.equals("This") || name.equals("The") || name.equals("Our") ? null : name;
    }

    private static List<String> grantNumbers(String text) {
        List<String> grants = new ArrayList<>();
        Matcher paren = PARENTHESIS.matcher(text);
        while (paren.find()) {
            // "(PRIN 2017-XYZ123)" is one identifier; "(grants 123 and 456)" lists several.
            String inside = GRANT_LABEL.matcher(paren.group(1).strip()).replaceFirst("");
            if (WHOLE_GRANT.matcher(inside).matches() && !YEAR.matcher(inside).matches()) {
                grants.add(inside);
                continue;
            }
            Matcher token = GRANT_TOKEN.matcher(paren.group(1));
            while (token.find()) {
                String grant = token.group().replaceAll("[.]+$", "");
                if (!grants.contains(grant)
                        && grant.chars().filter(Character::isDigit).count() >= 2
                        && !YEAR.matcher(grant).matches()) {
                    grants.add(grant);
                }
            }
        }
        Matcher word = GRANT_AFTER_WORD.matcher(text);
        while (word.find()) {
            String grant = word.group(1).replaceAll("[.]+$", "");
            if (!grants.contains(grant)) {
                grants.add(grant);
            }
        }
        return grants;
    }
}
