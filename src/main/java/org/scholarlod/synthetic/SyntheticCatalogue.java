package org.scholarlod.synthetic;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Article {@code i} of a synthetic catalogue of {@code size} articles, as a bare Crossref work: derived from
 * the seed and its index alone, so that any slice can be generated on its own and gives the same records.
 */
public final class SyntheticCatalogue {
    private static final JsonMapper JSON = new JsonMapper();
    private static final String[] TYPES = {"journal-article", "book-chapter", "proceedings-article", "posted-content"};

    private final int size;
    private final long seed;
    private final CitedPool cited;
    private final int journals;
    private final int people;
    private final int organisations;
    private final int externalWorks;

    public SyntheticCatalogue(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("--articles " + size + " is not a positive number");
        }
        this.size = size;
        this.seed = seed;
        this.cited = new CitedPool(seed);
        this.journals = Math.max(20, size / 200);
        this.people = Math.max(50, size * 2);
        this.organisations = Math.max(30, size / 20);
        this.externalWorks = Math.max(200, size * 3);
    }

    public int size() {
        return size;
    }

    public String doi(int i) {
        return "10.5555/gen." + seed + "." + i;
    }

    public ObjectNode work(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        double kind = random.nextDouble();
        String type = TYPES[kind < 0.85 ? 0 : kind < 0.93 ? 1 : kind < 0.98 ? 2 : 3];
        int year = 1995 + (int) (30L * i / size);
        ObjectNode work =
                JSON.createObjectNode().put("DOI", doi(i)).put("type", type).put("publisher", "Synthetic Press");
        if ("posted-content".equals(type)) {
            work.put("subtype", "preprint");
        }
        work.putArray("title").add(Words.title(random));
        date(work.putObject("issued"), year, 1 + random.nextInt(12), 0);
        int journal = skewed(random, journals);
        if ("journal-article".equals(type)) {
            journal(work, journal);
            work.put("volume", String.valueOf(year - 1990)).put("issue", String.valueOf(1 + random.nextInt(6)));
            date(work.putObject("published-online"), year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        } else if (!"posted-content".equals(type)) {
            work.putArray("container-title").add("Proceedings of " + Words.journal(journal));
        }
        if (random.nextDouble() < 0.8) {
            int first = 1 + random.nextInt(400);
            work.put("page", first + "-" + (first + 4 + random.nextInt(25)));
        } else {
            work.put("article-number", "e" + (100000 + i));
        }
        work.put("abstract", "<jats:p>" + Words.title(random) + ". " + Words.title(random) + ".</jats:p>");
        work.putArray("subject")
                .add(Words.journal(journal).replaceAll("^(Journal of |International Journal of |Annals of )", ""));
        authors(work.putArray("author"), random);
        if (random.nextDouble() < 0.7) {
            work.putArray("license")
                    .addObject()
                    .put("URL", "https://creativecommons.org/licenses/by/4.0/")
                    .put("content-version", "vor")
                    .put("delay-in-days", 0);
        }
        if (random.nextDouble() < 0.4) {
            int funder = skewed(random, 60);
            ObjectNode entry = work.putArray("funder")
                    .addObject()
                    .put("name", "Synthetic Research Council " + funder)
                    .put("DOI", "10.13039/5011000" + String.format("%05d", funder));
            entry.putArray("award").add("SRC-" + year + "-" + random.nextInt(10000));
        }
        references(work.putArray("reference"), random, i);
        return work;
    }

    private void journal(ObjectNode work, int journal) {
        SplittableRandom random = new SplittableRandom(seed * 17 + journal);
        String print = ValidIds.issn(random);
        String online = ValidIds.issn(random);
        work.putArray("container-title").add(Words.journal(journal));
        work.putArray("ISSN").add(print).add(online);
        ArrayNode types = work.putArray("issn-type");
        types.addObject().put("value", print).put("type", "print");
        types.addObject().put("value", online).put("type", "electronic");
    }

    private void authors(ArrayNode authors, SplittableRandom random) {
        int count = Math.min(12, 1 + (int) (-Math.log(1 - random.nextDouble()) * 3));
        Set<Integer> chosen = new HashSet<>();
        for (int a = 0; a < count; a++) {
            int person = skewed(random, people);
            if (!chosen.add(person)) {
                continue;
            }
            SplittableRandom who = new SplittableRandom(seed * 13 + person);
            ObjectNode author = authors.addObject()
                    .put("given", Words.pick(who, Words.GIVEN))
                    .put("family", Words.pick(who, Words.FAMILY))
                    .put("sequence", chosen.size() == 1 ? "first" : "additional");
            if (who.nextDouble() < 0.6) {
                author.put("ORCID", "https://orcid.org/" + ValidIds.orcid(person))
                        .put("authenticated-orcid", who.nextBoolean());
            }
            int org = skewed(random, organisations);
            SplittableRandom where = new SplittableRandom(seed * 19 + org);
            ObjectNode affiliation = author.putArray("affiliation")
                    .addObject()
                    .put(
                            "name",
                            "University of " + Words.pick(where, Words.FAMILY).replace(" ", "") + " " + org);
            if (where.nextDouble() < 0.3) {
                affiliation
                        .putArray("id")
                        .addObject()
                        .put("id", "https://ror.org/" + ValidIds.ror(where))
                        .put("id-type", "ROR")
                        .put("asserted-by", "publisher");
            }
        }
    }

    private void references(ArrayNode references, SplittableRandom random, int i) {
        int count = 20 + (int) (130 * Math.pow(random.nextDouble(), 2));
        for (int r = 0; r < count; r++) {
            ObjectNode entry = references.addObject().put("key", "gen" + i + "_CR" + (r + 1));
            double form = random.nextDouble();
            if (i > 0 && form < 0.2) {
                entry.put("DOI", doi((int) (i * Math.sqrt(random.nextDouble()))))
                        .put("doi-asserted-by", "crossref");
            } else {
                cited.reference(
                        entry, skewed(random, externalWorks), (int) (random.nextDouble() * 4), random.nextInt(4));
            }
        }
    }

    /** An index into a pool of {@code n}, low indices far more often than high ones (a long tail). */
    private static int skewed(SplittableRandom random, int n) {
        return (int) (n * Math.pow(random.nextDouble(), 3));
    }

    private static void date(ObjectNode date, int year, int month, int day) {
        ArrayNode parts = date.putArray("date-parts").addArray().add(year).add(month);
        if (day > 0) {
            parts.add(day);
        }
    }
}
