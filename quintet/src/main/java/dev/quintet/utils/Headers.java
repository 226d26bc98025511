package dev.quintet.utils;

import dev.quintet.http.HttpResponse;
import dev.quintet.http.internal.HttpDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Helpers for HTTP header values used by the middleware and views: Django's
 * {@code patch_vary_headers} and {@code http_date}/{@code parse_http_date}.
 *
 * <pre>{@code
 * Headers.patchVaryHeaders(response, "Accept-Encoding", "Cookie");   // Vary: Accept-Encoding, Cookie
 * long seconds = Headers.parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");   // 784111777
 * }</pre>
 */
public final class Headers {
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private Headers() {
    }

    /** Splits a comma-separated header value, items stripped, empty items dropped. */
    public static List<String> splitCommaList(String value) {
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        for (String item : COMMA.split(value.strip())) {
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * Adds {@code newHeaders} to the response's {@code Vary} header, keeping the existing order,
     * skipping names already there (case-insensitively); a {@code *} anywhere makes it {@code Vary: *}.
     */
    public static void patchVaryHeaders(HttpResponse response, String... newHeaders) {
        List<String> vary = splitCommaList(response.header("Vary"));
        Set<String> existing = new HashSet<>();
        for (String name : vary) {
            existing.add(name.toLowerCase(Locale.ROOT));
        }
        for (String name : newHeaders) {
            if (existing.add(name.toLowerCase(Locale.ROOT))) {
                vary.add(name);
            }
        }
        response.setHeader("Vary", vary.contains("*") ? "*" : String.join(", ", vary));
    }

    /** True when the response's {@code Vary} header names {@code header} (case-insensitively). */
    public static boolean hasVaryHeader(HttpResponse response, String header) {
        for (String name : splitCommaList(response.header("Vary"))) {
            if (name.equalsIgnoreCase(header)) {
                return true;
            }
        }
        return false;
    }

    /** An HTTP date ({@code Sun, 06 Nov 1994 08:49:37 GMT}) for seconds since the epoch. */
    public static String httpDate(long epochSeconds) {
        return HttpDates.format(Instant.ofEpochSecond(epochSeconds));
    }

    /**
     * Seconds since the epoch of an HTTP date in any of the three formats RFC 9110 allows
     * (IMF-fixdate, RFC 850, asctime); {@code -1} when it is none of them (Django's
     * {@code parse_http_date_safe}).
     */
    public static long parseHttpDate(String value) {
        Instant instant = HttpDates.parseOrNull(value == null ? null : value.strip());
        return instant == null ? -1 : instant.getEpochSecond();
    }
}
