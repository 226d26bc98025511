package dev.quintet.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id: {@code argon2$argon2id$v=19$m=102400,t=2,p=8$<salt>$<hash>}, Django's
 * {@code Argon2PasswordHasher} with its parameters (time cost 2, memory 100 MiB, parallelism 8,
 * 32-byte hash); {@code argon2i} and {@code argon2d} hashes verify too. Hashes with other
 * parameters are rehashed on login.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private final int timeCost;
    private final int memoryCost;
    private final int parallelism;

    /** Django's parameters. */
    public Argon2PasswordHasher() {
        this(2, 102_400, 8);
    }

    /** Other parameters: time cost, memory in KiB, lanes. */
    public Argon2PasswordHasher(int timeCost, int memoryCost, int parallelism) {
        this.timeCost = timeCost;
        this.memoryCost = memoryCost;
        this.parallelism = parallelism;
    }

    @Override
    public String algorithm() {
        return "argon2";
    }

    @Override
    public String encode(String password, String salt) {
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        byte[] hash = hash(Argon2Parameters.ARGON2_id, timeCost, memoryCost, parallelism, saltBytes, 32, password);
        return "argon2$argon2id$v=19$m=" + memoryCost + ",t=" + timeCost + ",p=" + parallelism + "$"
                + B64.encodeToString(saltBytes) + "$" + B64.encodeToString(hash);
    }

    private static byte[] hash(int type, int t, int m, int p, byte[] salt, int length, String password) {
        Argon2Parameters params = new Argon2Parameters.Builder(type)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations(t).withMemoryAsKB(m).withParallelism(p).withSalt(salt).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[length];
        gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** The parts of an encoded hash; null when malformed. */
    private record Parsed(int type, String typeName, int m, int t, int p, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 6 || !parts[0].equals("argon2") || !parts[2].equals("v=19")) {
            return null;
        }
        int type = switch (parts[1]) {
            case "argon2id" -> Argon2Parameters.ARGON2_id;
            case "argon2i" -> Argon2Parameters.ARGON2_i;
            case "argon2d" -> Argon2Parameters.ARGON2_d;
            default -> -1;
        };
        if (type < 0) {
            return null;
        }
        int m = -1;
        int t = -1;
        int p = -1;
        try {
            for (String kv : parts[3].split(",")) {
                String[] pair = kv.split("=", 2);
                int v = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> m = v;
                    case "t" -> t = v;
                    case "p" -> p = v;
                    default -> {
                        return null;
                    }
                }
            }
            Base64.Decoder d = Base64.getDecoder();
            return m < 0 || t < 0 || p < 0 ? null : new Parsed(type, parts[1], m, t, p, d.decode(parts[4]), d.decode(parts[5]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    @Override
    public boolean verify(String password, String encoded) {
        Parsed h = parse(encoded);
        if (h == null) {
            return false;
        }
        byte[] computed = hash(h.type, h.t, h.m, h.p, h.salt, h.hash.length, password);
        return java.security.MessageDigest.isEqual(computed, h.hash);
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Parsed h = parse(encoded);
        return h == null || h.type != Argon2Parameters.ARGON2_id || h.t != timeCost || h.m != memoryCost
                || h.p != parallelism || h.hash.length != 32;
    }
}
