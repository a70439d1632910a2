package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading htpasswd files: the lines below are what {@code htpasswd -B}, {@code -m} and {@code -s} wrote. */
class PasswordFileTest {
    /** {@code htpasswd -nbB editor 's3cret pass'} (cost 5, the $2y$ prefix Apache writes). */
    private static final String EDITOR = "editor:$2y$05$LUC39rM0.W51aC03JizoquRIj9IjJEi4QkSBUeemMLOJ6lEMQgdlK";
    /**
     * {@code htpasswd -nbBC 4 curator 'sec ret'}, with the $2b$ prefix OpenBSD and Python's bcrypt write for the
     * same algorithm.
     */
    private static final String CURATOR = "curator:$2b$04$XHAH0DbSoe9.SP28tSwouuCIMz2r8Y9c7yUL5gURdIyKezHCyF7kK";

    @Test
    void accepts_onlyTheUsersOwnPassword(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("users"), "# who may update\n\n" + EDITOR + "\n" + CURATOR + "\n");
        PasswordFile writers = PasswordFile.read(file);
        assertTrue(writers.accepts("editor", "s3cret pass"));
        assertTrue(writers.accepts("curator", "sec ret"));
        assertFalse(writers.accepts("editor", "sec ret"), "another user's password");
        assertFalse(writers.accepts("editor", "s3cret pas"));
        assertFalse(writers.accepts("editor", ""));
        assertFalse(writers.accepts("Editor", "s3cret pass"));
        assertFalse(writers.accepts("nobody", "s3cret pass"));
    }

    @Test
    void read_refusesWeakHashesNamingTheLine(@TempDir Path dir) throws Exception {
        String md5 = "md5user:$apr1$sOdd//He$L0jmapiyRh2TvVl0qCw2B.";
        String sha = "shauser:{SHA}EfatjsUqKYSrqv18O1FlA3hcIHI=";
        for (String weak : new String[] {md5, sha, "plain:secret"}) {
            Path file = Files.writeString(dir.resolve("users"), EDITOR + "\n" + weak + "\n");
            String user = weak.substring(0, weak.indexOf(':'));
            assertEquals(
                    file + " line 2: the password of '" + user + "' is not a bcrypt hash; write it with "
                            + "htpasswd -B",
                    assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(file))
                            .getMessage());
        }
    }

    @Test
    void read_refusesWhatIsNotAPasswordFile(@TempDir Path dir) throws Exception {
        Path noColon = Files.writeString(dir.resolve("a"), "<html>\n");
        assertEquals(
                noColon + " line 1: expected name:hash, as htpasswd -B writes",
                assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(noColon))
                        .getMessage());
        Path twice = Files.writeString(dir.resolve("b"), EDITOR + "\n" + EDITOR + "\n");
        assertEquals(
                twice + " line 2: 'editor' is listed twice",
                assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(twice))
                        .getMessage());
        Path empty = Files.writeString(dir.resolve("c"), "# nobody yet\n");
        assertEquals(
                "the password file " + empty + " lists no one: add a user with htpasswd -B " + empty + " NAME",
                assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(empty))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(dir.resolve("missing")))
                .getMessage()
                .startsWith("cannot read the password file " + dir.resolve("missing")));
    }
}
