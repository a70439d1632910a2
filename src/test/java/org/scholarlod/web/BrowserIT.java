package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.RequiredTool;

/**
 * The pages in a real browser: Debian's Chromium, driven by src/test/js/pages.mjs (Playwright), opens the
 * home page and the pages of an article, a person, an organisation, a cited work and a keyword, clicks from the
 * home page through article, author and organisation and back, and fails on any console error, broken
 * same-site link or HTML that html-validate rejects. Screenshots are kept in target/screenshots.
 */
class BrowserIT {
    @Test
    void pages_renderCleanlyInChromium(@TempDir Path dir) throws Exception {
        RequiredTool.requireAll(RequiredTool.CHROMIUM, RequiredTool.NPM_CLIENTS);
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString())) {
            Process node = new ProcessBuilder(
                            "node",
                            "src/test/js/pages.mjs",
                            server.root(),
                            Path.of("target/screenshots").toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .start();
            String report = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, node.waitFor(), report);
        }
    }
}
