package dev.quintet.contrib.auth.hashers;

import java.util.List;
import java.util.function.Consumer;

/**
 * Django's {@code make_password}, {@code check_password}, {@code identify_hasher} and
 * {@code is_password_usable}, over a {@code PASSWORD_HASHERS} list (the first one is preferred).
 *
 * <pre>{@code
 * Hashers hashers = Hashers.of(Pbkdf2PasswordHasher.sha256(), Argon2PasswordHasher::new ...);
 * String encoded = hashers.makePassword("s3cret");
 * hashers.checkPassword("s3cret", encoded, newEncoded -> user.save(...));   // rehashes when outdated
 * }</pre>
 */
public record Hashers(List<PasswordHasher> hashers) {
    /** The prefix of an unusable password ({@code set_unusable_password}). */
    public static final String UNUSABLE_PASSWORD_PREFIX = "!";

    /** Django 6.0's default list: PBKDF2-SHA256, PBKDF2-SHA1, Argon2, bcrypt-SHA256, scrypt. */
    public static final Hashers DEFAULTS = new Hashers(List.of(Pbkdf2PasswordHasher.sha256(), Pbkdf2PasswordHasher.sha1(),
            new Argon2PasswordHasher(), BCryptPasswordHasher.sha256(), new ScryptPasswordHasher()));

    /** Validates: at least one hasher. */
    public Hashers {
        hashers = List.copyOf(hashers);
        if (hashers.isEmpty()) {
            throw new IllegalArgumentException("You must specify at least one password hasher in the PASSWORD_HASHERS setting.");
        }
    }

    /** A list of hashers, the preferred first. */
    public static Hashers of(PasswordHasher... hashers) {
        return new Hashers(List.of(hashers));
    }

    /** The preferred hasher. */
    public PasswordHasher preferred() {
        return hashers.getFirst();
    }

    /** The hasher named {@code algorithm}; {@link IllegalArgumentException} with Django's message if none. */
    public PasswordHasher get(String algorithm) {
        for (PasswordHasher h : hashers) {
            if (h.algorithm().equals(algorithm)) {
                return h;
            }
        }
        throw new IllegalArgumentException("Unknown password hashing algorithm '" + algorithm
                + "'. Did you specify it in the PASSWORD_HASHERS setting?");
    }

    /** The hasher that made {@code encoded} (its prefix). */
    public PasswordHasher identify(String encoded) {
        int at = encoded.indexOf('$');
        return get(at < 0 ? encoded : encoded.substring(0, at));
    }

    /** The password hashed with the preferred hasher; null gives an unusable password. */
    public String makePassword(String password) {
        if (password == null) {
            return UNUSABLE_PASSWORD_PREFIX + PasswordHasher.randomString(40);
        }
        PasswordHasher h = preferred();
        return h.encode(password, h.salt());
    }

    /** False for an unusable ({@code !...}) password. */
    public static boolean isPasswordUsable(String encoded) {
        return encoded == null || !encoded.startsWith(UNUSABLE_PASSWORD_PREFIX);
    }

    /**
     * True when {@code password} matches {@code encoded}. When it matches and the hash is not the
     * preferred hasher's or has outdated parameters, {@code rehash} receives the new encoding
     * (Django's {@code setter}); it may be null.
     */
    public boolean checkPassword(String password, String encoded, Consumer<String> rehash) {
        if (password == null || encoded == null || !isPasswordUsable(encoded)) {
            return false;
        }
        PasswordHasher hasher;
        try {
            hasher = identify(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        PasswordHasher preferred = preferred();
        boolean changed = !hasher.algorithm().equals(preferred.algorithm());
        boolean mustUpdate = changed || preferred.mustUpdate(encoded);
        boolean correct = hasher.verify(password, encoded);
        if (correct && mustUpdate && rehash != null) {
            rehash.accept(makePassword(password));
        }
        return correct;
    }
}
