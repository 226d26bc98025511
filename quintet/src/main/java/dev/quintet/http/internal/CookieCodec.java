package dev.quintet.http.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cookie encoding as Python's {@code http.cookies} does it and Django's {@code parse_cookie}.
 */
public final class CookieCodec {
    /** Characters a cookie key or an unquoted value may hold. */
    private static final String LEGAL =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:";
    /** Characters a quoted value holds as they are. */
    private static final String UNESCAPED = LEGAL + " ()/<=>?@[]{}";

    private CookieCodec() {
    }

    /** True when {@code key} is a legal cookie name (non-empty, legal characters only). */
    public static boolean isLegalKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (LEGAL.indexOf(key.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Python's {@code _quote}: a value of legal characters is kept, anything else is put in
     * double quotes with {@code "} and {@code \} backslash-escaped and other bytes outside the
     * printable ASCII range written as {@code \ooo} octal.
     */
    public static String quote(String value) {
        if (isLegalKey(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 256 && UNESCAPED.indexOf(c) < 0) {
                out.append('\\').append(String.format("%03o", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Python's {@code _unquote}: strips surrounding quotes and resolves {@code \ooo} and {@code \c}. */
    public static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        String inner = value.substring(1, value.length() - 1);
        StringBuilder out = new StringBuilder(inner.length());
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 == inner.length()) {
                out.append(c);
                i++;
            } else if (isOctal(inner, i + 1)) {
                out.append((char) Integer.parseInt(inner.substring(i + 1, i + 4), 8));
                i += 4;
            } else {
                out.append(inner.charAt(i + 1));
                i += 2;
            }
        }
        return out.toString();
    }

    private static boolean isOctal(String s, int at) {
        return at + 3 <= s.length()
                && s.charAt(at) >= '0' && s.charAt(at) <= '3'
                && s.charAt(at + 1) >= '0' && s.charAt(at + 1) <= '7'
                && s.charAt(at + 2) >= '0' && s.charAt(at + 2) <= '7';
    }

    /**
     * Django's {@code parse_cookie}: splits on {@code ;}, a chunk without {@code =} is a value with
     * an empty name, names and values are stripped, values unquoted; a later duplicate wins.
     */
    public static Map<String, String> parse(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        if (header == null) {
            return cookies;
        }
        for (String chunk : header.split(";", -1)) {
            int eq = chunk.indexOf('=');
            String key = eq < 0 ? "" : chunk.substring(0, eq);
            String val = eq < 0 ? chunk : chunk.substring(eq + 1);
            key = key.strip();
            val = val.strip();
            if (!key.isEmpty() || !val.isEmpty()) {
                cookies.put(key, unquote(val));
            }
        }
        return cookies;
    }
}
