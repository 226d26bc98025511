package dev.quintet.test.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The test client's cookies: set by {@code Set-Cookie} values, deleted by {@code Max-Age=0} or an
 * {@code Expires} in the past, sent back to paths under their {@code Path}. Domains are ignored:
 * the test client talks to one site.
 */
public final class CookieJar {
    private record Cookie(String name, String value, String path, Instant expires) {
    }

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private final Supplier<Instant> clock;

    public CookieJar(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** Stores (or deletes) the cookie one {@code Set-Cookie} value describes. */
    public void accept(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).trim();
        String value = unquote(parts[0].substring(eq + 1).trim());
        String path = "/";
        Instant expires = null;
        Long maxAge = null;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            int aeq = attribute.indexOf('=');
            String key = (aeq < 0 ? attribute : attribute.substring(0, aeq)).trim().toLowerCase(Locale.ROOT);
            String attributeValue = aeq < 0 ? "" : attribute.substring(aeq + 1).trim();
            switch (key) {
                case "path" -> path = attributeValue.startsWith("/") ? attributeValue : "/";
                case "max-age" -> maxAge = parseLong(attributeValue);
                case "expires" -> expires = parseDate(attributeValue);
                default -> {
                }
            }
        }
        if (maxAge != null) { // Max-Age wins over Expires (RFC 6265 5.3)
            expires = clock.get().plusSeconds(maxAge);
        }
        String key = name + "\u0000" + path;
        if (expires != null && !expires.isAfter(clock.get())) {
            cookies.remove(key);
        } else {
            cookies.put(key, new Cookie(name, value, path, expires));
        }
    }

    /** Sets a cookie by hand, for the whole site: Django's {@code client.cookies[name] = value}. */
    public void put(String name, String value) {
        cookies.put(name + "\u0000/", new Cookie(name, value, "/", null));
    }

    /** The {@code Cookie} header for a request to {@code path}, or {@code null} when none applies. */
    public String header(String path) {
        List<Cookie> matching = new ArrayList<>();
        Instant now = clock.get();
        for (Cookie cookie : cookies.values()) {
            if ((cookie.expires == null || cookie.expires.isAfter(now)) && pathMatches(cookie.path, path)) {
                matching.add(cookie);
            }
        }
        if (matching.isEmpty()) {
            return null;
        }
        matching.sort(Comparator.comparingInt((Cookie c) -> c.path.length()).reversed());
        StringBuilder header = new StringBuilder();
        for (Cookie cookie : matching) {
            if (!header.isEmpty()) {
                header.append("; ");
            }
            header.append(cookie.name).append('=').append(cookie.value);
        }
        return header.toString();
    }

    /** The live cookies by name (for the most specific path when a name repeats). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        Instant now = clock.get();
        for (Cookie cookie : cookies.values()) {
            if (cookie.expires == null || cookie.expires.isAfter(now)) {
                values.put(cookie.name, cookie.value);
            }
        }
        return values;
    }

    /** Forgets every cookie. */
    public void clear() {
        cookies.clear();
    }

    private static boolean pathMatches(String cookiePath, String requestPath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        return requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static Long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant parseDate(String value) {
        try {
            return ZonedDateTime.parse(value.replace('-', ' '), HTTP_DATE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code Wdy, DD Mon YYYY HH:MM:SS GMT}, dashes between the date parts tolerated. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.ROOT);
}
