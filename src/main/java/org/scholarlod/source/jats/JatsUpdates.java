package org.scholarlod.source.jats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.UpdateKind;
import org.scholarlod.model.WorkUpdate;
import org.w3c.dom.Element;

/**
 * Reads the {@code related-article} links of a JATS article that record a retraction, correction or expression of
 * concern, in the two directions the Tag Library suggests: from a notice to the work it updates
 * ({@code retracted-article}, {@code partial-retraction}, {@code corrected-article}, {@code object-of-concern}) and
 * from a work forward to its notice ({@code retraction-forward}, {@code correction-forward}).
 *
 * <p>JATS 1.2 reworded {@code corrected-article} as "the related article corrects the current article", the
 * opposite of the use in PMC and SciELO, so a notice link is taken only in an article whose {@code article-type}
 * says it is a notice; elsewhere it is left out with a warning. Only links to DOIs are read.
 */
final class JatsUpdates {
    private static final Map<String, UpdateKind> FROM_NOTICE = Map.of(
            "retracted-article", UpdateKind.RETRACTION,
            "partial-retraction", UpdateKind.PARTIAL_RETRACTION,
            "corrected-article", UpdateKind.CORRECTION,
            "object-of-concern", UpdateKind.EXPRESSION_OF_CONCERN);
    private static final Map<String, UpdateKind> FORWARD =
            Map.of("retraction-forward", UpdateKind.RETRACTION, "correction-forward", UpdateKind.CORRECTION);
    private static final Set<String> NOTICE_TYPES =
            Set.of("retraction", "partial-retraction", "correction", "expression-of-concern", "removal", "withdrawal");

    private final List<WorkUpdate> updates = new ArrayList<>();
    private final List<WorkUpdate> updatedBy = new ArrayList<>();

    JatsUpdates(Element root, Element meta, String noticeDate, List<String> warnings) {
        String articleType = Dom.attribute(root, "article-type");
        List<Element> links = new ArrayList<>(Dom.descendants(meta, "related-article"));
        links.addAll(Dom.descendants(Dom.child(root, "body"), "related-article"));
        for (Element link : links) {
            String type = Dom.attribute(link, "related-article-type");
            UpdateKind notice = type == null ? null : FROM_NOTICE.get(type);
            UpdateKind forward = type == null ? null : FORWARD.get(type);
            if (notice == null && forward == null) {
                continue;
            }
            String doi = doi(link, type, warnings);
            if (doi == null) {
                continue;
            }
            if (forward != null) {
                add(updatedBy, new WorkUpdate(forward, doi, null, null));
            } else if (articleType != null && NOTICE_TYPES.contains(articleType)) {
                add(updates, new WorkUpdate(notice, doi, noticeDate, null));
            } else {
                warnings.add("related-article '" + type + "' to " + doi + " in an article of type '" + articleType
                        + "', not a notice: whether it updates this article or is updated by it is unclear:"
                        + " left out");
            }
        }
    }

    List<WorkUpdate> updates() {
        return updates;
    }

    List<WorkUpdate> updatedBy() {
        return updatedBy;
    }

    private static String doi(Element link, String type, List<String> warnings) {
        String href = Dom.href(link);
        String kind = Dom.attribute(link, "ext-link-type");
        if (href == null) {
            warnings.add("related-article '" + type + "' without an xlink:href: left out");
            return null;
        }
        try {
            return IdentifierScheme.DOI.normalise("related-article", href);
        } catch (IllegalArgumentException e) {
            warnings.add("related-article '" + type + "' to " + (kind == null ? "" : kind + " ") + "'" + href
                    + "', not a DOI: left out (only DOIs are linked)");
            return null;
        }
    }

    private static void add(List<WorkUpdate> list, WorkUpdate update) {
        if (!list.contains(update)) {
            list.add(update);
        }
    }
}
