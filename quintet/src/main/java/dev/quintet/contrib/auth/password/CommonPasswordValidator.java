package dev.quintet.contrib.auth.password;

import dev.quintet.contrib.auth.BaseUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Not a common password. The built-in list ({@code common-passwords.txt} beside this class) is
 * a compact one of a few hundred of the most used passwords, written for Quintet; Django's
 * 20,000-entry list can be used instead with {@link #fromFile(Path)} (plain or {@code .gz}), e.g.
 * from an installed Django's {@code contrib/auth/common-passwords.txt.gz}. Compared in lower case.
 */
public final class CommonPasswordValidator implements PasswordValidator {
    private final Set<String> passwords;

    /** The built-in list. */
    public CommonPasswordValidator() {
        try (InputStream in = CommonPasswordValidator.class.getResourceAsStream("common-passwords.txt")) {
            this.passwords = read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CommonPasswordValidator(Set<String> passwords) {
        this.passwords = passwords;
    }

    /** A list from a file, one password a line, gzip-compressed when the name ends in {@code .gz}. */
    public static CommonPasswordValidator fromFile(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new CommonPasswordValidator(read(in));
        }
    }

    private static Set<String> read(InputStream in) throws IOException {
        Set<String> out = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String p = line.strip().toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !p.startsWith("#")) {
                out.add(p);
            }
        }
        return Set.copyOf(out);
    }

    /** How many passwords the list holds. */
    public int size() {
        return passwords.size();
    }

    @Override
    public List<String> problems(String password, BaseUser user) {
        return passwords.contains(password.strip().toLowerCase(Locale.ROOT))
                ? List.of("This password is too common.") : List.of();
    }

    @Override
    public String helpText() {
        return "Your password can’t be a commonly used password.";
    }
}
