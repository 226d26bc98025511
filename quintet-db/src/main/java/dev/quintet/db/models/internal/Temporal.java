package dev.quintet.db.models.internal;

import dev.quintet.db.Timezone;
import dev.quintet.db.models.ValidationError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Coercions between the java.time types the ORM accepts; naive date-times go through {@link Timezone}. */
public final class Temporal {
    private Temporal() {
    }

    /** Any date-like value to a {@code LocalDate}. */
    public static LocalDate toDate(Object v) {
        return switch (v) {
            case null -> null;
            case LocalDate d -> d;
            case LocalDateTime dt -> dt.toLocalDate();
            case OffsetDateTime o -> o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            case ZonedDateTime z -> z.withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            case Instant i -> i.atOffset(ZoneOffset.UTC).toLocalDate();
            case String s -> {
                try {
                    yield LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    throw new ValidationError("“" + s + "” value has an invalid date format. It must be in YYYY-MM-DD format.");
                }
            }
            default -> throw new ValidationError("“" + v + "” value has an invalid date format. It must be in YYYY-MM-DD format.");
        };
    }

    /**
     * Any date-time-like value given to {@code field} to an {@code Instant}. Naive values (a {@code LocalDateTime},
     * a {@code LocalDate} taken at midnight, a string without offset) go through {@link Timezone#naive}: warned
     * about (or refused) while time zone support is active, and read in the default time zone.
     */
    public static Instant toInstant(Object v, Object field) {
        return switch (v) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case LocalDateTime dt -> Timezone.naive(field, dt);
            case LocalDate d -> Timezone.naive(field, d.atStartOfDay());
            case String s -> parseInstant(s, field);
            default -> throw badDateTime(v);
        };
    }

    /** A model's {@code LocalDateTime} Java field as an {@code Instant}: its declared type fixes the zone. */
    public static Instant fromField(LocalDateTime value) {
        return value.atZone(Timezone.fieldZone()).toInstant();
    }

    private static Instant parseInstant(String s, Object field) {
        String t = s.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Timezone.naive(field, LocalDateTime.parse(t));
            } catch (DateTimeParseException e2) {
                throw badDateTime(s);
            }
        }
    }

    private static ValidationError badDateTime(Object v) {
        return new ValidationError("“" + v + "” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.");
    }

    /** Any time-like value to a {@code LocalTime}. */
    public static LocalTime toTime(Object v) {
        return switch (v) {
            case null -> null;
            case LocalTime t -> t;
            case LocalDateTime dt -> dt.toLocalTime();
            case String s -> {
                try {
                    yield LocalTime.parse(s.strip());
                } catch (DateTimeParseException e) {
                    throw new ValidationError("“" + s + "” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.");
                }
            }
            default -> throw new ValidationError("“" + v + "” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.");
        };
    }

    /** Converts a canonical {@code Instant} to the Java type a model declares. */
    public static Object instantAs(Instant i, Class<?> type) {
        if (i == null || type.isAssignableFrom(Instant.class)) {
            return i;
        }
        if (type == OffsetDateTime.class) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (type == ZonedDateTime.class) {
            return i.atZone(ZoneOffset.UTC);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(i, Timezone.fieldZone());
        }
        return i;
    }
}
