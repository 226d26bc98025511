package dev.quintet.benchmarks.tfb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The parts of the TFB app that need no database: parameter rules, constant views, the template. */
class TfbViewsTest {
    private static final Client CLIENT = new Client(
            TfbApp.settings(new TfbViews(TfbApp.templates()), "postgres://unused@127.0.0.1/unused"));

    static Stream<Arguments> queryCounts() {
        return Stream.of(
                Arguments.of("absent", null, 1),
                Arguments.of("empty", "", 1),
                Arguments.of("not a number", "foo", 1),
                Arguments.of("zero", "0", 1),
                Arguments.of("negative", "-3", 1),
                Arguments.of("one", "1", 1),
                Arguments.of("twenty", "20", 20),
                Arguments.of("the maximum", "500", 500),
                Arguments.of("over the maximum", "501", 500),
                Arguments.of("beyond int", "99999999999", 1),
                Arguments.of("surrounding blanks", " 7 ", 7),
                Arguments.of("decimal", "2.5", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryCounts")
    void queryCount(String name, String raw, int expected) {
        assertThat(TfbViews.queryCount(raw)).isEqualTo(expected);
    }

    static Stream<Arguments> constantViews() {
        return Stream.of(
                Arguments.of("/plaintext", "text/plain", "Hello, World!"),
                Arguments.of("/json", "application/json", "{\"message\": \"Hello, World!\"}"),
                Arguments.of("/io?ms=1", "text/plain", "ok"),
                Arguments.of("/io?ms=nope", "text/plain", "ok"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constantViews")
    void constantView(String path, String contentType, String body) {
        TestResponse r = CLIENT.get(path);
        assertThat(List.of(r.status(), r.header("Content-Type"), r.content())).containsExactly(200, contentType, body);
    }

    static Stream<Arguments> fortuneRows() {
        return Stream.of(
                Arguments.of("plain text", new Fortune(7, "Any program"), "<tr><td>7</td><td>Any program</td></tr>"),
                Arguments.of("markup escaped", new Fortune(11, "<script>alert(\"x\");</script>"),
                        "<tr><td>11</td><td>&lt;script&gt;alert(&quot;x&quot;);&lt;/script&gt;</td></tr>"),
                Arguments.of("apostrophe and ampersand", new Fortune(2, "aren't & more"),
                        "<tr><td>2</td><td>aren&#x27;t &amp; more</td></tr>"),
                Arguments.of("non-ASCII kept", new Fortune(12, "フレームワーク — ok"),
                        "<tr><td>12</td><td>フレームワーク — ok</td></tr>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fortuneRows")
    void fortunesTemplate(String name, Fortune fortune, String row) {
        String html = TfbApp.templates().getTemplate("fortunes.html").render(Map.of("fortunes", List.of(fortune)));
        assertThat(html).contains("<title>Fortunes</title>", "<tr><th>id</th><th>message</th></tr>\n" + row + "\n</table>");
    }
}
