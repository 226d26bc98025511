package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON written byte for byte as Django's {@code JsonResponse} with {@code DjangoJSONEncoder}. */
class JsonResponseTest {
    record Point(int x, int y) {
    }

    record Measure(double value, float ratio) {
    }

    static Stream<Arguments> encoding() {
        return Stream.of(
                Arguments.of("object separators", Map.of("a", 1), "{\"a\": 1}"),
                Arguments.of("nested values in order", ordered("a", List.of(1, 2), "b", ordered("c", true, "d", "x")),
                        "{\"a\": [1, 2], \"b\": {\"c\": true, \"d\": \"x\"}}"),
                Arguments.of("null", ordered("a", null), "{\"a\": null}"),
                Arguments.of("empty containers", ordered("a", List.of(), "b", Map.of()), "{\"a\": [], \"b\": {}}"),
                Arguments.of("floats", ordered("a", 1.5, "b", 10L), "{\"a\": 1.5, \"b\": 10}"),
                Arguments.of("floats as Python's repr", ordered("a", 1e20, "b", 1.0, "c", 1e-5, "d", 0.1f, "e", -0.0),
                        "{\"a\": 1e+20, \"b\": 1.0, \"c\": 1e-05, \"d\": 0.1, \"e\": -0.0}"),
                Arguments.of("non-finite floats as json.dumps writes them",
                        ordered("a", Double.NaN, "b", Double.POSITIVE_INFINITY, "c", Double.NEGATIVE_INFINITY),
                        "{\"a\": NaN, \"b\": Infinity, \"c\": -Infinity}"),
                Arguments.of("non-ASCII escaped in lower-case hex", Map.of("k", "é"), "{\"k\": \"\\u00e9\"}"),
                Arguments.of("astral character as a surrogate pair", Map.of("k", "😀"), "{\"k\": \"\\ud83d\\ude00\"}"),
                Arguments.of("control characters", Map.of("k", "a\nb\t\u0001\u007f"), "{\"k\": \"a\\nb\\t\\u0001\\u007f\"}"),
                Arguments.of("quotes, backslash and slash", Map.of("k", "\"\\/"), "{\"k\": \"\\\"\\\\/\"}"),
                Arguments.of("record", Map.of("p", new Point(1, 2)), "{\"p\": {\"x\": 1, \"y\": 2}}"),
                Arguments.of("primitive floats in a record", Map.of("m", new Measure(1e20, 0.1f)),
                        "{\"m\": {\"value\": 1e+20, \"ratio\": 0.1}}"),
                Arguments.of("datetime without fraction", Map.of("t", LocalDateTime.of(2024, 1, 2, 3, 4, 5)),
                        "{\"t\": \"2024-01-02T03:04:05\"}"),
                Arguments.of("datetime microseconds truncated to milliseconds",
                        Map.of("t", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000)), "{\"t\": \"2024-01-02T03:04:05.123\"}"),
                Arguments.of("datetime with whole milliseconds", Map.of("t", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000)),
                        "{\"t\": \"2024-01-02T03:04:05.120\"}"),
                Arguments.of("aware datetime in UTC ends in Z",
                        Map.of("t", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)), "{\"t\": \"2024-01-02T03:04:05Z\"}"),
                Arguments.of("aware datetime with an offset",
                        Map.of("t", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000, ZoneOffset.ofHoursMinutes(5, 30))),
                        "{\"t\": \"2024-01-02T03:04:05.500+05:30\"}"),
                Arguments.of("zoned datetime uses its offset",
                        Map.of("t", ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"))),
                        "{\"t\": \"2024-07-01T12:00:00+02:00\"}"),
                Arguments.of("instant in UTC", Map.of("t", Instant.parse("2024-01-02T03:04:05.678901Z")),
                        "{\"t\": \"2024-01-02T03:04:05.678Z\"}"),
                Arguments.of("date", Map.of("d", LocalDate.of(2024, 2, 29)), "{\"d\": \"2024-02-29\"}"),
                Arguments.of("time", Map.of("t", LocalTime.of(13, 5)), "{\"t\": \"13:05:00\"}"),
                Arguments.of("time with microseconds", Map.of("t", LocalTime.of(13, 5, 1, 999_999_000)), "{\"t\": \"13:05:01.999\"}"),
                Arguments.of("duration", Map.of("d", Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4)),
                        "{\"d\": \"P1DT02H03M04S\"}"),
                Arguments.of("duration with microseconds", Map.of("d", Duration.ofSeconds(5, 123_000)), "{\"d\": \"P0DT00H00M05.000123S\"}"),
                Arguments.of("negative duration", Map.of("d", Duration.ofHours(-25)), "{\"d\": \"-P1DT01H00M00S\"}"),
                Arguments.of("decimal keeps its scale", Map.of("n", new BigDecimal("1.50")), "{\"n\": \"1.50\"}"),
                Arguments.of("decimal in scientific notation as Python writes it", Map.of("n", new BigDecimal("1E+3")), "{\"n\": \"1E+3\"}"),
                Arguments.of("uuid", Map.of("id", UUID.fromString("c9bf9e57-1685-4c89-bafb-ff5af830be8a")),
                        "{\"id\": \"c9bf9e57-1685-4c89-bafb-ff5af830be8a\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoding")
    void encodesAsDjango(String name, Object data, String expected) {
        JsonResponse r = new JsonResponse(data);
        assertThat(new String(r.content(), StandardCharsets.US_ASCII)).isEqualTo(expected);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
    }

    static Stream<Arguments> unsafe() {
        return Stream.of(
                Arguments.of("list", List.of(1, 2), "[1, 2]"),
                Arguments.of("string", "x", "\"x\""),
                Arguments.of("number", 3, "3"),
                Arguments.of("null", null, "null"),
                Arguments.of("record", new Point(1, 2), "{\"x\": 1, \"y\": 2}"));
    }

    @ParameterizedTest(name = "{0} refused unless safe is off")
    @MethodSource("unsafe")
    void refusesNonObjectsUnlessUnsafe(String name, Object data, String expected) {
        assertThatThrownBy(() -> new JsonResponse(data)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("In order to allow non-dict objects to be serialized set the safe parameter to False.");
        assertThat(new String(new JsonResponse(data, false).content(), StandardCharsets.US_ASCII)).isEqualTo(expected);
    }

    @Test
    void awareTimesAreRefused() {
        assertThatThrownBy(() -> new JsonResponse(Map.of("t", OffsetTime.of(1, 2, 3, 0, ZoneOffset.UTC))))
                .hasRootCauseMessage("JSON can't represent timezone-aware times.");
    }

    @Test
    void acceptsACustomMapper() {
        var mapper = JsonResponse.djangoMapper().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        assertThat(new String(new JsonResponse(Map.of("a", List.of(1, 2)), true, mapper).content(), StandardCharsets.US_ASCII))
                .isEqualTo("{\"a\":[1,2]}");
    }

    @Test
    void statusCanBeChanged() {
        JsonResponse r = new JsonResponse(Map.of("error", "nope"));
        r.setStatus(422);
        assertThat(r.status()).isEqualTo(422);
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>(Arrays.asList(keyValues));
        for (int i = 0; i < list.size(); i += 2) {
            map.put((String) list.get(i), list.get(i + 1));
        }
        return map;
    }
}
