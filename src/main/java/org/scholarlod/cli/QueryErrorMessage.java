package org.scholarlod.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;

/** Rewrites the SPARQL parser's messages as one readable line: "query: line 2, column 7: unexpected '}'". */
final class QueryErrorMessage {
    private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final Pattern TOKEN = Pattern.compile("Encountered \" \"?(.*?)\"? \"(.*?) \"\"");

    private QueryErrorMessage() {}

    static String of(QueryParseException e) {
        String message = e.getMessage().replaceAll("\\s+", " ").replaceFirst("^Line \\d+, column \\d+: ", "");
        Matcher at = AT.matcher(message);
        String place = at.find()
                ? "line " + at.group(1) + ", column " + at.group(2)
                : "line " + e.getLine() + ", column " + e.getColumn();
        String problem;
        Matcher token = TOKEN.matcher(message);
        if (message.contains("\"<EOF>\"")) {
            problem = "the query ends too early";
        } else if (token.find()) {
            problem = "unexpected '" + token.group(2) + "'";
        } else {
            problem =
                    message.replaceFirst(" Was expecting.*$", "").replaceFirst("\\s*at line \\d+, column \\d+\\.?", "");
        }
        return "query: " + place + ": " + problem;
    }
}
