package dev.quintet.views.internal;

import dev.quintet.http.Http404;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates of the date-based views: URL parsing with Django's formats and period arithmetic. */
public final class DatePeriods {
    private DatePeriods() {
    }

    /** The periods a date list or a navigation link steps by. */
    public enum Period {
        /** A calendar year. */
        YEAR,
        /** A calendar month. */
        MONTH,
        /** A day. */
        DAY;

        /** The first day of the period holding {@code date}. */
        public LocalDate start(LocalDate date) {
            return switch (this) {
                case YEAR -> date.withDayOfYear(1);
                case MONTH -> date.withDayOfMonth(1);
                case DAY -> date;
            };
        }

        /** The first day of the next period. */
        public LocalDate next(LocalDate start) {
            return switch (this) {
                case YEAR -> start.plusYears(1);
                case MONTH -> start.plusMonths(1);
                case DAY -> start.plusDays(1);
            };
        }

        /** The first day of the previous period. */
        public LocalDate previous(LocalDate start) {
            return switch (this) {
                case YEAR -> start.minusYears(1);
                case MONTH -> start.minusMonths(1);
                case DAY -> start.minusDays(1);
            };
        }
    }

    /** The URL's year ({@code %Y}). */
    public static int year(Object value) {
        try {
            return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new Http404("Invalid date string '" + value + "' given format '%Y'");
        }
    }

    /** The URL's month in {@code format}: {@code %b} (jan…dec, any case) or {@code %m} (01…12). */
    public static int month(Object value, String format) {
        String text = String.valueOf(value);
        if (format.equals("%m") || value instanceof Number) {
            try {
                int m = value instanceof Number n ? n.intValue() : Integer.parseInt(text);
                if (m >= 1 && m <= 12) {
                    return m;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        } else {
            for (java.time.Month m : java.time.Month.values()) {
                if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(text)) {
                    return m.getValue();
                }
            }
        }
        throw new Http404("Invalid date string '" + text + "' given format '" + format + "'");
    }

    /** The URL's day ({@code %d}). */
    public static int day(Object value) {
        try {
            int d = value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value));
            if (d >= 1 && d <= 31) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Http404("Invalid date string '" + value + "' given format '%d'");
    }

    /** The date, or 404 for an impossible one (February 30th). */
    public static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            throw new Http404("Invalid date string '" + year + "-" + month + "-" + day + "'");
        }
    }

    /**
     * The lookup value for the start of {@code date}: the date itself for a date field, the instant
     * the day starts in {@code zone} for a date-time field.
     */
    public static Object bound(LocalDate date, boolean dateTime, ZoneId zone) {
        return dateTime ? date.atStartOfDay(zone).toInstant() : date;
    }

    /** A field value as a date in {@code zone}. */
    public static LocalDate toDate(Object value, ZoneId zone) {
        return switch (value) {
            case LocalDate d -> d;
            case Instant i -> i.atZone(zone).toLocalDate();
            case LocalDateTime t -> t.atZone(ZoneId.of("UTC")).withZoneSameInstant(zone).toLocalDate();
            case OffsetDateTime t -> t.atZoneSameInstant(zone).toLocalDate();
            case ZonedDateTime t -> t.withZoneSameInstant(zone).toLocalDate();
            default -> throw new IllegalArgumentException("Not a date: " + value);
        };
    }
}
