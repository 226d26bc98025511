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
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Not a common password. The built-in list is Django's: {@code common-passwords.txt.gz} beside
 * this class, 19,727 lower-cased passwords (Django's "20,000", de-duplicated) compiled by Royce
 * Williams and shipped with Django under its BSD licence (see {@code NOTICE} beside it). It is
 * read once, on the first check, and shared by every instance. {@link #fromFile(Path)} reads
 * another list (plain, or gzip when the name ends in {@code .gz}), one password a line. As in
 * Django, the candidate is compared stripped and in lower case; every line is a password (a
 * leading {@code #} is part of it).
 */
public final class CommonPasswordValidator implements PasswordValidator {
    /** Django's list, loaded on first use by the class-holder idiom. */
    private static final class Builtin {
        static final Set<String> PASSWORDS = loadBuiltin();

        private static Set<String> loadBuiltin() {
            try (InputStream raw = CommonPasswordValidator.class.getResourceAsStream("common-passwords.txt.gz")) {
                if (raw == null) {
                    throw new IllegalStateException("common-passwords.txt.gz is missing beside "
                            + CommonPasswordValidator.class.getName() + " on the classpath");
                }
                return read(new GZIPInputStream(raw));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the built-in common-passwords.txt.gz", e);
            }
        }
    }

    private final Supplier<Set<String>> passwords;

    /** Django's built-in list, read on first use. */
    public CommonPasswordValidator() {
        this.passwords = () -> Builtin.PASSWORDS;
    }

    private CommonPasswordValidator(Set<String> passwords) {
        this.passwords = () -> passwords;
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
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return Set.copyOf(out);
    }

    /** How many passwords the list holds. */
    public int size() {
        return passwords.get().size();
    }

    @Override
    public List<String> problems(String password, BaseUser user) {
        return passwords.get().contains(password.strip().toLowerCase(Locale.ROOT))
                ? List.of("This password is too common.") : List.of();
    }

    @Override
    public String helpText() {
        return "Your password can’t be a commonly used password.";
    }
}
