package dev.quintet.db;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.quintet.db.testing.TestDatabases;
import dev.quintet.db.timezones.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * USE_TZ and TIME_ZONE in the ORM: aware values round-trip in UTC, naive values are warned about and read in the
 * default time zone (or refused), {@code LocalDateTime} Java fields mean UTC, and {@code update()} leaves
 * {@code autoNow} alone; on every back end, each case rolled back.
 */
class TimezoneTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Timezone.Settings WARN_PARIS = new Timezone.Settings(true, PARIS, Timezone.Naive.WARN);
    private static final Timezone.Settings RAISE_PARIS = new Timezone.Settings(true, PARIS, Timezone.Naive.RAISE);
    private static final Timezone.Settings NO_TZ_PARIS = new Timezone.Settings(false, PARIS, Timezone.Naive.RAISE);
    private static final LocalDateTime NAIVE = LocalDateTime.of(2024, 6, 1, 10, 0);
    /** 10:00 in Paris in summer. */
    private static final Instant NAIVE_IN_PARIS = Instant.parse("2024-06-01T08:00:00Z");

    @BeforeAll
    static void setUp() {
        TestDatabases.createTables(List.of(Event.objects.meta()));
    }

    private static Object[] c(String name, Timezone.Settings settings, Supplier<Object> body, Object expected, int warnings) {
        return new Object[] {name, settings, body, expected, warnings};
    }

    private static Event event(Instant at) {
        return Event.objects.create("name", "e", "at", at);
    }

    private static Object error(Runnable body) {
        try {
            body.run();
            return "no error";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        Instant aware = Instant.parse("2024-01-15T23:30:00.123456Z");
        cases.add(c("aware instant round-trips", WARN_PARIS, () -> Event.objects.get("pk", event(aware).pk()).at, aware, 0));
        cases.add(c("offset date-time stored as its instant", WARN_PARIS, () -> {
            Event e = Event.objects.create("name", "e", "at", OffsetDateTime.of(2024, 1, 16, 1, 30, 0, 0, ZoneOffset.ofHours(2)));
            return Event.objects.get("pk", e.pk()).at;
        }, Instant.parse("2024-01-15T23:30:00Z"), 0));
        cases.add(c("aware filter", WARN_PARIS, () -> {
            event(aware);
            return Event.objects.filter("at", aware).count();
        }, 1L, 0));
        cases.add(c("aware date transform in UTC", WARN_PARIS, () -> {
            event(aware);
            return Event.objects.filter("at__date", LocalDate.of(2024, 1, 15)).count();
        }, 1L, 0));
        cases.add(c("naive create warns and reads the default zone", WARN_PARIS, () -> Event.objects.get("pk", Event.objects.create("name", "n", "at", NAIVE).pk()).at,
                NAIVE_IN_PARIS, 1));
        cases.add(c("naive filter warns", WARN_PARIS, () -> {
            event(NAIVE_IN_PARIS);
            return Event.objects.filter("at", NAIVE).count();
        }, 1L, 1));
        cases.add(c("naive string filter warns", WARN_PARIS, () -> {
            event(NAIVE_IN_PARIS);
            return Event.objects.filter("at__gte", "2024-06-01 10:00:00").count();
        }, 1L, 1));
        cases.add(c("naive date warns", WARN_PARIS, () -> {
            event(Instant.parse("2024-05-31T22:00:00Z"));
            return Event.objects.filter("at", LocalDate.of(2024, 6, 1)).count();
        }, 1L, 1));
        cases.add(c("naive update warns", WARN_PARIS, () -> {
            Event e = event(aware);
            Event.objects.filter("pk", e.pk()).update("at", NAIVE);
            return Event.objects.get("pk", e.pk()).at;
        }, NAIVE_IN_PARIS, 1));
        cases.add(c("strict refuses a naive create", RAISE_PARIS, () -> error(() -> Event.objects.create("name", "n", "at", NAIVE)),
                "DateTimeField Event.at received a naive datetime (2024-06-01T10:00) while time zone support is active.", 0));
        cases.add(c("strict refuses a naive filter", RAISE_PARIS, () -> error(() -> Event.objects.filter("at__lt", NAIVE).count()),
                "DateTimeField Event.at received a naive datetime (2024-06-01T10:00) while time zone support is active.", 0));
        cases.add(c("strict refuses a naive update", RAISE_PARIS, () -> error(() -> Event.objects.all().update("at", NAIVE)),
                "DateTimeField Event.at received a naive datetime (2024-06-01T10:00) while time zone support is active.", 0));
        cases.add(c("without USE_TZ naive is local time, silently", NO_TZ_PARIS, () -> Event.objects.get("pk", Event.objects.create("name", "n", "at", NAIVE).pk()).at,
                NAIVE_IN_PARIS, 0));
        cases.add(c("LocalDateTime Java field holds UTC, no warning", RAISE_PARIS, () -> {
            Event e = Event.objects.create(ev -> {
                ev.name = "w";
                ev.wall = NAIVE;
            });
            Event loaded = Event.objects.get("pk", e.pk());
            loaded.save();
            return List.of(Event.objects.get("pk", e.pk()).wall, Event.objects.filter("pk", e.pk()).valuesListFlat("wall").list().getFirst());
        }, List.of(NAIVE, NAIVE.toInstant(ZoneOffset.UTC)), 0));
        cases.add(c("update() leaves autoNow alone, save() stamps it", WARN_PARIS, () -> {
            Event e = event(aware);
            Instant past = Instant.parse("2000-01-01T00:00:00Z");
            Event.objects.filter("pk", e.pk()).update("modified", past);
            Event.objects.filter("pk", e.pk()).update("name", "renamed");
            Instant afterUpdate = Event.objects.get("pk", e.pk()).modified;
            Event loaded = Event.objects.get("pk", e.pk());
            loaded.save();
            Instant afterSave = Event.objects.get("pk", e.pk()).modified;
            return afterUpdate.equals(past) + "/" + afterSave.isAfter(past) + "/" + loaded.created.equals(e.created);
        }, "true/true/true", 0));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void time_zones(String backend, String name, Timezone.Settings settings, Supplier<Object> body, Object expected, int warnings) {
        Logger log = (Logger) LoggerFactory.getLogger("dev.quintet.db.timezone");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try {
            Object actual = Timezone.call(settings, () -> TestDatabases.rolledBack(backend, body));
            assertThat(actual).as(name).isEqualTo(expected);
            assertThat(appender.list).as(name + ": warnings").hasSize(warnings);
            if (warnings > 0) {
                assertThat(appender.list.getFirst().getFormattedMessage())
                        .isEqualTo("DateTimeField Event.at received a naive datetime (" + (name.equals("naive date warns") ? "2024-06-01T00:00" : "2024-06-01T10:00")
                                + ") while time zone support is active.");
            }
        } finally {
            log.detachAppender(appender);
        }
    }

    @Test
    void now_is_aware_at_microsecond_precision() {
        Instant now = Timezone.now();
        assertThat(now).isEqualTo(now.truncatedTo(ChronoUnit.MICROS));
        assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Timezone.call(WARN_PARIS, () -> Timezone.localtime(NAIVE_IN_PARIS).toLocalDateTime())).isEqualTo(NAIVE);
        assertThat(Timezone.current()).isEqualTo(Timezone.Settings.DEFAULT);
    }
}
