package dev.quintet.http.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Django's {@code parse_header_parameters}: splits {@code text/html; charset="utf-8"} into the
 * lower-cased main value and its parameters. Quoted values are unquoted; RFC 2231 extended values
 * ({@code filename*=utf-8''na%C3%AFve.txt}) are decoded and win over the plain parameter.
 *
 * @param value the main value, lower case
 * @param params parameter names (lower case) to values
 */
public record HeaderParams(String value, Map<String, String> params) {
    public HeaderParams {
        params = Map.copyOf(params);
    }

    /** A parameter's value, or {@code null}. */
    public String param(String name) {
        return params.get(name);
    }

    /** True when {@code name} names a charset this JVM supports. */
    public static boolean isCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Parses a header value; {@code null} parses as "". */
    public static HeaderParams parse(String line) {
        if (line == null || line.isEmpty()) {
            return new HeaderParams("", Map.of());
        }
        Map<String, String> params = new LinkedHashMap<>();
        int end = nextSemicolon(line, 0);
        String main = line.substring(0, end).strip().toLowerCase(Locale.ROOT);
        Set<String> extended = new HashSet<>();
        while (end < line.length()) {
            int start = end + 1;
            end = nextSemicolon(line, start);
            String part = line.substring(start, end).strip();
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            boolean isExtended = name.endsWith("*");
            if (isExtended) {
                name = name.substring(0, name.length() - 1);
            }
            if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
                value = value.substring(1, value.length() - 1).replace("\\\\", "\\").replace("\\\"", "\"");
            }
            if (isExtended) {
                String decoded = decodeExtended(value);
                if (decoded != null) {
                    params.put(name, decoded);
                    extended.add(name);
                }
            } else if (!extended.contains(name)) {
                params.put(name, value);
            }
        }
        return new HeaderParams(main, params);
    }

    /** {@code charset'lang'percent-encoded}; {@code null} when it does not decode. */
    private static String decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return null;
        }
        Charset charset;
        try {
            String name = value.substring(0, first);
            charset = name.isEmpty() ? StandardCharsets.US_ASCII : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String encoded = value.substring(second + 1);
        // '+' is literal in RFC 2231 values, unlike query strings.
        return UrlCodec.unquotePlus(encoded.replace("+", "%2B"), charset);
    }

    /** The index of the next {@code ;} outside a quoted string, or the length. */
    private static int nextSemicolon(String s, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        return s.length();
    }
}
