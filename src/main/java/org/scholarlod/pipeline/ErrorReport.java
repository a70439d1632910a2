package org.scholarlod.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run's report, one JSON object per line: every skipped record ({@code "level": "error"}) and every
 * warning ({@code "level": "warning"}), with the file, the record's place in it and its DOI where known.
 */
final class ErrorReport implements AutoCloseable {
    private final OutputStream out;
    private final JsonMapper json = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private ErrorReport(OutputStream out) {
        this.out = out;
    }

    /** A report written to {@code file}, or one that records nothing when it is null. */
    static ErrorReport to(Path file) {
        try {
            return new ErrorReport(file == null ? OutputStream.nullOutputStream() : Files.newOutputStream(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("--report " + file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    void error(String file, String position, String doi, String reason) {
        write("error", file, position, doi, reason);
    }

    void warning(String file, String position, String doi, String text) {
        write("warning", file, position, doi, text);
    }

    private synchronized void write(String level, String file, String position, String doi, String text) {
        var line = json.createObjectNode().put("level", level).put("file", file);
        if (position != null) {
            line.put("position", position);
        }
        if (doi != null) {
            line.put("doi", doi);
        }
        line.put(level.equals("error") ? "reason" : "warning", text);
        try {
            json.writeValue(out, line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("the report cannot be written", e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the report cannot be closed", e);
        }
    }
}
