package dev.quintet.db.fields;

import dev.quintet.db.IntegrityError;
import dev.quintet.db.models.Apps;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.ValidationError;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field type round-trips through every back end; {@code fullClean()} reports Django's messages. */
class FieldTest {
    static final ModelMeta<Sample> META = Sample.objects.meta();

    @BeforeAll
    static void setUp() {
        TestDatabases.createTables(Apps.of(Sample.class).models());
    }

    static Stream<Arguments> roundTrips() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("a", List.of(1, 2));
        json.put("b", null);
        json.put("c", "x'\"\\");
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"name", "héllo ✓"});
        cases.add(new Object[] {"text", "a'b\"c\\d%_\n€"});
        cases.add(new Object[] {"small", 32767});
        cases.add(new Object[] {"big", Long.MAX_VALUE});
        cases.add(new Object[] {"positive", 7});
        cases.add(new Object[] {"flag", true});
        cases.add(new Object[] {"flag", false});
        cases.add(new Object[] {"ratio", 0.25});
        cases.add(new Object[] {"amount", new BigDecimal("123.45")});
        cases.add(new Object[] {"day", LocalDate.of(2024, 2, 29)});
        cases.add(new Object[] {"at", OffsetDateTime.of(2024, 6, 1, 10, 34, 56, 123_456_000, ZoneOffset.UTC)});
        cases.add(new Object[] {"time", LocalTime.of(13, 45, 30, 500_000_000)});
        cases.add(new Object[] {"duration", Duration.ofDays(1).plusMillis(1500)});
        cases.add(new Object[] {"email", "ada@example.org"});
        cases.add(new Object[] {"data", json});
        cases.add(new Object[] {"blob", new byte[] {0, 1, 2, (byte) 255}});
        cases.add(new Object[] {"legacy", 42});
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("roundTrips")
    void roundTrip(String backend, String field, Object value) {
        Object back = TestDatabases.rolledBack(backend, () -> {
            Sample s = new Sample();
            s.name = "rt";
            Field<?> f = META.field(field);
            META.setRaw(s, f, value);
            s.save();
            Sample loaded = Sample.objects.get("pk", s.uuid);
            return META.get(loaded, f);
        });
        assertThat(back).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void aware_datetimes_are_stored_as_utc_and_auto_dates_are_set(String backend) {
        List<Object> r = TestDatabases.rolledBack(backend, () -> {
            Sample s = new Sample();
            s.name = "tz";
            s.at = OffsetDateTime.of(2024, 1, 1, 1, 30, 0, 0, ZoneOffset.ofHours(3));
            s.save();
            Sample loaded = Sample.objects.get("pk", s.uuid);
            return List.of(loaded.at, loaded.created != null, loaded.updated != null,
                    Sample.objects.filter("at__date", LocalDate.of(2023, 12, 31)).count(), loaded.status);
        });
        assertThat(r).isEqualTo(List.of(OffsetDateTime.of(2023, 12, 31, 22, 30, 0, 0, ZoneOffset.UTC), true, true, 1L, "d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void check_constraint_and_unique_together_are_enforced(String backend) {
        List<String> r = TestDatabases.rolledBack(backend, () -> {
            List<String> out = new ArrayList<>();
            for (Consumer<Sample> bad : List.<Consumer<Sample>>of(s -> s.small = -1, s -> s.slug = "dup", s -> s.positive = -5)) {
                try {
                    dev.quintet.db.Transaction.atomic(() -> {
                        Sample first = new Sample();
                        first.name = "u";
                        first.slug = "dup";
                        first.save();
                        Sample s = new Sample();
                        s.name = "u";
                        bad.accept(s);
                        s.save();
                    });
                    out.add("saved");
                } catch (IntegrityError e) {
                    out.add("IntegrityError");
                }
            }
            return out;
        });
        assertThat(r).containsExactly("IntegrityError", "IntegrityError", "IntegrityError");
    }

    private static Object[] v(String name, Consumer<Sample> setup, Map<String, List<String>> errors) {
        return new Object[] {name, setup, errors};
    }

    static Stream<Arguments> validations() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(v("valid", s -> { }, Map.of()));
        cases.add(v("null", s -> s.name = null, Map.of("name", List.of("This field cannot be null."))));
        cases.add(v("blank", s -> s.name = "", Map.of("name", List.of("This field cannot be blank."))));
        cases.add(v("max length", s -> s.name = "abcdefghijk", Map.of("name", List.of("Ensure this value has at most 10 characters (it has 11)."))));
        cases.add(v("choices", s -> s.status = "x", Map.of("status", List.of("Value 'x' is not a valid choice."))));
        cases.add(v("email", s -> s.email = "nope", Map.of("email", List.of("Enter a valid email address."))));
        cases.add(v("url", s -> s.url = "nope", Map.of("url", List.of("Enter a valid URL."))));
        cases.add(v("slug", s -> s.slug = "a b", Map.of("slug", List.of("Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."))));
        cases.add(v("whole digits", s -> s.amount = new BigDecimal("1234.5"), Map.of("amount", List.of("Ensure that there are no more than 3 digits before the decimal point."))));
        cases.add(v("decimal places", s -> s.amount = new BigDecimal("1.234"), Map.of("amount", List.of("Ensure that there are no more than 2 decimal places."))));
        cases.add(v("total digits", s -> s.amount = new BigDecimal("1234.56"), Map.of("amount", List.of("Ensure that there are no more than 5 digits in total."))));
        cases.add(v("positive", s -> s.positive = -1, Map.of("positive", List.of("Ensure this value is greater than or equal to 0."))));
        cases.add(v("small range", s -> s.small = 40000, Map.of("small", List.of("Ensure this value is less than or equal to 32767."))));
        cases.add(v("unique together", s -> {
            Sample other = new Sample();
            other.name = "taken";
            other.slug = "s";
            other.save();
            s.name = "taken";
            s.slug = "s";
        }, Map.of("__all__", List.of("Sample with this Name and Slug already exists."))));
        cases.add(v("several fields", s -> {
            s.name = "";
            s.email = "x";
        }, Map.of("name", List.of("This field cannot be blank."), "email", List.of("Enter a valid email address."))));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("validations")
    void fullClean(String backend, String name, Consumer<Sample> setup, Map<String, List<String>> expected) {
        Map<String, List<String>> errors = TestDatabases.rolledBack(backend, () -> {
            Sample s = new Sample();
            s.name = "ok";
            setup.accept(s);
            try {
                s.fullClean();
                return Map.<String, List<String>>of();
            } catch (ValidationError e) {
                return e.messageDict();
            }
        });
        assertThat(errors).isEqualTo(expected);
    }

    @Test
    void metadata_is_introspectable() {
        assertThat(META.dbTable()).isEqualTo("qf_sample");
        assertThat(META.pk().name()).isEqualTo("uuid");
        assertThat(META.field("legacy").column()).isEqualTo("legacy_col");
        assertThat(META.field("createdAt" .equals("x") ? "x" : "created").verboseName()).isEqualTo("created");
        assertThat(META.fields().stream().map(Field::name).toList()).startsWith("uuid", "name", "text");
        assertThat(Arrays.asList(META.field("status").choices().getFirst().value(), META.field("status").choices().getFirst().label()))
                .containsExactly("d", "Draft");
        assertThat(META.field("name").options().nullable()).isFalse();
        assertThat(META.field("small")).isEqualTo(Sample.objects.meta().field("small"));
    }
}
