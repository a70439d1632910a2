package org.scholarlod.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line in this JVM: exit code, standard output and standard error. */
record CommandRun(int code, String out, String err) {
    static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Besides warnings, the error output is one line naming the problem, without a stack trace. */
    boolean oneLineError() {
        return err.lines()
                                .filter(l -> !l.isBlank() && !l.startsWith("scholarlod: warning: "))
                                .count()
                        == 1
                && !err.contains("\tat ")
                && !err.contains("Exception");
    }
}
