package dev.quintet.signing;

import dev.quintet.conf.Settings;
import dev.quintet.signing.internal.Codec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Signs strings with an HMAC so that they can travel through untrusted hands and come back
 * unchanged: Django's {@code django.core.signing.Signer}, byte for byte.
 *
 * <pre>{@code
 * Signer signer = new Signer(settings.secretKey(), "my.salt");
 * String signed = signer.sign("hello");          // "hello:<base64url HMAC-SHA256>"
 * signer.unsign(signed);                         // "hello", or BadSignature
 * }</pre>
 *
 * <p>The signature is {@code base64url(HMAC(sha256(salt + "signer" + key), value))} without
 * padding ({@link #saltedHmac}); verification accepts the key and every fallback key
 * ({@code SECRET_KEY_FALLBACKS}) and compares in constant time.
 */
public class Signer {
    /** Django's default salt, the class's Python path. */
    public static final String DEFAULT_SALT = "django.core.signing.Signer";

    private final String key;
    private final List<String> fallbackKeys;
    private final String sep;
    private final String salt;
    private final String algorithm;

    /** A signer with Django's defaults: separator {@code :}, SHA-256, no fallback keys. */
    public Signer(String key, String salt) {
        this(key, List.of(), ":", salt, "sha256");
    }

    /**
     * A signer with every option of Django's: {@code algorithm} is a hashlib name
     * ({@code sha256}, {@code sha1}, {@code sha512}...); {@code salt} null means {@link #DEFAULT_SALT}.
     */
    public Signer(String key, List<String> fallbackKeys, String sep, String salt, String algorithm) {
        this.key = Objects.requireNonNull(key, "key");
        this.fallbackKeys = List.copyOf(fallbackKeys);
        this.sep = Objects.requireNonNull(sep, "sep");
        if (Codec.isUnsafeSeparator(sep)) {
            throw new IllegalArgumentException("Unsafe Signer separator: '" + sep
                    + "' (cannot be empty or consist of only A-z0-9-_=)");
        }
        this.salt = salt == null || salt.isEmpty() ? DEFAULT_SALT : salt;
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /** A signer keyed by the settings' {@code SECRET_KEY} and {@code SECRET_KEY_FALLBACKS}. */
    public static Signer of(Settings settings, String salt) {
        return new Signer(settings.secretKey(), settings.secretKeyFallbacks(), ":", salt, "sha256");
    }

    /** Django's {@code salted_hmac}: HMAC of {@code value} under the key {@code hash(keySalt + secret)}. */
    public static byte[] saltedHmac(String keySalt, String value, String secret, String algorithm) {
        return saltedHmac(keySalt, value.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8), algorithm);
    }

    /** {@link #saltedHmac(String, String, String, String)} on bytes. */
    public static byte[] saltedHmac(String keySalt, byte[] value, byte[] secret, String algorithm) {
        return Codec.saltedHmac(keySalt.getBytes(StandardCharsets.UTF_8), value, secret, algorithm);
    }

    /** The signature of {@code value} with the main key. */
    public String signature(String value) {
        return signature(value, key);
    }

    /** The signature of {@code value} with {@code key}. */
    public String signature(String value, String key) {
        return Codec.b64Encode(saltedHmac(salt + "signer", value, key, algorithm));
    }

    /** {@code value + sep + signature}. */
    public String sign(String value) {
        return value + sep + signature(value);
    }

    /** The value, if its signature matches the key or a fallback key; else {@link BadSignature}. */
    public String unsign(String signedValue) {
        int at = signedValue.lastIndexOf(sep);
        if (at < 0) {
            throw new BadSignature("No \"" + sep + "\" found in value");
        }
        String value = signedValue.substring(0, at);
        String sig = signedValue.substring(at + sep.length());
        List<String> keys = new ArrayList<>(1 + fallbackKeys.size());
        keys.add(key);
        keys.addAll(fallbackKeys);
        byte[] given = sig.getBytes(StandardCharsets.UTF_8);
        for (String k : keys) {
            if (MessageDigest.isEqual(given, signature(value, k).getBytes(StandardCharsets.UTF_8))) {
                return value;
            }
        }
        throw new BadSignature("Signature \"" + sig + "\" does not match");
    }

    /**
     * Signs {@code obj} as compact JSON (Django's {@code sign_object}): base64url of the JSON,
     * zlib-compressed with a leading {@code .} when {@code compress} and it saves space.
     */
    public String signObject(Object obj, boolean compress) {
        return sign(Codec.encodeObject(obj, compress));
    }

    /** The object {@link #signObject} signed: maps, lists, strings, numbers, booleans, null. */
    public Object unsignObject(String signed) {
        return Codec.decodeObject(unsign(signed));
    }

    /** The separator. */
    public String sep() {
        return sep;
    }
}
