package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --db} has one declaration per meaning: a store the user must name, or the default store. */
class StoreOptionTest {
    private final CommandLine commands = new CommandLine(new Main(System.out, System.err));

    @Test
    void db_eachCommandTakesOneOfTheTwoMeanings() {
        Map<String, String> meanings = new TreeMap<>();
        commands.getSubcommands().forEach((name, command) -> {
            OptionSpec db = command.getCommandSpec().findOption("--db");
            if (db != null) {
                meanings.put(name, db.required() ? "named" : db.defaultValue());
            }
        });
        assertEquals(
                Map.of(
                        "export", "named",
                        "load", "named",
                        "query", "named",
                        "rebase", "named",
                        "references", "named",
                        "link", Defaults.DATABASE,
                        "serve", Defaults.DATABASE,
                        "bench", "null"),
                withNullsNamed(meanings));
    }

    @Test
    void db_parsesToTheDirectoryGiven() {
        StoreOption named = new StoreOption();
        new CommandLine(named).parseArgs("--db", "some/where");
        assertEquals(Path.of("some/where"), named.directory);
        DefaultStoreOption defaulted = new DefaultStoreOption();
        new CommandLine(defaulted).parseArgs();
        assertEquals(Path.of(Defaults.DATABASE), defaulted.directory);
    }

    @Test
    void db_missingWhereRequired_isAUsageErrorNamingIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(
                new String[] {"rebase", "--base", "http://example.org/"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--db"), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> withNullsNamed(Map<String, String> meanings) {
        Map<String, String> named = new TreeMap<>();
        meanings.forEach((k, v) -> named.put(k, v == null ? "null" : v));
        return named;
    }
}
