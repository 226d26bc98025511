package dev.quintet.urls;

import static dev.quintet.urls.UrlFixtures.CATCHALL_CONF;
import static dev.quintet.urls.UrlFixtures.MAIN_CONF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Name and arguments in, URL out; and Django's NoReverseMatch messages. */
class UrlConfReverseTest {
    private static final UUID ID = UUID.fromString("075194d3-6885-417e-a8a8-6c931e272f00");

    static Map<String, Object> kw(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Arguments args(String name, String viewName, List<Object> args, String url) {
        return arguments(name, viewName, args, Map.of(), null, url);
    }

    static Arguments kwargs(String name, String viewName, Map<String, Object> kwargs, String url) {
        return arguments(name, viewName, List.of(), kwargs, null, url);
    }

    static Arguments app(String name, String viewName, List<Object> args, String currentApp, String url) {
        return arguments(name, viewName, args, Map.of(), currentApp, url);
    }

    static Stream<Arguments> urls() {
        return Stream.of(
                args("empty route", "home", List.of(), "/"),
                args("literal", "about", List.of(), "/about/"),
                args("literal without slash", "favicon", List.of(), "/favicon.ico"),
                args("int positional", "year-archive", List.of(2020), "/articles/2020/"),
                kwargs("int keyword", "year-archive", kw("year", 2020), "/articles/2020/"),
                args("int given as string", "year-archive", List.of("2021"), "/articles/2021/"),
                kwargs("two keywords", "month-archive", kw("year", 2020, "month", 5), "/articles/2020/5/"),
                args("three positional", "article-detail", List.of(2020, 5, "hello-world"), "/articles/2020/5/hello-world/"),
                args("str", "user", List.of("joe"), "/users/joe/"),
                args("space is quoted", "user", List.of("joe smith"), "/users/joe%20smith/"),
                args("non-ascii is UTF-8 quoted", "user", List.of("zoë"), "/users/zo%C3%AB/"),
                args("sub-delims kept", "user", List.of("a+b&c=d;e,f!'()*$"), "/users/a+b&c=d;e,f!'()*$/"),
                args("colon at tilde kept", "user", List.of("a:b@c~d"), "/users/a:b@c~d/"),
                args("percent quoted", "user", List.of("50%"), "/users/50%25/"),
                args("question mark and hash quoted", "user", List.of("a?b#c"), "/users/a%3Fb%23c/"),
                args("default str converter", "user-posts", List.of("ann"), "/users/ann/posts/"),
                args("uuid", "item", List.of(ID), "/items/" + ID + "/"),
                args("path keeps slashes", "file", List.of("a/b/c.txt"), "/files/a/b/c.txt"),
                args("path then literal", "doc-edit", List.of("guide/intro"), "/docs/guide/intro/edit/"),
                args("custom toUrl", "yyyy", List.of(5), "/year/0005/"),
                args("custom toUrl accepts", "even", List.of(4), "/even/4/"),
                args("slug-int route", "slugnum", List.of("my-post", 12), "/slugnum/my-post-12/"),
                args("same name, no args", "listing", List.of(), "/pg/"),
                args("same name, with arg", "listing", List.of(2), "/pg/2/"),
                args("last pattern of a name wins", "dup", List.of(), "/dup-second/"),
                args("regex named group positional", "re-year", List.of(2020), "/re/2020/"),
                kwargs("regex named group keyword", "re-year", kw("year", "2020"), "/re/2020/"),
                kwargs("regex two groups", "re-month", kw("year", 2020, "month", "12"), "/re/2020/12/"),
                args("regex unnamed groups", "re-pos", List.of(12, "ab"), "/pos/12/ab/"),
                args("regex optional group left out", "re-opt", List.of(), "/opt/"),
                kwargs("regex optional group used", "re-opt", kw("page_number", 3), "/opt/page-3/"),
                args("regex \\Z", "re-z", List.of(), "/anywhere/end"),
                args("defaults not required", "defaults", List.of(), "/defaults/"),
                kwargs("defaults may be repeated", "defaults", kw("flag", true), "/defaults/"),
                kwargs("include captures", "inner", kw("outer", 1, "inner", 2), "/inc/1/2/"),
                args("include captures positional", "inner", List.of(1, 2), "/inc/1/2/"),
                kwargs("include defaults may be given", "inner", kw("outer", 1, "inner", 2, "extra", "x"), "/inc/1/2/"),
                kwargs("regex include", "inner-re", kw("outer", 1, "inner", 2), "/reinc/1/2/"),
                args("regex include positional", "pos-inner", List.of(5, "abc"), "/posinc/5/abc/"),
                args("plain include flattened", "flat-x", List.of(), "/flat/x/"),
                args("app namespace, default instance", "polls:index", List.of(), "/polls/"),
                args("app namespace with arg", "polls:detail", List.of(3), "/polls/3/"),
                args("instance namespace", "author-polls:detail", List.of(3), "/author-polls/3/"),
                args("other instance namespace", "publisher-polls:results", List.of(4), "/publisher-polls/4/results/"),
                app("current app picks instance", "polls:detail", List.of(3), "author-polls", "/author-polls/3/"),
                app("current app other instance", "polls:index", List.of(), "publisher-polls", "/publisher-polls/"),
                app("unknown current app, default instance", "polls:index", List.of(), "nonexistent", "/polls/"),
                app("current app ignored for instance names", "author-polls:index", List.of(), "publisher-polls", "/author-polls/"),
                args("no default instance: last deployed", "shop:index", List.of(), "/shop-b/"),
                app("current app among instances", "shop:index", List.of(), "shop-a", "/shop-a/"),
                args("instance namespace shop-a", "shop-a:index", List.of(), "/shop-a/"),
                args("nested instance namespaces", "outer:deep-polls:detail", List.of(3), "/nested/deep/3/"),
                args("nested app namespace resolves", "outer:polls:detail", List.of(3), "/nested/deep/3/"),
                app("nested current app", "outer:polls:index", List.of(), "outer:deep-polls", "/nested/deep/"),
                args("namespace inside plain include", "flatshop:index", List.of(), "/flat/sub/"),
                kwargs("namespace prefix with a converter", "langshop:index", kw("lang", "en"), "/en/ns/"),
                args("namespace prefix with a positional arg", "langshop:index", List.of("fr"), "/fr/ns/"),
                args("converter-first route", "page", List.of("hello"), "/hello/"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("urls")
    void reverses(String name, String viewName, List<Object> args, Map<String, Object> kwargs, String currentApp,
                  String url) {
        assertThat(MAIN_CONF.reverse(viewName, args, kwargs, currentApp)).isEqualTo(url);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("urls")
    void reversedUrlResolvesBack(String name, String viewName, List<Object> args, Map<String, Object> kwargs,
                                 String currentApp, String url) {
        if (!url.contains("%")) {
            String resolvedName = MAIN_CONF.resolve(url).urlName();
            assertThat(resolvedName).isEqualTo(viewName.substring(viewName.lastIndexOf(':') + 1));
        }
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                args("unknown name", "nope", List.of(),
                        "Reverse for 'nope' not found. 'nope' is not a valid view function or pattern name."),
                args("converter regex rejects", "year-archive", List.of("abc"),
                        "Reverse for 'year-archive' with arguments '('abc',)' not found. 1 pattern(s) tried: ['articles/(?P<year>[0-9]+)/\\\\Z']"),
                args("too many args", "year-archive", List.of(1, 2),
                        "Reverse for 'year-archive' with arguments '(1, 2)' not found. 1 pattern(s) tried: ['articles/(?P<year>[0-9]+)/\\\\Z']"),
                args("no arguments", "year-archive", List.of(),
                        "Reverse for 'year-archive' with no arguments not found. 1 pattern(s) tried: ['articles/(?P<year>[0-9]+)/\\\\Z']"),
                kwargs("wrong keyword", "year-archive", kw("month", 1),
                        "Reverse for 'year-archive' with keyword arguments '{'month': 1}' not found. 1 pattern(s) tried: ['articles/(?P<year>[0-9]+)/\\\\Z']"),
                args("custom toUrl rejects", "even", List.of(3),
                        "Reverse for 'even' with arguments '(3,)' not found. 1 pattern(s) tried: ['even/(?P<n>[0-9]+)/\\\\Z']"),
                args("custom regex rejects", "yyyy", List.of(12345),
                        "Reverse for 'yyyy' with arguments '(12345,)' not found. 1 pattern(s) tried: ['year/(?P<year>[0-9]{4})/\\\\Z']"),
                args("regex rejects", "re-year", List.of("20"),
                        "Reverse for 're-year' with arguments '('20',)' not found. 1 pattern(s) tried: ['re/(?P<year>[0-9]{4})/$']"),
                kwargs("defaults must agree", "defaults", kw("flag", false),
                        "Reverse for 'defaults' with keyword arguments '{'flag': False}' not found. 1 pattern(s) tried: ['defaults/\\\\Z']"),
                args("patterns listed last first", "listing", List.of("x"),
                        "Reverse for 'listing' with arguments '('x',)' not found. 2 pattern(s) tried: ['pg/(?P<page>[0-9]+)/\\\\Z', 'pg/\\\\Z']"),
                args("include prefix in pattern", "inner", List.of(1),
                        "Reverse for 'inner' with arguments '(1,)' not found. 1 pattern(s) tried: ['inc/(?P<outer>[0-9]+)/(?P<inner>[0-9]+)/\\\\Z']"),
                args("namespaced pattern listed with prefix", "author-polls:detail", List.of(),
                        "Reverse for 'detail' with no arguments not found. 1 pattern(s) tried: ['author\\\\-polls/(?P<pk>[0-9]+)/\\\\Z']"),
                args("namespaced name not inside app", "polls:home", List.of(),
                        "Reverse for 'home' not found. 'home' is not a valid view function or pattern name."),
                args("unknown namespace", "nons:index", List.of(), "'nons' is not a registered namespace"),
                args("unknown nested namespace", "polls:nons:index", List.of(),
                        "'nons' is not a registered namespace inside 'polls'"),
                args("include without namespace is not one", "flat:x", List.of(), "'flat' is not a registered namespace"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("failures")
    void failsWithDjangosMessage(String name, String viewName, List<Object> args, Map<String, Object> kwargs,
                                 String currentApp, String message) {
        assertThatThrownBy(() -> MAIN_CONF.reverse(viewName, args, kwargs, currentApp))
                .isInstanceOf(NoReverseMatch.class).hasMessage(message);
    }

    @Test
    void refusesArgsWithKwargs() {
        assertThatThrownBy(() -> MAIN_CONF.reverse("month-archive", List.of(2020), Map.of("month", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Don't mix *args and **kwargs in call to reverse()!");
    }

    @Test
    void neverProducesSchemeRelativeUrl() {
        assertThat(CATCHALL_CONF.reverse("catchall", "/evil.example/x")).isEqualTo("/%2Fevil.example/x");
    }

    @Test
    void overloadsAgree() {
        assertThat(List.of(MAIN_CONF.reverse("month-archive", 2020, 5), MAIN_CONF.reverse("month-archive", List.of(2020, 5)),
                MAIN_CONF.reverse("month-archive", Map.of("year", 2020, "month", 5))))
                .containsOnly("/articles/2020/5/");
    }
}
