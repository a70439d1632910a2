package org.scholarlod.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.scholarlod.rdf.BaseUri;

/**
 * The identifiers the OpenCitations Meta API takes, as RAMOSE's {@code meta_v1.hf} declares them, and what an
 * OMID is here: {@code omid:br/…} a bibliographic resource and {@code omid:ra/…} a responsible agent, followed by
 * the resource's path under {@code {base}id/} ({@code omid:br/article/10.1007/s10551-014-2373-7} is
 * {@code {base}id/article/10.1007/s10551-014-2373-7}), where OpenCitations follows them with its own numbers.
 */
final class MetaIds {
    /** The {@code ids} of {@code /metadata/{ids}}: scheme-prefixed identifiers joined by two underscores. */
    static final Pattern WORK_IDS = Pattern.compile(
            "(doi|issn|isbn|omid|openalex|pmid|pmcid):.+?(__(doi|issn|isbn|omid|openalex|pmid|pmcid):.+?)*$");
    /** The {@code id} of {@code /author/{id}} and {@code /editor/{id}}: an ORCID, bare or prefixed, or an OMID. */
    static final Pattern AGENT_ID = Pattern.compile("((orcid:)?([0-9]{4}-){3}[0-9]{3}[0-9X])|(omid:ra/\\S+)");

    private final BaseUri base;

    MetaIds(BaseUri base) {
        this.base = base;
    }

    /** One identifier of a request: its scheme ({@code doi}, {@code omid} …) and value. */
    record Id(String scheme, String value) {}

    /** The identifiers of a valid {@code ids} parameter, DOIs in lower case as OpenCitations matches them. */
    static List<Id> works(String ids) {
        List<Id> parsed = new ArrayList<>();
        for (String id : ids.split("__")) {
            int colon = id.indexOf(':');
            String scheme = id.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = id.substring(colon + 1);
            parsed.add(new Id(scheme, scheme.equals("doi") ? value.toLowerCase(Locale.ROOT) : value));
        }
        return parsed;
    }

    /** The identifier of a valid agent {@code id}: a bare ORCID is an ORCID. */
    static Id agent(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? new Id("orcid", id) : new Id(id.substring(0, colon), id.substring(colon + 1));
    }

    /** The resource an OMID's value ({@code br/article/…}, {@code ra/person/…}) names, or null for another kind. */
    Node resource(String omid, String kind) {
        return omid.startsWith(kind + "/") && omid.length() > kind.length() + 1
                ? NodeFactory.createURI(base.resolve("id/" + omid.substring(kind.length() + 1)))
                : null;
    }

    /** The OMID of a resource minted here ({@code omid:br/article/…}), or null for one minted elsewhere. */
    String omid(Node resource, String kind) {
        if (!resource.isURI() || !base.contains(resource.getURI())) {
            return null;
        }
        String path = base.path(resource.getURI());
        return path.startsWith("id/") ? "omid:" + kind + "/" + path.substring(3) : null;
    }
}
