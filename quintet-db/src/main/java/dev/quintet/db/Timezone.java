package dev.quintet.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Time zones for the ORM: Django's {@code USE_TZ}, {@code TIME_ZONE} and {@code django.utils.timezone}.
 *
 * <p>With {@code useTz} on (the default) date-times are points in time ({@link Instant}), stored in UTC on every
 * back end. A naive {@link LocalDateTime} given to a {@code DateTimeField} (in {@code filter}, {@code update},
 * {@code create}, a {@code Value}) has no zone: as Django, Quintet logs a warning on {@code dev.quintet.db.timezone}
 * ("DateTimeField Post.createdAt received a naive datetime (2024-01-15T10:30) while time zone support is
 * active.") and interprets it in the default time zone; {@link Naive#RAISE} refuses it instead. With {@code useTz}
 * off, naive values are wall-clock times in the default time zone and nothing is logged.
 *
 * <pre>{@code
 * Timezone.install(new Timezone.Settings(true, ZoneId.of("Europe/Paris"), Timezone.Naive.RAISE));
 * Post.objects.filter("createdAt__gte", Timezone.now().minus(Duration.ofDays(7)));
 * }</pre>
 *
 * The settings in effect are those bound by {@link #call} (the web handler binds the site's per request), else the
 * ones {@link #install}ed for the process, else {@link Settings#DEFAULT} (on, UTC, warn).
 */
public final class Timezone {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quintet.db.timezone");
    private static final ScopedValue<Settings> CURRENT = ScopedValue.newInstance();
    private static volatile Settings installed = Settings.DEFAULT;

    private Timezone() {
    }

    /** What a naive date-time given to a {@code DateTimeField} does while time zone support is active. */
    public enum Naive {
        /** Log Django's warning and interpret it in the default time zone (Django's behaviour). */
        WARN,
        /** Refuse it with an {@link IllegalArgumentException} carrying the same message. */
        RAISE
    }

    /**
     * The ORM's time zone settings.
     *
     * @param useTz    Django's {@code USE_TZ}
     * @param zone     Django's {@code TIME_ZONE}: the default time zone naive values are read in
     * @param naive    what a naive value does when {@code useTz} is on
     */
    public record Settings(boolean useTz, ZoneId zone, Naive naive) {
        /** Time zone support on, UTC, naive values warned about. */
        public static final Settings DEFAULT = new Settings(true, ZoneOffset.UTC, Naive.WARN);

        /** Validates the parts. */
        public Settings {
            Objects.requireNonNull(zone, "zone (TIME_ZONE)");
            Objects.requireNonNull(naive, "naive");
        }
    }

    /** Sets the process default (a command, a script); a bound scope ({@link #call}) wins over it. */
    public static void install(Settings settings) {
        installed = Objects.requireNonNull(settings, "settings");
    }

    /** Calls {@code body} with {@code settings} in effect (a {@link ScopedValue}: follows the code, not the thread). */
    public static <R> R call(Settings settings, Supplier<R> body) {
        return ScopedValue.where(CURRENT, settings).call(body::get);
    }

    /** The settings in effect. */
    public static Settings current() {
        return CURRENT.isBound() ? CURRENT.get() : installed;
    }

    /** The default time zone ({@code TIME_ZONE}). */
    public static ZoneId defaultZone() {
        return current().zone();
    }

    /**
     * The current point in time at the databases' precision (microseconds): Django's {@code timezone.now()}.
     * It is aware whatever {@code useTz} says; it is what {@code autoNow}/{@code autoNowAdd} store.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code value} in the default time zone (Django's {@code localtime()}). */
    public static ZonedDateTime localtime(Instant value) {
        return value.atZone(defaultZone());
    }

    /** A naive value read in {@code zone} (Django's {@code make_aware()}); a gap or overlap takes the earlier offset. */
    public static Instant makeAware(LocalDateTime value, ZoneId zone) {
        return value.atZone(zone).toInstant();
    }

    /**
     * A naive value given to the date-time field {@code field}: warned about (or refused) when time zone support
     * is active, then read in the default time zone.
     */
    public static Instant naive(Object field, LocalDateTime value) {
        Settings s = current();
        if (s.useTz()) {
            String message = "DateTimeField " + field + " received a naive datetime (" + value
                    + ") while time zone support is active.";
            if (s.naive() == Naive.RAISE) {
                throw new IllegalArgumentException(message);
            }
            LOG.warn(message);
        }
        return makeAware(value, s.zone());
    }

    /**
     * The zone a model's {@code LocalDateTime} Java field is written and read in: UTC with time zone support
     * (the field's declared type fixes it, so no warning), the default time zone without.
     */
    public static ZoneId fieldZone() {
        Settings s = current();
        return s.useTz() ? ZoneOffset.UTC : s.zone();
    }
}
