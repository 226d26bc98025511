package dev.quintet.http.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP dates as Django's {@code http_date} and {@code parse_http_date}: written as the IMF-fixdate
 * {@code Thu, 01 Jan 1970 00:00:00 GMT}, read in that form, RFC 850's
 * ({@code Thursday, 01-Jan-70 00:00:00 GMT}) or asctime's ({@code Thu Jan  1 00:00:00 1970}).
 */
public final class HttpDates {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final String TIME = "(?<hour>[0-9]{2}):(?<min>[0-9]{2}):(?<sec>[0-9]{2})";
    private static final List<Pattern> FORMATS = List.of(
            Pattern.compile("\\w{3}, (?<day>[0-9]{2}) (?<mon>\\w{3}) (?<year>[0-9]{4}) " + TIME + " GMT"),
            Pattern.compile("\\w{6,9}, (?<day>[0-9]{2})-(?<mon>\\w{3})-(?<year>[0-9]{2}) " + TIME + " GMT"),
            Pattern.compile("\\w{3} (?<mon>\\w{3}) (?<day>[ 0-9][0-9]) " + TIME + " (?<year>[0-9]{4})"));
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private HttpDates() {
    }

    /** The IMF-fixdate of {@code instant}, whole seconds. */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /**
     * Parses an HTTP date; a two-digit RFC 850 year more than 50 years ahead is taken as the
     * past century, as Django does.
     *
     * @throws IllegalArgumentException when {@code date} is not an HTTP date
     */
    public static Instant parse(String date) {
        Matcher m = null;
        for (Pattern p : FORMATS) {
            Matcher candidate = p.matcher(date);
            if (candidate.matches()) {
                m = candidate;
                break;
            }
        }
        if (m == null) {
            throw new IllegalArgumentException(PyRepr.of(date) + " is not in a valid HTTP date format");
        }
        try {
            int year = Integer.parseInt(m.group("year"));
            if (year < 100) {
                int current = LocalDateTime.now(ZoneOffset.UTC).getYear();
                int century = current - current % 100;
                year += year - current % 100 > 50 ? century - 100 : century;
            }
            int month = MONTHS.indexOf(m.group("mon").toLowerCase(Locale.ROOT)) + 1;
            return LocalDateTime.of(year, month, Integer.parseInt(m.group("day").strip()),
                    Integer.parseInt(m.group("hour")), Integer.parseInt(m.group("min")),
                    Integer.parseInt(m.group("sec"))).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(PyRepr.of(date) + " is not a valid date", e);
        }
    }

    /** {@link #parse}, or {@code null} when {@code date} is absent or not an HTTP date. */
    public static Instant parseOrNull(String date) {
        if (date == null) {
            return null;
        }
        try {
            return parse(date);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
