package dev.quintet.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * PBKDF2: {@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>} (Django's default) or
 * {@code pbkdf2_sha1$...}. Django 6.0 uses 1,200,000 iterations ({@link #DEFAULT_ITERATIONS});
 * a hash with another count is rehashed on the next login.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {
    /** Django 6.0's iteration count. */
    public static final int DEFAULT_ITERATIONS = 1_200_000;

    private final String algorithm;
    private final int iterations;

    private Pbkdf2PasswordHasher(String algorithm, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.algorithm = algorithm;
        this.iterations = iterations;
    }

    /** {@code pbkdf2_sha256} with Django 6.0's iterations. */
    public static Pbkdf2PasswordHasher sha256() {
        return new Pbkdf2PasswordHasher("pbkdf2_sha256", DEFAULT_ITERATIONS);
    }

    /** {@code pbkdf2_sha1} with Django 6.0's iterations. */
    public static Pbkdf2PasswordHasher sha1() {
        return new Pbkdf2PasswordHasher("pbkdf2_sha1", DEFAULT_ITERATIONS);
    }

    /** This hasher with another iteration count (faster in tests, slower for more safety). */
    public Pbkdf2PasswordHasher withIterations(int count) {
        return new Pbkdf2PasswordHasher(algorithm, count);
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    /** The iteration count of new hashes. */
    public int iterations() {
        return iterations;
    }

    @Override
    public String encode(String password, String salt) {
        return encode(password, salt, iterations);
    }

    private String encode(String password, String salt, int count) {
        if (salt.contains("$")) {
            throw new IllegalArgumentException("salt must not contain '$'");
        }
        Digest digest = algorithm.equals("pbkdf2_sha1") ? new SHA1Digest() : new SHA256Digest();
        PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(digest);
        gen.init(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8), count);
        byte[] hash = ((KeyParameter) gen.generateDerivedParameters(digest.getDigestSize() * 8)).getKey();
        return algorithm + "$" + count + "$" + salt + "$" + Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(algorithm)) {
            return false;
        }
        int count;
        try {
            count = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        return PasswordHasher.constantTimeEquals(encoded, encode(password, parts[2], count));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        return parts.length != 4 || !parts[1].equals(Integer.toString(iterations)) || PasswordHasher.saltTooShort(parts[2]);
    }
}
