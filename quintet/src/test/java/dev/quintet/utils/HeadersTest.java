package dev.quintet.utils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeadersTest {

    static Stream<Arguments> vary() {
        return Stream.of(
                arguments("none yet", null, new String[] {"Accept-Encoding"}, "Accept-Encoding"),
                arguments("appended in order", "Cookie", new String[] {"Accept-Encoding", "Accept-Language"},
                        "Cookie, Accept-Encoding, Accept-Language"),
                arguments("case-insensitive duplicates skipped", "accept-encoding,Cookie", new String[] {"Accept-Encoding"},
                        "accept-encoding, Cookie"),
                arguments("star wins", "Cookie", new String[] {"*"}, "*"),
                arguments("existing star", "*", new String[] {"Cookie"}, "*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void vary(String name, String existing, String[] added, String expected) {
        HttpResponse response = new HttpResponse();
        if (existing != null) {
            response.setHeader("Vary", existing);
        }
        Headers.patchVaryHeaders(response, added);
        assertThat(response.header("Vary")).isEqualTo(expected);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                arguments("IMF-fixdate", "Sun, 06 Nov 1994 08:49:37 GMT", 784111777L),
                arguments("RFC 850", "Sunday, 06-Nov-94 08:49:37 GMT", 784111777L),
                arguments("asctime", "Sun Nov  6 08:49:37 1994", 784111777L),
                arguments("garbage", "yesterday", -1L),
                arguments("absent", null, -1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void dates(String name, String value, long epochSeconds) {
        assertThat(Headers.parseHttpDate(value)).isEqualTo(epochSeconds);
    }

    @Test
    void httpDateIsImfFixdate() {
        assertThat(Headers.httpDate(784111777L)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    static Stream<Arguments> etags() {
        return Stream.of(
                arguments("one", "\"a\"", List.of("\"a\"")),
                arguments("several, weak kept, invalid dropped", "\"a\", W/\"b\", c", List.of("\"a\"", "W/\"b\"")),
                arguments("star", " * ", List.of("*")),
                arguments("empty", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void etags(String name, String header, List<String> parsed) {
        assertThat(Conditional.parseEtags(header)).isEqualTo(parsed);
    }

    @Test
    void quoteEtagQuotesOnlyWhenNeeded() {
        assertThat(List.of(Conditional.quoteEtag("abc"), Conditional.quoteEtag("\"abc\""), Conditional.quoteEtag("W/\"x\"")))
                .containsExactly("\"abc\"", "\"abc\"", "W/\"x\"");
    }
}
