package dev.quintet.template.internal.filters;

import dev.quintet.template.internal.Py;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code django.utils.dateformat} (PHP-style date formatting, English names) on
 * {@code java.time} values, plus the {@code date} and {@code time} filters built on it.
 *
 * <p>Python's types map to Java's: {@code datetime.date} is {@link LocalDate}; a naive
 * {@code datetime} is {@link LocalDateTime}; an aware one is {@link ZonedDateTime} or
 * {@link OffsetDateTime} ({@link Instant} and {@link java.util.Date} are taken as aware and shown in
 * the given zone); {@code datetime.time} is {@link LocalTime}.
 *
 * <pre>{@code
 * DateFormat.format(LocalDate.of(2003, 10, 7), "jS F Y", ZoneId.of("UTC"))  // "7th October 2003"
 * }</pre>
 */
public final class DateFormat {
    private DateFormat() {
    }

    /** The English locale's named formats ({@code get_format}). */
    private static final Map<String, Object> NAMED_FORMATS = Map.ofEntries(
            Map.entry("DATE_FORMAT", "N j, Y"),
            Map.entry("TIME_FORMAT", "P"),
            Map.entry("DATETIME_FORMAT", "N j, Y, P"),
            Map.entry("YEAR_MONTH_FORMAT", "F Y"),
            Map.entry("MONTH_DAY_FORMAT", "F j"),
            Map.entry("SHORT_DATE_FORMAT", "m/d/Y"),
            Map.entry("SHORT_DATETIME_FORMAT", "m/d/Y P"),
            Map.entry("FIRST_DAY_OF_WEEK", 0),
            Map.entry("DECIMAL_SEPARATOR", "."),
            Map.entry("THOUSAND_SEPARATOR", ","),
            Map.entry("NUMBER_GROUPING", 3));

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_3 = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};
    private static final String[] MONTHS_AP = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec."};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] WEEKDAYS_ABBR = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private static final String FORMAT_CHARS = "aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTUuwWyYzZ";
    /** {@code TimeFormat}'s specifiers; a {@code date} given one of these is a TypeError. */
    private static final String TIME_CHARS = "aAefgGhHiOPsTuZ";
    private static final Pattern ESCAPED = Pattern.compile("\\\\(.)", Pattern.UNIX_LINES);
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    /** Raised where Django's formatter raises AttributeError (the value lacks a field). */
    private static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Missing() {
            super(null, null, false, false);
        }
    }

    /** A Python date, datetime or time. */
    private record Data(LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone) {
        boolean isDate() {
            return time == null;
        }

        boolean isTime() {
            return date == null;
        }

        boolean isDateTime() {
            return date != null && time != null;
        }

        boolean aware() {
            return zone != null;
        }

        LocalDate d() {
            if (date == null) {
                throw new Missing();
            }
            return date;
        }

        LocalTime t() {
            if (time == null) {
                throw new Missing();
            }
            return time;
        }
    }

    private static Data toData(Object value, ZoneId zone) {
        if (zone == null) {
            zone = ZoneOffset.UTC;
        }
        return switch (value) {
            case LocalDate d -> new Data(d, null, null, null);
            case LocalDateTime dt -> new Data(dt.toLocalDate(), dt.toLocalTime(), null, null);
            case LocalTime t -> new Data(null, t, null, null);
            case ZonedDateTime z -> new Data(z.toLocalDate(), z.toLocalTime(), z.getOffset(), z.getZone());
            case OffsetDateTime o -> new Data(o.toLocalDate(), o.toLocalTime(), o.getOffset(), o.getOffset());
            case Instant i -> toData(i.atZone(zone), zone);
            case java.util.Date d -> toData(Instant.ofEpochMilli(d.getTime()).atZone(zone), zone);
            default -> null;
        };
    }

    /**
     * Formats {@code value} as Django's {@code date} filter does: {@code format} is a format string
     * or the name of one ({@code "DATE_FORMAT"}, {@code "SHORT_DATETIME_FORMAT"}...); {@code null}
     * means {@code DATE_FORMAT}. {@code zone} is the current time zone: naive date-times are taken
     * to be in it (for {@code e I O T U Z r}), and {@link Instant}s are shown in it. Returns ""
     * when the value is not a date or lacks a field the format asks for; a {@link LocalDate} asked
     * for a time field is an error, as in Django.
     */
    public static String format(Object value, String format, ZoneId zone) {
        if (zone == null) {
            zone = ZoneOffset.UTC;
        }
        if (value == null || (value instanceof CharSequence cs && cs.isEmpty())) {
            return "";
        }
        String fmt = resolve(format, "DATE_FORMAT");
        try {
            return formatWith(value, fmt, zone, false);
        } catch (Missing e) {
            return "";
        }
    }

    /** Formats {@code value} as Django's {@code time} filter does ({@code null} format: {@code TIME_FORMAT}). */
    public static String timeFormat(Object value, String format, ZoneId zone) {
        if (zone == null) {
            zone = ZoneOffset.UTC;
        }
        if (value == null || (value instanceof CharSequence cs && cs.isEmpty())) {
            return "";
        }
        String fmt = resolve(format, "TIME_FORMAT");
        try {
            return formatWith(value, fmt, zone, true);
        } catch (Missing | PyErr e) {
            return "";
        }
    }

    private static String resolve(String format, String fallback) {
        String name = format == null || format.isEmpty() ? fallback : format;
        Object named = NAMED_FORMATS.get(name);
        return named == null ? name : Py.str(named);
    }

    private static String formatWith(Object value, String fmt, ZoneId zone, boolean timeOnly) {
        Data data = toData(value, zone);
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            boolean spec = FORMAT_CHARS.indexOf(c) >= 0 && (i == 0 || fmt.charAt(i - 1) != '\\');
            if (!spec) {
                literal.append(c);
                continue;
            }
            if (!literal.isEmpty()) {
                out.append(ESCAPED.matcher(literal).replaceAll(m -> Matcher.quoteReplacement(m.group(1))));
                literal.setLength(0);
            }
            if (data != null && data.isDate() && TIME_CHARS.indexOf(c) >= 0) {
                throw PyErr.type("The format for date objects may not contain time-related format specifiers (found '"
                        + c + "').");
            }
            if (timeOnly && TIME_CHARS.indexOf(c) < 0) {
                throw new Missing(); // TimeFormat has no such method
            }
            if (data == null) {
                // not a date: only the time zone specifiers, which find no time zone, get through
                if ("eOTZI".indexOf(c) >= 0) {
                    continue;
                }
                if (c == 'r' || c == 'U') {
                    throw PyErr.type("combine() argument 1 must be datetime.date, not " + PyOps.typeName(value));
                }
                throw new Missing();
            }
            out.append(specifier(c, data, zone));
        }
        if (!literal.isEmpty()) {
            out.append(ESCAPED.matcher(literal).replaceAll(m -> Matcher.quoteReplacement(m.group(1))));
        }
        return out.toString();
    }

    /**
     * The time zone Django's TimeFormat uses for {@code e I O T Z}: a datetime's own, or the
     * current one for a naive datetime; none for dates, times, or wall times that are ambiguous or
     * do not exist in the zone.
     */
    private static ZoneId timezone(Data data, ZoneId defaultZone) {
        if (!data.isDateTime()) {
            return null;
        }
        ZoneId tz = data.aware() ? data.zone() : defaultZone;
        if (tz instanceof ZoneOffset) {
            return tz;
        }
        ZoneRules rules = tz.getRules();
        if (rules.getValidOffsets(LocalDateTime.of(data.date(), data.time())).size() != 1) {
            return null;
        }
        return tz;
    }

    private static ZoneOffset offsetIn(Data data, ZoneId tz) {
        if (data.aware()) {
            return data.offset();
        }
        return tz.getRules().getOffset(LocalDateTime.of(data.date(), data.time()));
    }

    /** Python's {@code tzname()}: "UTC", "UTC+02:00" for fixed offsets; the abbreviation for a region. */
    private static String tzname(ZoneId tz, Data data) {
        if (tz instanceof ZoneOffset offset) {
            if (offset.getTotalSeconds() == 0) {
                return "UTC";
            }
            return "UTC" + isoOffset(offset);
        }
        if (tz.getId().equals("UTC") || tz.getId().equals("Etc/UTC")) {
            return "UTC";
        }
        ZonedDateTime at = LocalDateTime.of(data.date(), data.time()).atZone(tz);
        return ZONE_ABBREVIATION.format(at);
    }

    private static String specifier(char c, Data data, ZoneId zone) {
        return switch (c) {
            case 'a' -> data.t().getHour() > 11 ? "p.m." : "a.m.";
            case 'A' -> data.t().getHour() > 11 ? "PM" : "AM";
            case 'e' -> {
                ZoneId tz = timezone(data, zone);
                if (tz == null || !data.aware()) {
                    yield "";
                }
                yield tzname(data.zone(), data);
            }
            case 'f' -> {
                int hour = data.t().getHour() % 12 == 0 ? 12 : data.t().getHour() % 12;
                int minute = data.t().getMinute();
                yield minute != 0 ? String.format("%d:%02d", hour, minute) : Integer.toString(hour);
            }
            case 'g' -> Integer.toString(data.t().getHour() % 12 == 0 ? 12 : data.t().getHour() % 12);
            case 'G' -> Integer.toString(data.t().getHour());
            case 'h' -> String.format("%02d", data.t().getHour() % 12 == 0 ? 12 : data.t().getHour() % 12);
            case 'H' -> String.format("%02d", data.t().getHour());
            case 'i' -> String.format("%02d", data.t().getMinute());
            case 'O' -> {
                ZoneId tz = timezone(data, zone);
                if (tz == null) {
                    yield "";
                }
                int seconds = offsetIn(data, tz).getTotalSeconds();
                String sign = seconds < 0 ? "-" : "+";
                seconds = Math.abs(seconds);
                yield String.format("%s%02d%02d", sign, seconds / 3600, (seconds / 60) % 60);
            }
            case 'P' -> {
                LocalTime t = data.t();
                if (t.getMinute() == 0 && t.getHour() == 0) {
                    yield "midnight";
                }
                if (t.getMinute() == 0 && t.getHour() == 12) {
                    yield "noon";
                }
                yield specifier('f', data, zone) + " " + specifier('a', data, zone);
            }
            case 's' -> String.format("%02d", data.t().getSecond());
            case 'T' -> {
                ZoneId tz = timezone(data, zone);
                yield tz == null ? "" : tzname(tz, data);
            }
            case 'u' -> String.format("%06d", data.t().getNano() / 1000);
            case 'Z' -> {
                ZoneId tz = timezone(data, zone);
                yield tz == null ? "" : Integer.toString(offsetIn(data, tz).getTotalSeconds());
            }
            case 'b' -> MONTHS_3[data.d().getMonthValue() - 1];
            case 'c' -> iso(data);
            case 'd' -> String.format("%02d", data.d().getDayOfMonth());
            case 'D' -> WEEKDAYS_ABBR[data.d().getDayOfWeek().getValue() - 1];
            case 'E', 'F' -> MONTHS[data.d().getMonthValue() - 1];
            case 'I' -> {
                ZoneId tz = timezone(data, zone);
                if (tz == null) {
                    yield "";
                }
                if (tz instanceof ZoneOffset) {
                    yield "0";
                }
                Instant instant = LocalDateTime.of(data.date(), data.time()).atOffset(offsetIn(data, tz)).toInstant();
                yield tz.getRules().isDaylightSavings(instant) ? "1" : "0";
            }
            case 'j' -> Integer.toString(data.d().getDayOfMonth());
            case 'l' -> WEEKDAYS[data.d().getDayOfWeek().getValue() - 1];
            case 'L' -> data.d().isLeapYear() ? "True" : "False";
            case 'm' -> String.format("%02d", data.d().getMonthValue());
            case 'M' -> {
                String m = MONTHS_3[data.d().getMonthValue() - 1];
                yield Character.toUpperCase(m.charAt(0)) + m.substring(1);
            }
            case 'n' -> Integer.toString(data.d().getMonthValue());
            case 'N' -> MONTHS_AP[data.d().getMonthValue() - 1];
            case 'o' -> Integer.toString(data.d().get(IsoFields.WEEK_BASED_YEAR));
            case 'r' -> rfc5322(data, zone);
            case 'S' -> {
                int day = data.d().getDayOfMonth();
                if (day == 11 || day == 12 || day == 13) {
                    yield "th";
                }
                yield switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
            }
            case 't' -> Integer.toString(data.d().lengthOfMonth());
            case 'U' -> {
                if (data.isTime()) {
                    throw PyErr.type("combine() argument 1 must be datetime.date, not datetime.time");
                }
                LocalDate d = data.d();
                LocalDateTime dt = data.time() == null ? d.atStartOfDay() : LocalDateTime.of(d, data.time());
                long epoch = data.aware() ? dt.toEpochSecond(data.offset()) : dt.atZone(zone).toEpochSecond();
                yield Long.toString(epoch);
            }
            case 'w' -> Integer.toString(data.d().getDayOfWeek().getValue() % 7);
            case 'W' -> Integer.toString(data.d().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'y' -> String.format("%02d", data.d().getYear() % 100);
            case 'Y' -> String.format("%04d", data.d().getYear());
            case 'z' -> Integer.toString(data.d().getDayOfYear());
            default -> throw new IllegalStateException("unknown format character " + c);
        };
    }

    /** Python's {@code isoformat()} of the date, datetime or time. */
    private static String iso(Data data) {
        if (data.isDate()) {
            return data.date().toString();
        }
        if (data.isTime()) {
            return isoTime(data.time());
        }
        String s = data.date() + "T" + isoTime(data.time());
        return data.aware() ? s + isoOffset(data.offset()) : s;
    }

    /** Python's {@code time.isoformat()}: {@code HH:MM:SS[.ffffff]}. */
    static String isoTime(LocalTime t) {
        String s = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? s : s + String.format(".%06d", micros);
    }

    /** Python's offset in {@code isoformat()}: {@code +HH:MM}, seconds only when present. */
    static String isoOffset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        String sign = total < 0 ? "-" : "+";
        total = Math.abs(total);
        String s = String.format("%s%02d:%02d", sign, total / 3600, (total / 60) % 60);
        return total % 60 == 0 ? s : s + String.format(":%02d", total % 60);
    }

    /** {@code email.utils.format_datetime}: {@code Thu, 21 Dec 2000 16:01:07 +0200}. */
    private static String rfc5322(Data data, ZoneId zone) {
        LocalDate d = data.d();
        if (data.isTime()) {
            throw PyErr.type("combine() argument 1 must be datetime.date, not datetime.time");
        }
        LocalTime t = data.time() == null ? LocalTime.MIDNIGHT : data.time();
        ZoneOffset offset;
        if (data.aware()) {
            offset = data.offset();
        } else {
            offset = zone.getRules().getOffset(LocalDateTime.of(d, t));
        }
        int seconds = offset.getTotalSeconds();
        String sign = seconds < 0 ? "-" : "+";
        seconds = Math.abs(seconds);
        String tz = String.format("%s%02d%02d", sign, seconds / 3600, (seconds / 60) % 60);
        if (seconds % 60 != 0) {
            tz += String.format("%02d", seconds % 60);
        }
        DayOfWeek dow = d.getDayOfWeek();
        return String.format("%s, %02d %s %04d %02d:%02d:%02d %s",
                dow.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), d.getDayOfMonth(),
                d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), d.getYear(),
                t.getHour(), t.getMinute(), t.getSecond(), tz);
    }
}
