package dev.quintet.template.internal.filters;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code django.utils.timesince}: "4 days, 6 hours" between two dates, calendar-aware for
 * years and months, up to two adjacent units, no-break spaces inside each part.
 */
final class TimeSince {
    private TimeSince() {
    }

    private static final String[] NAMES = {"year", "month", "week", "day", "hour", "minute"};
    private static final long[] CHUNKS = {60L * 60 * 24 * 7, 60L * 60 * 24, 60L * 60, 60};
    private static final int[] MONTHS_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** A Python datetime: a wall time, plus the zone when aware. */
    private record Moment(LocalDateTime wall, ZoneId zone) {
    }

    private static Moment moment(Object v) {
        return switch (v) {
            case LocalDateTime dt -> new Moment(dt.truncatedTo(java.time.temporal.ChronoUnit.MICROS), null);
            case LocalDate d -> new Moment(d.atStartOfDay(), null);
            case ZonedDateTime z -> new Moment(z.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MICROS), z.getZone());
            case OffsetDateTime o -> new Moment(o.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MICROS), o.getOffset());
            case Instant i -> new Moment(LocalDateTime.ofInstant(i, ZoneOffset.UTC), ZoneOffset.UTC);
            case java.util.Date d -> new Moment(LocalDateTime.ofInstant(Instant.ofEpochMilli(d.getTime()),
                    ZoneOffset.UTC), ZoneOffset.UTC);
            default -> throw PyErr.attribute("'" + PyOps.typeName(v) + "' object has no attribute 'year'");
        };
    }

    /** {@code moment} expressed in {@code zone} (Python's {@code astimezone}). */
    private static LocalDateTime in(Moment m, ZoneId zone) {
        if (m.zone().equals(zone)) {
            return m.wall();
        }
        return m.wall().atZone(m.zone()).withZoneSameInstant(zone).toLocalDateTime();
    }

    /**
     * {@code timesince(d, now, reversed)}; {@code now == null} means the current time (in
     * {@code currentZone} for naive values, in {@code d}'s zone for aware ones).
     */
    static String timesince(Object dValue, Object nowValue, boolean reversed, ZoneId currentZone) {
        Moment d = moment(dValue);
        LocalDateTime dWall = d.wall();
        LocalDateTime nowWall;
        if (nowValue == null) {
            nowWall = d.zone() != null ? LocalDateTime.now(d.zone()) : LocalDateTime.now(currentZone);
        } else {
            Moment now = moment(nowValue);
            if ((now.zone() == null) != (d.zone() == null)) {
                throw PyErr.type("can't subtract offset-naive and offset-aware datetimes");
            }
            nowWall = d.zone() != null ? in(now, d.zone()) : now.wall();
        }
        if (reversed) {
            LocalDateTime t = dWall;
            dWall = nowWall;
            nowWall = t;
        }
        long deltaMicros = micros(dWall, nowWall);
        long since = Math.floorDiv(deltaMicros, 1_000_000L);
        if (since <= 0) {
            return part(0, "minute");
        }
        int totalMonths = (nowWall.getYear() - dWall.getYear()) * 12 + (nowWall.getMonthValue() - dWall.getMonthValue());
        if (dWall.getDayOfMonth() > nowWall.getDayOfMonth()
                || (dWall.getDayOfMonth() == nowWall.getDayOfMonth()
                && dWall.toLocalTime().isAfter(nowWall.toLocalTime()))) {
            totalMonths -= 1;
        }
        int years = Math.floorDiv(totalMonths, 12);
        int months = Math.floorMod(totalMonths, 12);
        LocalDateTime pivot;
        if (years != 0 || months != 0) {
            int pivotYear = dWall.getYear() + years;
            int pivotMonth = dWall.getMonthValue() + months;
            if (pivotMonth > 12) {
                pivotMonth -= 12;
                pivotYear += 1;
            }
            pivot = LocalDateTime.of(pivotYear, pivotMonth,
                    Math.min(MONTHS_DAYS[pivotMonth - 1], dWall.getDayOfMonth()),
                    dWall.getHour(), dWall.getMinute(), dWall.getSecond());
        } else {
            pivot = dWall;
        }
        double remaining = micros(pivot, nowWall) / 1e6;
        long[] partials = new long[6];
        partials[0] = years;
        partials[1] = months;
        for (int k = 0; k < CHUNKS.length; k++) {
            long count = (long) Math.floor(remaining / CHUNKS[k]);
            partials[2 + k] = count;
            remaining -= CHUNKS[k] * count;
        }
        int i = 0;
        while (i < partials.length && partials[i] == 0) {
            i++;
        }
        if (i == partials.length) {
            return part(0, "minute");
        }
        List<String> result = new ArrayList<>();
        int depth = 0;
        while (i < NAMES.length && depth < 2) {
            long value = partials[i];
            if (value == 0) {
                break;
            }
            result.add(part(value, NAMES[i]));
            depth++;
            i++;
        }
        return String.join(", ", result);
    }

    private static long micros(LocalDateTime from, LocalDateTime to) {
        Duration d = Duration.between(from, to);
        return d.getSeconds() * 1_000_000L + d.getNano() / 1000;
    }

    private static String part(long n, String name) {
        return n + "\u00a0" + name + (n == 1 ? "" : "s");
    }
}
