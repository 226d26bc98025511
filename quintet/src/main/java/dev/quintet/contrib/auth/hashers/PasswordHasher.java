package dev.quintet.contrib.auth.hashers;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;

/**
 * A password hashing algorithm: Django's {@code BasePasswordHasher}. Encoded passwords are
 * {@code <algorithm>$<...>}, exactly Django's strings, so hashes move both ways.
 *
 * <p>Built-ins: {@link Pbkdf2PasswordHasher} ({@code pbkdf2_sha256}, the default, and
 * {@code pbkdf2_sha1}), {@link Argon2PasswordHasher}, {@link BCryptPasswordHasher}
 * ({@code bcrypt_sha256} and {@code bcrypt}), {@link ScryptPasswordHasher} and, for tests only,
 * {@link Md5PasswordHasher}. List them in {@code PASSWORD_HASHERS} ({@code AuthSettings});
 * the first one hashes new passwords, all of them verify.
 */
public interface PasswordHasher {
    /** Characters of generated salts. */
    String SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** The name before the first {@code $}: {@code pbkdf2_sha256}. */
    String algorithm();

    /** The encoded hash of {@code password} with {@code salt}. */
    String encode(String password, String salt);

    /** True when {@code password} matches {@code encoded}; compares in constant time. */
    boolean verify(String password, String encoded);

    /** True when {@code encoded} was made with weaker parameters than this hasher's: rehash on login. */
    default boolean mustUpdate(String encoded) {
        return false;
    }

    /** A new random salt of 22 characters (128 bits), as Django's {@code salt()}. */
    default String salt() {
        return randomString(22);
    }

    /** Random characters of {@link #SALT_CHARS}. */
    static String randomString(int length) {
        SecureRandom random = Holder.RANDOM;
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(SALT_CHARS.charAt(random.nextInt(SALT_CHARS.length())));
        }
        return out.toString();
    }

    /** Constant-time string comparison (Django's {@code constant_time_compare}). */
    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Django's {@code must_update_salt}: fewer than 128 bits of entropy. */
    static boolean saltTooShort(String salt) {
        return salt.length() * (Math.log(SALT_CHARS.length()) / Math.log(2)) < 128;
    }

    /** The shared random source. */
    final class Holder {
        static final SecureRandom RANDOM = new SecureRandom();

        private Holder() {
        }
    }
}
