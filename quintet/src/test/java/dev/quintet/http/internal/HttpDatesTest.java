package dev.quintet.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpDatesTest {

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("IMF-fixdate", "Sun, 06 Nov 1994 08:49:37 GMT", "1994-11-06T08:49:37Z"),
                Arguments.of("RFC 850", "Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z"),
                Arguments.of("RFC 850 near future year", "Tuesday, 31-Dec-69 08:49:37 GMT", "2069-12-31T08:49:37Z"),
                Arguments.of("asctime", "Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37Z"),
                Arguments.of("asctime two-digit day", "Sun Nov 16 08:49:37 1994", "1994-11-16T08:49:37Z"),
                Arguments.of("epoch", "Thu, 01 Jan 1970 00:00:00 GMT", "1970-01-01T00:00:00Z"),
                Arguments.of("month in any case", "Sun, 06 NOV 1994 08:49:37 GMT", "1994-11-06T08:49:37Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void parses(String name, String date, String expected) {
        assertThat(HttpDates.parse(date)).isEqualTo(Instant.parse(expected));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("not a date", "yesterday", "'yesterday' is not in a valid HTTP date format"),
                Arguments.of("no GMT", "Sun, 06 Nov 1994 08:49:37", "'Sun, 06 Nov 1994 08:49:37' is not in a valid HTTP date format"),
                Arguments.of("impossible day", "Sun, 31 Feb 1994 08:49:37 GMT", "'Sun, 31 Feb 1994 08:49:37 GMT' is not a valid date"),
                Arguments.of("unknown month", "Sun, 06 Foo 1994 08:49:37 GMT", "'Sun, 06 Foo 1994 08:49:37 GMT' is not a valid date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refuses(String name, String date, String message) {
        assertThatThrownBy(() -> HttpDates.parse(date)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(HttpDates.parseOrNull(date)).isNull();
    }

    static Stream<Arguments> formatting() {
        return Stream.of(
                Arguments.of("epoch", Instant.EPOCH, "Thu, 01 Jan 1970 00:00:00 GMT"),
                Arguments.of("single-digit day padded", Instant.parse("2026-11-06T08:49:37.900Z"), "Fri, 06 Nov 2026 08:49:37 GMT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatting")
    void formats(String name, Instant instant, String expected) {
        assertThat(HttpDates.format(instant)).isEqualTo(expected);
    }
}
