package org.scholarlod.source.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scholarlod.model.UpdateKind;
import org.scholarlod.model.WorkUpdate;

/**
 * Reads a work's Crossmark updates: {@code update-to} on a notice (the works it retracts, corrects …) and
 * {@code updated-by} on the work updated (which Crossref's REST API has added since 2024, also from Retraction
 * Watch). An entry of a type Crossref does not define, or without a DOI, is left out with a warning.
 */
final class CrossrefUpdates {
    private final List<String> warnings;

    CrossrefUpdates(List<String> warnings) {
        this.warnings = warnings;
    }

    List<WorkUpdate> read(JsonNode work, String field) {
        List<WorkUpdate> updates = new ArrayList<>();
        JsonNode entries = work.path(field);
        if (!entries.isArray()) {
            if (!entries.isMissingNode() && !entries.isNull()) {
                warnings.add(field + " is a JSON "
                        + entries.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a list of updates: left out");
            }
            return updates;
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String place = field + "[" + i + "]";
            String type = CrossrefJson.text(entry, "type");
            String doi = CrossrefJson.text(entry, "DOI");
            Optional<UpdateKind> kind = UpdateKind.ofCode(type);
            if (kind.isEmpty()) {
                warnings.add(place + ": update type '" + type + "' is not one Crossref defines: left out");
                continue;
            }
            if (doi == null) {
                warnings.add(place + ": an update of type '" + kind.get().code() + "' without a DOI: left out");
                continue;
            }
            try {
                WorkUpdate update = new WorkUpdate(
                        kind.get(), doi, CrossrefDates.date(entry, "updated"), CrossrefJson.text(entry, "source"));
                if (!updates.contains(update)) {
                    updates.add(update);
                }
            } catch (IllegalArgumentException e) {
                warnings.add(place + ": " + e.getMessage() + ": left out");
            }
        }
        return updates;
    }
}
