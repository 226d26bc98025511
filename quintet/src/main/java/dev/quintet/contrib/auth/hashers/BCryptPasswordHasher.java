package dev.quintet.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt: {@code bcrypt_sha256$$2b$12$...} (Django's {@code BCryptSHA256PasswordHasher}: the
 * password is first SHA-256'd and hex-encoded, so long passwords are not cut at 72 bytes) or
 * plain {@code bcrypt$$2b$12$...}. 12 rounds; other round counts are rehashed on login.
 */
public final class BCryptPasswordHasher implements PasswordHasher {
    private final boolean sha256;
    private final int rounds;

    private BCryptPasswordHasher(boolean sha256, int rounds) {
        this.sha256 = sha256;
        this.rounds = rounds;
    }

    /** {@code bcrypt_sha256}, 12 rounds. */
    public static BCryptPasswordHasher sha256() {
        return new BCryptPasswordHasher(true, 12);
    }

    /** Plain {@code bcrypt}, 12 rounds. */
    public static BCryptPasswordHasher plain() {
        return new BCryptPasswordHasher(false, 12);
    }

    /** This hasher with another cost (4 to 31). */
    public BCryptPasswordHasher withRounds(int count) {
        return new BCryptPasswordHasher(sha256, count);
    }

    @Override
    public String algorithm() {
        return sha256 ? "bcrypt_sha256" : "bcrypt";
    }

    private byte[] prepared(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (!sha256) {
            return bytes;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** bcrypt makes its own 16-byte salt; {@code salt} is ignored as in Django, which passes bcrypt's. */
    @Override
    public String encode(String password, String salt) {
        byte[] raw = new byte[16];
        PasswordHasher.Holder.RANDOM.nextBytes(raw);
        return algorithm() + "$" + OpenBSDBCrypt.generate("2b", prepared(password), raw, rounds);
    }

    @Override
    public boolean verify(String password, String encoded) {
        String prefix = algorithm() + "$";
        if (!encoded.startsWith(prefix)) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(encoded.substring(prefix.length()), prepared(password));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean mustUpdate(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        // bcrypt_sha256 $ "" $ 2b $ 12 $ salt+hash
        return parts.length != 5 || !parts[3].equals(String.format("%02d", rounds));
    }
}
