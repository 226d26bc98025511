package dev.quintet.utils;

import dev.quintet.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
            "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static final DateTimeFormatter RFC850 = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss 'GMT'",
            Locale.US);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.US);

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
        return IMF_FIXDATE.format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }

    /**
     * Seconds since the epoch of an HTTP date in any of the three formats RFC 9110 allows
     * (IMF-fixdate, RFC 850, asctime); {@code -1} when it is none of them (Django's
     * {@code parse_http_date_safe}).
     */
    public static long parseHttpDate(String value) {
        if (value == null) {
            return -1;
        }
        String v = value.strip();
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        } catch (DateTimeParseException ignored) {
            // try the obsolete formats
        }
        try {
            // The weekday is skipped: with a two-digit year it cannot be checked before the century is known.
            int comma = v.indexOf(", ");
            LocalDateTime t = LocalDateTime.parse(comma < 0 ? v : v.substring(comma + 2), RFC850);
            int year = t.getYear() % 100;
            // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
            int current = ZonedDateTime.now(ZoneOffset.UTC).getYear();
            int full = current / 100 * 100 + year;
            if (full > current + 50) {
                full -= 100;
            }
            return t.withYear(full).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try asctime
        }
        try {
            return LocalDateTime.parse(v, ASCTIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
