package org.scholarlod.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.scholarlod.model.UpdateKind;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.ScholarLodVocab;

/**
 * The retractions, corrections and expressions of concern of a work, read from every record in the store (the
 * notice's own, or the updated work's), inside the caller's read transaction.
 */
final class UpdateNotices {
    private final DatasetGraph dataset;
    private final ArticleView.Links links;

    UpdateNotices(DatasetGraph dataset, ArticleView.Links links) {
        this.dataset = dataset;
        this.links = links;
    }

    /** One notice of an update to a work, and who recorded it (the publisher, Retraction Watch), if said. */
    record Notice(UpdateKind kind, String date, Node notice, List<String> assertedBy) {}

    /** Crossref's names of who asserted an update, as a reader knows them. */
    private static final Map<String, String> ASSERTERS =
            Map.of("publisher", "the publisher", "retraction-watch", "Retraction Watch");

    /** The work's notices, the weightiest first, then the newest. */
    List<Notice> of(Node work) {
        Set<Node> updates = new LinkedHashSet<>();
        dataset.find(Node.ANY, Node.ANY, ScholarLodVocab.updatedWork, work)
                .forEachRemaining(q -> updates.add(q.getSubject()));
        List<Notice> notices = new ArrayList<>();
        for (Node update : updates) {
            Optional<UpdateKind> kind = UpdateKind.ofCode(literal(update, ScholarLodVocab.updateType));
            Node notice = object(update, ScholarLodVocab.updateNotice);
            if (kind.isPresent() && notice != null) {
                notices.add(new Notice(
                        kind.get(),
                        literal(update, Dct.date),
                        notice,
                        literals(update, ScholarLodVocab.updateAssertedBy)));
            }
        }
        notices.sort(Comparator.comparing((Notice n) -> -n.kind().severity())
                .thenComparing(Notice::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return notices;
    }

    /** The weightiest update of a cited work, which its reference list shows beside it, or null. */
    UpdateKind status(Node work) {
        List<Notice> notices = of(work);
        return notices.isEmpty() ? null : notices.get(0).kind();
    }

    /** The banner's entries: each notice's kind, date, link and label, and whether it is a retraction. */
    List<Map<String, Object>> banner(Node work) {
        List<Map<String, Object>> banner = new ArrayList<>();
        for (Notice n : of(work)) {
            Map<String, Object> entry = new HashMap<>();
            entry.put("status", n.kind().status());
            entry.put("label", n.kind().label());
            entry.put("severe", n.kind().severity() >= UpdateKind.PARTIAL_RETRACTION.severity());
            entry.put("date", n.date());
            entry.put("inPlace", n.notice().equals(work));
            entry.put("href", links.href(n.notice().getURI()));
            String title = literal(n.notice(), Dct.title);
            String doi = literal(n.notice(), Dct.identifier);
            entry.put(
                    "notice",
                    title != null
                            ? title
                            : doi != null ? "DOI " + doi : n.notice().getURI());
            List<String> by = n.assertedBy().stream()
                    .map(a -> ASSERTERS.getOrDefault(a, a))
                    .sorted()
                    .toList();
            entry.put("assertedBy", by.isEmpty() ? null : String.join(" and ", by));
            banner.add(entry);
        }
        return banner;
    }

    private Node object(Node subject, Node predicate) {
        var found = dataset.find(Node.ANY, subject, predicate, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    private String literal(Node subject, Node predicate) {
        List<String> values = literals(subject, predicate);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The distinct literal values, whichever graphs state them. */
    private List<String> literals(Node subject, Node predicate) {
        Set<String> values = new LinkedHashSet<>();
        var found = dataset.find(Node.ANY, subject, predicate, Node.ANY);
        while (found.hasNext()) {
            Quad q = found.next();
            if (q.getObject().isLiteral()) {
                values.add(q.getObject().getLiteralLexicalForm());
            }
        }
        return List.copyOf(values);
    }
}
