package dev.quintet.signing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quintet.signing.BadSignature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The byte-level pieces of Django's signing: base64url, base 62, salted HMAC, the JSON serializer. */
public final class Codec {
    private static final String B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** Python's {@code json.dumps(obj, separators=(",", ":"))}: compact, non-ASCII escaped in lower-case hex. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private Codec() {
    }

    /** True for a separator Django refuses: empty or only base64url characters. */
    public static boolean isUnsafeSeparator(String sep) {
        return sep.isEmpty() || sep.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '=');
    }

    /** base64url without padding. */
    public static String b64Encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** base64url, padding optional. */
    public static byte[] b64Decode(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    /** Django's {@code b62_encode}. */
    public static String b62Encode(long n) {
        if (n == 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        boolean negative = n < 0;
        long v = Math.abs(n);
        while (v > 0) {
            out.append(B62.charAt((int) (v % 62)));
            v /= 62;
        }
        if (negative) {
            out.append('-');
        }
        return out.reverse().toString();
    }

    /** Django's {@code b62_decode}; {@link IllegalArgumentException} for foreign characters. */
    public static long b62Decode(String s) {
        if (s.equals("0")) {
            return 0;
        }
        int sign = 1;
        int start = 0;
        if (s.startsWith("-")) {
            sign = -1;
            start = 1;
        }
        if (s.length() == start) {
            throw new IllegalArgumentException("empty base62 number");
        }
        long n = 0;
        for (int i = start; i < s.length(); i++) {
            int d = B62.indexOf(s.charAt(i));
            if (d < 0) {
                throw new IllegalArgumentException("not base62: " + s);
            }
            n = Math.addExact(Math.multiplyExact(n, 62), d);
        }
        return sign * n;
    }

    /** Django's {@code salted_hmac}: {@code HMAC(hash(keySalt + secret), value)}. */
    public static byte[] saltedHmac(byte[] keySalt, byte[] value, byte[] secret, String algorithm) {
        String jca = jcaName(algorithm);
        try {
            MessageDigest digest = MessageDigest.getInstance(jca);
            digest.update(keySalt);
            digest.update(secret);
            byte[] key = digest.digest();
            String macName = "Hmac" + jca.replace("-", "");
            Mac mac = Mac.getInstance(macName);
            mac.init(new SecretKeySpec(key, macName));
            return mac.doFinal(value);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalArgumentException("unsupported algorithm " + algorithm, e);
        }
    }

    /** Java's name of a hashlib algorithm name ({@code sha256} is {@code SHA-256}). */
    public static String jcaName(String algorithm) {
        return switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            case "md5" -> "MD5";
            default -> throw new IllegalArgumentException("unsupported algorithm " + algorithm);
        };
    }

    /** Compact JSON as Python writes it, as bytes. */
    public static byte[] toJson(Object obj) {
        try {
            return JSON.writeValueAsBytes(obj);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + obj.getClass().getName() + " as JSON", e);
        }
    }

    /** Parses JSON bytes into maps, lists and scalars. */
    public static Object fromJson(byte[] json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (java.io.IOException e) {
            throw new BadSignature("Signed value is not valid JSON", e);
        }
    }

    /** Django's {@code sign_object} payload before signing. */
    public static String encodeObject(Object obj, boolean compress) {
        byte[] data = toJson(obj);
        if (compress) {
            byte[] compressed = zlib(data);
            if (compressed.length < data.length - 1) {
                return "." + b64Encode(compressed);
            }
        }
        return b64Encode(data);
    }

    /** Django's {@code unsign_object} after verification. */
    public static Object decodeObject(String base64d) {
        boolean decompress = base64d.startsWith(".");
        try {
            byte[] data = b64Decode(decompress ? base64d.substring(1) : base64d);
            return fromJson(decompress ? unzlib(data) : data);
        } catch (IllegalArgumentException e) {
            throw new BadSignature("Signed value is not valid base64", e);
        }
    }

    private static byte[] zlib(byte[] data) {
        Deflater deflater = new Deflater(6);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            byte[] buf = new byte[4096];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] unzlib(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new BadSignature("Signed value is truncated zlib data");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new BadSignature("Signed value is not valid zlib data", e);
        } finally {
            inflater.end();
        }
    }

    /** UTF-8 bytes. */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
