package dev.quintet.http.internal;

import dev.quintet.http.BadRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as Python's {@code urllib.parse} does it ({@code quote}, {@code quote_plus},
 * {@code unquote_plus}) and Django's {@code iri_to_uri} / {@code escape_uri_path}, except that
 * decoding is strict: a bad escape or bytes that are not valid in the charset raise
 * {@link BadRequest}.
 */
public final class UrlCodec {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String ALWAYS_SAFE =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

    private UrlCodec() {
    }

    /**
     * Decodes one query-string component: {@code +} is a space, {@code %XX} a byte, other
     * characters stand for themselves (their UTF-8 bytes); the bytes are then decoded strictly.
     */
    public static String unquotePlus(String s, Charset charset) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
                i++;
            } else if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    String bad = s.substring(i, Math.min(s.length(), i + 3));
                    throw new BadRequest("Invalid percent-encoding '" + bad + "' in query data.");
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            } else if (c < 0x80) {
                bytes.write(c);
                i++;
            } else {
                int cp = s.codePointAt(i);
                byte[] encoded = Character.toString(cp).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(cp);
            }
        }
        return decode(bytes.toByteArray(), charset, "query data");
    }

    /** Decodes {@code bytes} strictly, raising {@link BadRequest} naming {@code what}. */
    public static String decode(byte[] bytes, Charset charset, String what) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("Invalid " + charset.name() + " in " + what + ".", e);
        }
    }

    /** Python's {@code quote(s, safe)}: UTF-8 bytes, unreserved and {@code safe} kept. */
    public static String quote(String s, String safe) {
        return encode(s, safe, false);
    }

    /** Python's {@code quote_plus(s)}: as {@code quote(s, "")} but spaces become {@code +}. */
    public static String quotePlus(String s) {
        return encode(s, "", true);
    }

    /** Django's {@code iri_to_uri}: escapes what is not allowed in a URI, keeping {@code %}. */
    public static String iriToUri(String iri) {
        return quote(iri, "/#%[]=:;$&()+,!?*@'~");
    }

    /** Django's {@code escape_uri_path}: escapes a path for use in a URI. */
    public static String escapeUriPath(String path) {
        return quote(path, "/:@&+$,-_.!~*'()");
    }

    private static String encode(String s, String safe, boolean plus) {
        int i = 0;
        while (i < s.length() && isSafe(s.charAt(i), safe)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        byte[] bytes = s.substring(i).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x80 && isSafe((char) c, safe)) {
                out.append((char) c);
            } else if (plus && c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isSafe(char c, String safe) {
        return c < 0x80 && (ALWAYS_SAFE.indexOf(c) >= 0 || safe.indexOf(c) >= 0);
    }
}
