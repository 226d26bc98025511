package dev.quintet.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Salted MD5, {@code md5$<salt>$<hex>}: Django's {@code MD5PasswordHasher}. Insecure, and fast:
 * only for tests, where it keeps creating users cheap. Never in production.
 */
public final class Md5PasswordHasher implements PasswordHasher {
    @Override
    public String algorithm() {
        return "md5";
    }

    @Override
    public String encode(String password, String salt) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] hash = md5.digest((salt + password).getBytes(StandardCharsets.UTF_8));
            return "md5$" + salt + "$" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        return parts.length == 3 && parts[0].equals("md5")
                && PasswordHasher.constantTimeEquals(encoded, encode(password, parts[1]));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        return parts.length != 3 || PasswordHasher.saltTooShort(parts[1]);
    }
}
