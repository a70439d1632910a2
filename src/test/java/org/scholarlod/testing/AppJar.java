package org.scholarlod.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The runnable jar {@code mvn package} built, which the integration tests run as a user would. */
public final class AppJar {
    private AppJar() {}

    public static Path path() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-app.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in target/: run mvn package"));
        }
    }

    /** The java command of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
