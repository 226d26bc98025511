package dev.quintet.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 3986 §5.4 reference resolution examples, as Python's urljoin answers them. */
class UrlJoinTest {
    private static final String BASE = "http://a/b/c/d;p?q";

    static Stream<Arguments> joins() {
        return Stream.of(
                Arguments.of("g", "http://a/b/c/g"),
                Arguments.of("./g", "http://a/b/c/g"),
                Arguments.of("g/", "http://a/b/c/g/"),
                Arguments.of("/g", "http://a/g"),
                Arguments.of("//g", "http://g"),
                Arguments.of("?y", "http://a/b/c/d;p?y"),
                Arguments.of("g?y", "http://a/b/c/g?y"),
                Arguments.of("#s", "http://a/b/c/d;p?q#s"),
                Arguments.of("g#s", "http://a/b/c/g#s"),
                Arguments.of(";x", "http://a/b/c/;x"),
                Arguments.of("", "http://a/b/c/d;p?q"),
                Arguments.of(".", "http://a/b/c/"),
                Arguments.of("./", "http://a/b/c/"),
                Arguments.of("..", "http://a/b/"),
                Arguments.of("../", "http://a/b/"),
                Arguments.of("../g", "http://a/b/g"),
                Arguments.of("../..", "http://a/"),
                Arguments.of("../../g", "http://a/g"),
                Arguments.of("../../../g", "http://a/g"),
                Arguments.of("/./g", "http://a/g"),
                Arguments.of("/../g", "http://a/g"),
                Arguments.of("g.", "http://a/b/c/g."),
                Arguments.of("..g", "http://a/b/c/..g"),
                Arguments.of("./../g", "http://a/b/g"),
                Arguments.of("g/./h", "http://a/b/c/g/h"),
                Arguments.of("g/../h", "http://a/b/c/h"),
                Arguments.of("https://other/x", "https://other/x"),
                Arguments.of("http:g", "http://a/b/c/g"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("joins")
    void resolvesReferences(String ref, String expected) {
        assertThat(UrlJoin.join(BASE, ref)).isEqualTo(expected);
    }

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of("http://x", "http"),
                Arguments.of("HTTPS://x", "https"),
                Arguments.of("  javascript:x", "javascript"),
                Arguments.of("java\tscr\nipt:x", "javascript"),
                Arguments.of("1a:b", ""),
                Arguments.of("/a:b", ""),
                Arguments.of("a+b-c.d:x", "a+b-c.d"),
                Arguments.of("no-colon", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void splitsSchemesAsPython(String url, String scheme) {
        assertThat(UrlJoin.split(url).scheme()).isEqualTo(scheme);
    }
}
