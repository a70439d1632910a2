package org.scholarlod.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this converter, as built by Maven, recorded in the provenance of every graph. */
public final class ConverterVersion {
    private static final String VERSION = load();

    private ConverterVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ConverterVersion.class.getResourceAsStream("/scholarlod.properties")) {
            if (in == null) {
                throw new IllegalStateException("scholarlod.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
