package dev.quintet.template.internal.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Py;
import dev.quintet.template.library.Filter;
import dev.quintet.template.library.FilterContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What the Django-generated tables cannot show: Java-only value types (records, arrays,
 * {@code Instant}, {@code OffsetDateTime}), the clock, randomness, and the public
 * {@link DateFormat} entry point the {@code {% now %}} tag uses.
 */
class FilterBehaviourTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final FilterContext CTX = TestValues.context(true, PARIS);

    private static Object apply(String name, Object value, Object arg) throws Exception {
        Filter f = DefaultFilters.library().filters().get(name);
        return TestValues.applyLikeEngine(f, value, arg, CTX);
    }

    private static Object apply(String name, Object value) throws Exception {
        return apply(name, value, Filter.NO_ARG);
    }

    record Book(String title, int year, Author author) {
    }

    record Author(String name) {
    }

    @Test
    void dictsortLooksUpRecordComponentsThroughTheContext() throws Exception {
        Book a = new Book("B", 2001, new Author("Zed"));
        Book b = new Book("A", 1999, new Author("Amy"));
        Book c = new Book("C", 2020, new Author("Max"));
        assertThat(apply("dictsort", List.of(a, b, c), "year")).isEqualTo(List.of(b, a, c));
        assertThat(apply("dictsortreversed", List.of(a, b, c), "title")).isEqualTo(List.of(c, a, b));
        assertThat(apply("dictsort", List.of(a, b, c), "author.name")).isEqualTo(List.of(b, c, a));
    }

    @Test
    void arraysAreSequences() throws Exception {
        String[] letters = {"a", "b", "c"};
        assertThat(apply("first", letters)).isEqualTo("a");
        assertThat(apply("last", letters)).isEqualTo("c");
        assertThat(apply("length", letters)).isEqualTo(3);
        assertThat(apply("join", letters, "-")).isEqualTo(SafeString.of("a-b-c"));
        assertThat(apply("slice", new int[] {1, 2, 3, 4}, "1:3")).isEqualTo(List.of(2, 3));
        assertThat(apply("length", new int[0])).isEqualTo(0);
    }

    @Test
    void randomPicksAnElement() throws Exception {
        List<String> items = List.of("a", "b", "c");
        for (int i = 0; i < 50; i++) {
            assertThat(apply("random", items)).isIn("a", "b", "c");
        }
        assertThat(apply("random", List.of())).isEqualTo("");
    }

    @Test
    void timesinceWithoutArgumentMeasuresFromNow() throws Exception {
        LocalDateTime naive = LocalDateTime.now(PARIS).minusDays(3).minusHours(2).minusMinutes(1);
        assertThat(apply("timesince", naive)).isEqualTo("3\u00a0days, 2\u00a0hours");
        ZonedDateTime aware = ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(10).minusSeconds(5);
        assertThat(apply("timesince", aware)).isEqualTo("10\u00a0minutes");
        ZonedDateTime future = ZonedDateTime.now(PARIS).plusWeeks(2).plusDays(1).plusMinutes(1);
        assertThat(apply("timeuntil", future)).isEqualTo("2\u00a0weeks, 1\u00a0day");
        assertThat(apply("timesince", future)).isEqualTo("0\u00a0minutes");
    }

    @Test
    void timesinceAcceptsJavaInstantsAndOffsets() throws Exception {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        assertThat(apply("timesince", start, Instant.parse("2024-01-01T05:30:00Z"))).isEqualTo("5\u00a0hours, 30\u00a0minutes");
        OffsetDateTime then = OffsetDateTime.parse("2024-01-01T10:00:00+02:00");
        assertThat(apply("timeuntil", then, OffsetDateTime.parse("2024-01-01T07:00:00Z"))).isEqualTo("1\u00a0hour");
        assertThat(apply("timesince", LocalDateTime.of(2024, 1, 1, 0, 0), start)).isEqualTo("");
    }

    @Test
    void dateFormatIsTheNowTagsEntryPoint() {
        ZonedDateTime moment = ZonedDateTime.of(2003, 10, 7, 11, 39, 0, 0, PARIS);
        assertThat(DateFormat.format(moment, "jS F Y H:i", PARIS)).isEqualTo("7th October 2003 11:39");
        assertThat(DateFormat.format(moment, null, PARIS)).isEqualTo("Oct. 7, 2003");
        assertThat(DateFormat.format(moment, "DATETIME_FORMAT", PARIS)).isEqualTo("Oct. 7, 2003, 11:39 a.m.");
        assertThat(DateFormat.format(moment, "O T e I Z", PARIS)).isEqualTo("+0200 CEST CEST 1 7200");
        assertThat(DateFormat.timeFormat(moment, null, PARIS)).isEqualTo("11:39 a.m.");
        assertThat(DateFormat.format(LocalTime.of(0, 0), "P", PARIS)).isEqualTo("midnight");
    }

    @Test
    void dateFiltersShowInstantsInTheCurrentZone() throws Exception {
        Instant instant = Instant.parse("2024-07-01T12:00:00Z");
        assertThat(apply("date", instant, "Y-m-d H:i O")).isEqualTo("2024-07-01 14:00 +0200");
        assertThat(apply("date", Date.from(instant), "H:i")).isEqualTo("14:00");
        assertThat(apply("time", OffsetDateTime.parse("2024-07-01T12:00:00Z"), "H:i e")).isEqualTo("14:00 CEST");
        assertThat(apply("date", OffsetDateTime.parse("2024-07-01T12:00:00+05:30"), "c")).isEqualTo("2024-07-01T08:30:00+02:00");
    }

    @Test
    void fixedOffsetsHavePythonNames() {
        OffsetDateTime t = OffsetDateTime.parse("2024-07-01T12:00:00+05:30");
        assertThat(DateFormat.format(t, "e|T|O|Z|I|c", PARIS)).isEqualTo("UTC+05:30|UTC+05:30|+0530|19800|0|2024-07-01T12:00:00+05:30");
        assertThat(DateFormat.format(t.withOffsetSameInstant(ZoneOffset.UTC), "e", PARIS)).isEqualTo("UTC");
    }

    @Test
    void dateOfADateWithATimeSpecifierIsAnError() {
        assertThatThrownBy(() -> DateFormat.format(LocalDate.of(2024, 1, 1), "H", PARIS))
                .isInstanceOf(PyErr.class).hasMessageStartingWith("TypeError");
    }

    @Test
    void safeStringInputsFollowIsSafe() throws Exception {
        SafeString html = SafeString.of("<b>x</b>");
        assertThat(apply("lower", html)).isInstanceOf(SafeString.class);
        assertThat(apply("upper", html)).isNotInstanceOf(SafeString.class).isEqualTo("<B>X</B>");
        assertThat(apply("cut", SafeString.of("a;b"), ";")).isNotInstanceOf(SafeString.class);
        assertThat(apply("cut", SafeString.of("a;b"), "a")).isInstanceOf(SafeString.class);
        assertThat(apply("escape", html)).isEqualTo(html);
        assertThat(apply("force_escape", html)).isEqualTo(SafeString.of("&lt;b&gt;x&lt;/b&gt;"));
        assertThat(apply("escapejs", "x")).isInstanceOf(SafeString.class);
    }

    @Test
    void jsonScriptSerialisesJavaValues() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("n", 1L);
        data.put("d", new BigDecimal("1.50"));
        data.put("when", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
        data.put("list", new Object[] {true, null, 2.5f});
        assertThat(apply("json_script", data, "id")).isEqualTo(SafeString.of(
                "<script id=\"id\" type=\"application/json\">{\"n\": 1, \"d\": \"1.50\", "
                        + "\"when\": \"2024-01-02T03:04:05.123\", \"list\": [true, null, 2.5]}</script>"));
        assertThatThrownBy(() -> apply("json_script", new Object())).isInstanceOf(PyErr.class)
                .hasMessageStartingWith("TypeError");
    }

    @Test
    void pythonStrAndReprOfJavaValues() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1, "it's", 2.0));
        m.put(3, null);
        assertThat(Py.str(m)).isEqualTo("{'a': [1, \"it's\", 2.0], 3: None}");
        assertThat(Py.str(new String[] {"x"})).isEqualTo("['x']");
        assertThat(Py.str(0.1f)).isEqualTo("0.1");
        assertThat(Py.str(LocalDateTime.of(2024, 1, 2, 3, 4))).isEqualTo("2024-01-02 03:04:00");
        assertThat(Py.repr("a\u00a0\n")).isEqualTo("'a\\xa0\\n'");
        assertThat(Py.repr(LocalDate.of(2024, 1, 2))).isEqualTo("datetime.date(2024, 1, 2)");
    }

    @Test
    void errorsDjangoLetsThroughPropagate() {
        assertThatThrownBy(() -> apply("divisibleby", 4, 0)).isInstanceOf(PyErr.class)
                .hasMessageStartingWith("ZeroDivisionError");
        assertThatThrownBy(() -> apply("center", "x", "wide")).isInstanceOf(PyErr.class)
                .hasMessageStartingWith("ValueError");
        assertThatThrownBy(() -> apply("first", null)).isInstanceOf(PyErr.class)
                .hasMessageStartingWith("TypeError");
    }
}
