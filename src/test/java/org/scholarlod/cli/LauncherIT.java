package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The ./scholarlod launcher of the README's quick start runs the built jar. */
class LauncherIT {
    @Test
    void launcher_runsTheJar() throws Exception {
        Process process = new ProcessBuilder("./scholarlod", "--version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.strip().endsWith("ScholarLOD " + org.scholarlod.rdf.ConverterVersion.get()), output);
    }
}
