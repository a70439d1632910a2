package org.scholarlod.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The users who may write, read from an htpasswd file of bcrypt hashes ({@code htpasswd -B}, as Apache httpd and
 * nginx read it): {@code name:$2y$cost$saltandhash}, one per line, {@code #} comments and blank lines ignored.
 * Other hashes htpasswd writes (MD5 {@code $apr1$}, SHA-1, crypt, plain text) are refused, being fast to guess.
 */
public final class PasswordFile {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private final Map<String, String> hashes;
    /** Checked when the user is unknown, so that an unknown name costs as long as a wrong password. */
    private final String decoy;

    private PasswordFile(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
        this.decoy = hashes.values().iterator().next();
    }

    /** Reads {@code file}; an entry that is not a bcrypt hash is refused naming its line. */
    public static PasswordFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(where + "expected name:hash, as htpasswd -B writes");
            }
            String user = line.substring(0, colon);
            String hash = line.substring(colon + 1);
            if (!BCRYPT.matcher(hash).matches()) {
                throw new IllegalArgumentException(
                        where + "the password of '" + user + "' is not a bcrypt hash; " + "write it with htpasswd -B");
            }
            if (hashes.put(user, hash) != null) {
                throw new IllegalArgumentException(where + "'" + user + "' is listed twice");
            }
        }
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException(
                    "the password file " + file + " lists no one: add a user with " + "htpasswd -B " + file + " NAME");
        }
        return new PasswordFile(hashes);
    }

    /** Whether {@code password} is {@code user}'s. */
    public boolean accepts(String user, String password) {
        String hash = hashes.get(user);
        boolean matches = BCrypt.checkpw(password, hash == null ? decoy : hash);
        return hash != null && matches;
    }
}
