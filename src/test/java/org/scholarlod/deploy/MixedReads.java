package org.scholarlod.deploy;

import java.io.IOException;
import java.net.http.HttpResponse;

/** A mixed read load as clients send it: pages in several formats, cached and not, and SPARQL by GET and POST. */
final class MixedReads {
    private static final String ARTICLE = "/id/article/10.1007/s10551-014-2373-7";

    private MixedReads() {}

    static String describe(int thread, int i) {
        return switch ((thread + i) % 6) {
            case 0 -> "GET article as Turtle";
            case 1 -> "GET article as HTML";
            case 2 -> "GET article with weighted Accept";
            case 3 -> "GET SPARQL ASK";
            case 4 -> "POST SPARQL SELECT";
            default -> "GET home page";
        };
    }

    static HttpResponse<String> send(Balancer balancer, int thread, int i) throws IOException, InterruptedException {
        return switch ((thread + i) % 6) {
            case 0 -> balancer.get(ARTICLE, "text/turtle");
            case 1 -> balancer.get(ARTICLE, "text/html,application/xhtml+xml");
            case 2 -> balancer.get(ARTICLE, "application/ld+json;q=0.9, text/turtle;q=0.5");
            case 3 -> balancer.query("ASK { ?s ?p ?o }");
            case 4 -> balancer.postQuery("SELECT (COUNT(*) AS ?n) { ?s <http://purl.org/dc/terms/title> ?t }");
            default -> balancer.get("/", "text/html");
        };
    }
}
