package org.scholarlod.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * How far a load has come, kept beside the store ({@code scholarlod-load.json}): the inputs in order and how
 * many of their records are in committed transactions. It is written after each commit, so it never claims
 * more than the store holds; a resumed load skips those records, and since a load replaces whole article
 * graphs, re-doing a batch the file had not yet counted changes nothing.
 */
public final class LoadProgress {
    static final String FILE = "scholarlod-load.json";
    private static final JsonMapper JSON = new JsonMapper();

    private final Path file;
    private final List<String> inputs;

    LoadProgress(Path directory, List<String> inputs) {
        this.file = directory.resolve(FILE);
        this.inputs = List.copyOf(inputs);
    }

    /** Records of these same inputs already loaded by an unfinished load; 0 when none was, or it finished. */
    public long done() {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            JsonNode saved = JSON.readTree(file.toFile());
            List<String> savedInputs = JSON.convertValue(
                    saved.path("inputs"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
            return savedInputs.equals(inputs) && !saved.path("finished").asBoolean()
                    ? saved.path("records").asLong()
                    : 0;
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(
                    file + ": the load progress cannot be read (" + e.getMessage() + "); delete it"
                            + " to load from the start",
                    e);
        }
    }

    /** Whether an unfinished load of other inputs left this file (a resume then starts from the beginning). */
    public boolean otherInputs() {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            return !JSON.readTree(file.toFile()).path("inputs").equals(JSON.valueToTree(inputs));
        } catch (IOException e) {
            return true;
        }
    }

    void committed(long records, boolean finished) {
        try {
            Path temporary = file.resolveSibling(FILE + ".tmp");
            JSON.writeValue(
                    temporary.toFile(),
                    JSON.createObjectNode()
                            .put("records", records)
                            .put("finished", finished)
                            .set("inputs", JSON.valueToTree(inputs)));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(file + ": the load progress cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
