package dev.quintet.urls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.urls.Converters;
import dev.quintet.urls.PatternSpec;
import dev.quintet.urls.RegexPattern;
import dev.quintet.urls.RoutePattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which matcher each pattern gets, its Django regex and the literal prefix the index uses. */
class PatternCompilerTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                arguments(new RoutePattern("about/"), true, "LiteralMatcher", "^about/\\Z", "about/"),
                arguments(new RoutePattern("blog/"), false, "LiteralMatcher", "^blog/", "blog/"),
                arguments(new RoutePattern("a-b.c/"), true, "LiteralMatcher", "^a\\-b\\.c/\\Z", "a-b.c/"),
                arguments(new RoutePattern("items/<int:pk>/"), true, "SegmentMatcher", "^items/(?P<pk>[0-9]+)/\\Z", "items/"),
                arguments(new RoutePattern("<slug:s>/<uuid:u>/"), true, "SegmentMatcher",
                        "^(?P<s>[-a-zA-Z0-9_]+)/(?P<u>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/\\Z", ""),
                arguments(new RoutePattern("f/<path:p>"), true, "SegmentMatcher", "^f/(?P<p>.+)\\Z", "f/"),
                arguments(new RoutePattern("f/<path:p>/"), false, "RegexMatcher", "^f/(?P<p>.+)/", "f/"),
                arguments(new RoutePattern("<slug:s>-<int:n>/"), true, "RegexMatcher", "^(?P<s>[-a-zA-Z0-9_]+)\\-(?P<n>[0-9]+)/\\Z", ""),
                arguments(new RoutePattern("<int:a><int:b>/"), true, "RegexMatcher", "^(?P<a>[0-9]+)(?P<b>[0-9]+)/\\Z", ""),
                arguments(new RoutePattern("v<int:n>.json"), true, "SegmentMatcher", "^v(?P<n>[0-9]+)\\.json\\Z", "v"),
                arguments(new RoutePattern("<int:n>"), false, "SegmentMatcher", "^(?P<n>[0-9]+)", ""),
                arguments(new RegexPattern("^articles/(?P<y>[0-9]{4})/$"), true, "RegexMatcher", "^articles/(?P<y>[0-9]{4})/$", "articles/"),
                arguments(new RegexPattern("^a/b?/$"), true, "RegexMatcher", "^a/b?/$", "a/"),
                arguments(new RegexPattern("^a\\.b/c"), true, "RegexMatcher", "^a\\.b/c", "a.b/c"),
                arguments(new RegexPattern("articles/$"), true, "RegexMatcher", "articles/$", ""),
                arguments(new RegexPattern("^a/|^b/"), true, "RegexMatcher", "^a/|^b/", ""),
                arguments(new RegexPattern("^\\d+/"), true, "RegexMatcher", "^\\d+/", ""));
    }

    @ParameterizedTest(name = "{0} endpoint={1}")
    @MethodSource("cases")
    void compiles(PatternSpec spec, boolean endpoint, String kind, String regex, String prefix) {
        CompiledPattern p = PatternCompiler.compile(spec, endpoint, Converters.defaults());
        assertThat(p.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(p.sourceRegex()).isEqualTo(regex);
        assertThat(p.literalPrefix()).isEqualTo(prefix);
    }
}
