package dev.quintet.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * scrypt: {@code scrypt$<n>$<salt>$<r>$<p>$<base64 hash>}, Django's {@code ScryptPasswordHasher}
 * (n = 2^14, r = 8, p = 5, 64-byte hash). Other parameters are rehashed on login.
 */
public final class ScryptPasswordHasher implements PasswordHasher {
    private final int n;
    private final int r;
    private final int p;

    /** Django's parameters. */
    public ScryptPasswordHasher() {
        this(1 << 14, 8, 5);
    }

    /** Other parameters: work factor (a power of two), block size, parallelism. */
    public ScryptPasswordHasher(int n, int r, int p) {
        this.n = n;
        this.r = r;
        this.p = p;
    }

    @Override
    public String algorithm() {
        return "scrypt";
    }

    @Override
    public String encode(String password, String salt) {
        return encode(password, salt, n, r, p);
    }

    private static String encode(String password, String salt, int n, int r, int p) {
        if (salt.contains("$")) {
            throw new IllegalArgumentException("salt must not contain '$'");
        }
        byte[] hash = SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8),
                n, r, p, 64);
        return "scrypt$" + n + "$" + salt + "$" + r + "$" + p + "$" + Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 6 || !parts[0].equals("scrypt")) {
            return false;
        }
        try {
            String again = encode(password, parts[2], Integer.parseInt(parts[1]), Integer.parseInt(parts[3]),
                    Integer.parseInt(parts[4]));
            return PasswordHasher.constantTimeEquals(encoded, again);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean mustUpdate(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        return parts.length != 6 || !parts[1].equals(Integer.toString(n)) || !parts[3].equals(Integer.toString(r))
                || !parts[4].equals(Integer.toString(p)) || PasswordHasher.saltTooShort(parts[2]);
    }
}
