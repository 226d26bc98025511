package dev.quintet.http.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** HTTP dates as Django's {@code http_date}: {@code Thu, 01 Jan 1970 00:00:00 GMT}. */
public final class HttpDates {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /** The IMF-fixdate of {@code instant}, whole seconds. */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
