package org.scholarlod.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a test needs from outside the JVM (a Debian package, the npm test clients, the shared corpus). A missing
 * one fails the test with how to install it; a test is skipped only when its skip property is set.
 */
public enum RequiredTool {
    CHROMIUM(
            "Debian's Chromium (/usr/bin/chromium)",
            "apt-get install chromium",
            "scholarlod.skipBrowser",
            "/usr/bin/chromium"),
    NPM_CLIENTS(
            "the npm test clients (src/test/js/node_modules)",
            "mvn verify runs npm ci when they are missing; or run npm ci --prefix src/test/js",
            "scholarlod.skipNpm",
            "src/test/js/node_modules/.package-lock.json"),
    RAPPER(
            "Raptor's rapper (/usr/bin/rapper)",
            "apt-get install raptor2-utils",
            "scholarlod.skipIndependentParsers",
            "/usr/bin/rapper"),
    RDFLIB(
            "Python's rdflib for /usr/bin/python3",
            "apt-get install python3-rdflib",
            "scholarlod.skipIndependentParsers",
            "/usr/lib/python3/dist-packages/rdflib"),
    PYTHON3(
            "Python 3 (/usr/bin/python3)",
            "apt-get install python3",
            "scholarlod.skipIndependentParsers",
            "/usr/bin/python3"),
    HTPASSWD(
            "Apache's htpasswd (/usr/bin/htpasswd)",
            "apt-get install apache2-utils",
            "scholarlod.skipHtpasswd",
            "/usr/bin/htpasswd"),
    WRK("the HTTP load generator wrk (/usr/bin/wrk)", "apt-get install wrk", "scholarlod.skipLoadTest", "/usr/bin/wrk"),
    HAPROXY("HAProxy (/usr/sbin/haproxy)", "apt-get install haproxy", "scholarlod.skipBalancer", "/usr/sbin/haproxy"),
    GROBID_CORPUS(
            "GROBID's annotated citations (../shared/data/grobid-citation/corpus)",
            "lay the project's shared/ folder beside this checkout",
            "scholarlod.skipCorpus",
            "../shared/data/grobid-citation/corpus"),
    GROBID_NAME_CORPUS(
            "GROBID's annotated author lists (../shared/data/grobid-name/corpus)",
            "lay the project's shared/ folder beside this checkout",
            "scholarlod.skipCorpus",
            "../shared/data/grobid-name/corpus");

    private final String what;
    private final String install;
    private final String skipProperty;
    private final Path path;

    RequiredTool(String what, String install, String skipProperty, String path) {
        this.what = what;
        this.install = install;
        this.skipProperty = skipProperty;
        this.path = Path.of(path);
    }

    public boolean present() {
        return Files.exists(path);
    }

    /** Returns when the tool is there; skips when asked to with its property; otherwise fails saying how to get it. */
    public void require() {
        if (present()) {
            return;
        }
        assumeTrue(
                System.getProperty(skipProperty) == null, what + " is missing; skipped as -D" + skipProperty + " asks");
        throw new AssertionError(what + " is missing: " + install + " (the README's test command, ./run-tests, does)"
                + "; or skip the tests that need it with -D" + skipProperty);
    }

    /** Requires each of the tools in turn. */
    public static void requireAll(RequiredTool... tools) {
        for (RequiredTool tool : tools) {
            tool.require();
        }
    }
}
