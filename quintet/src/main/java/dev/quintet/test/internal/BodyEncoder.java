package dev.quintet.test.internal;

import dev.quintet.test.TestFile;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Encodes test-client data: query strings and {@code application/x-www-form-urlencoded} bodies
 * (UTF-8, {@code +} for spaces, as Django's {@code urlencode}), and {@code multipart/form-data}
 * bodies with files.
 */
public final class BodyEncoder {
    /** The boundary of multipart bodies the client sends. */
    public static final String BOUNDARY = "QuintetBoundary7MA4YWxkTrZu0gW";
    public static final String MULTIPART_CONTENT = "multipart/form-data; boundary=" + BOUNDARY;

    private BodyEncoder() {
    }

    /** {@code a=1&b=x+y}; a collection or array value repeats the key. */
    public static String urlencode(Map<String, ?> data) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ?> entry : data.entrySet()) {
            for (Object value : values(entry.getValue())) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** True when some value is a file (so the body must be multipart). */
    public static boolean hasFiles(Map<String, ?> data) {
        for (Object value : data.values()) {
            for (Object item : values(value)) {
                if (item instanceof TestFile) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A {@code multipart/form-data} body delimited by {@link #BOUNDARY}. */
    public static byte[] multipart(Map<String, ?> data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, ?> entry : data.entrySet()) {
            String name = quote(entry.getKey());
            for (Object value : values(entry.getValue())) {
                ascii(out, "--" + BOUNDARY + "\r\n");
                if (value instanceof TestFile file) {
                    utf8(out, "Content-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + quote(file.filename()) + "\"\r\n");
                    ascii(out, "Content-Type: " + file.contentType() + "\r\n\r\n");
                    out.writeBytes(file.content());
                } else {
                    utf8(out, "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
                    utf8(out, String.valueOf(value));
                }
                ascii(out, "\r\n");
            }
        }
        ascii(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static List<?> values(Object value) {
        if (value instanceof Collection<?> collection) {
            return List.copyOf(collection);
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        return List.of(value == null ? "" : value);
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void utf8(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
