package dev.quintet.urls;

import static dev.quintet.urls.UrlFixtures.MAIN_CONF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.urls.internal.Resolution;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Path in, ResolverMatch out: every converter, regexes, includes, namespaces, defaults, ordering. */
class UrlConfResolveTest {
    private static final UUID ID = UUID.fromString("075194d3-6885-417e-a8a8-6c931e272f00");

    /** What a resolution should give. */
    record Expect(String view, String urlName, String route, List<Object> args, Map<String, Object> kwargs,
                  List<String> appNames, List<String> namespaces) {
    }

    static Expect e(String view, String urlName, String route, Map<String, Object> kwargs) {
        return new Expect(view, urlName, route, List.of(), kwargs, List.of(), List.of());
    }

    static Expect ns(String view, String urlName, String route, Map<String, Object> kwargs, List<String> apps,
                     List<String> namespaces) {
        return new Expect(view, urlName, route, List.of(), kwargs, apps, namespaces);
    }

    static Expect pos(String view, String urlName, String route, Object... args) {
        return new Expect(view, urlName, route, Arrays.asList(args), Map.of(), List.of(), List.of());
    }

    static Map<String, Object> kw(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> matches() {
        return Stream.of(
                arguments("empty route", "/", e("home", "home", "", kw())),
                arguments("literal route", "/about/", e("about", "about", "about/", kw())),
                arguments("literal without slash", "/favicon.ico", e("favicon", "favicon", "favicon.ico", kw())),
                arguments("literal wins when declared first", "/articles/2003/", e("special-2003", "special-2003", "articles/2003/", kw())),
                arguments("int converter", "/articles/2004/", e("year-archive", "year-archive", "articles/<int:year>/", kw("year", 2004))),
                arguments("int leading zeros", "/articles/0042/", e("year-archive", "year-archive", "articles/<int:year>/", kw("year", 42))),
                arguments("two ints", "/articles/2020/5/", e("month-archive", "month-archive", "articles/<int:year>/<int:month>/", kw("year", 2020, "month", 5))),
                arguments("int int slug", "/articles/2020/05/hello-world_2/", e("article-detail", "article-detail",
                        "articles/<int:year>/<int:month>/<slug:slug>/", kw("year", 2020, "month", 5, "slug", "hello-world_2"))),
                arguments("str converter", "/users/joe/", e("user", "user", "users/<str:username>/", kw("username", "joe"))),
                arguments("str keeps dots and spaces", "/users/j.o e/", e("user", "user", "users/<str:username>/", kw("username", "j.o e"))),
                arguments("str non-ascii", "/users/zoë/", e("user", "user", "users/<str:username>/", kw("username", "zoë"))),
                arguments("default converter is str", "/users/ann/posts/", e("user-posts", "user-posts", "users/<username>/posts/", kw("username", "ann"))),
                arguments("uuid converter", "/items/" + ID + "/", e("item", "item", "items/<uuid:id>/", kw("id", ID))),
                arguments("path converter", "/files/a/b/c.txt", e("file", "file", "files/<path:file>", kw("file", "a/b/c.txt"))),
                arguments("path converter one char", "/files/x", e("file", "file", "files/<path:file>", kw("file", "x"))),
                arguments("path converter then literal", "/docs/guide/intro/edit/", e("doc-edit", "doc-edit", "docs/<path:page>/edit/", kw("page", "guide/intro"))),
                arguments("path converter greedy", "/docs/a/edit/b/edit/", e("doc-edit", "doc-edit", "docs/<path:page>/edit/", kw("page", "a/edit/b"))),
                arguments("custom converter", "/year/2024/", e("yyyy", "yyyy", "year/<yyyy:year>/", kw("year", 2024))),
                arguments("custom converter accepts", "/even/4/", e("even", "even", "even/<even:n>/", kw("n", 4))),
                arguments("custom converter rejects, next pattern", "/even/3/", e("odd-fallback", "odd-fallback", "even/<int:n>/", kw("n", 3))),
                arguments("slug then int backtracks", "/slugnum/my-post-12/", e("slugnum", "slugnum", "slugnum/<slug:s>-<int:n>/", kw("s", "my-post", "n", 12))),
                arguments("same name, first pattern", "/pg/", e("listing", "listing", "pg/", kw())),
                arguments("same name, second pattern", "/pg/3/", e("listing-page", "listing", "pg/<int:page>/", kw("page", 3))),
                arguments("regex named group", "/re/2020/", e("re-year", "re-year", "^re/(?P<year>[0-9]{4})/$", kw("year", "2020"))),
                arguments("regex two named groups", "/re/2020/12/", e("re-month", "re-month", "^re/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$", kw("year", "2020", "month", "12"))),
                arguments("regex positional groups", "/pos/12/ab/", pos("re-pos", "re-pos", "^pos/([0-9]+)/([a-z]+)/$", "12", "ab")),
                arguments("regex optional group absent", "/opt/", e("re-opt", "re-opt", "^opt/(?:page-(?P<page_number>[0-9]+)/)?$", kw())),
                arguments("regex optional group present", "/opt/page-3/", e("re-opt", "re-opt", "^opt/(?:page-(?P<page_number>[0-9]+)/)?$", kw("page_number", "3"))),
                arguments("regex named wins over unnamed", "/mixed/1/2/", e("re-mixed", "re-mixed", "^mixed/(?P<a>[0-9]+)/([0-9]+)/$", kw("a", "1"))),
                arguments("regex unicode word", "/unicode/héllo/", pos("unicode", "unicode", "^unicode/(\\w+)/$", "héllo")),
                arguments("regex \\Z end", "/anywhere/end", e("re-z", "re-z", "^anywhere/end\\Z", kw())),
                arguments("default kwargs", "/defaults/", e("defaults", "defaults", "defaults/", kw("flag", true))),
                arguments("default kwargs override captured", "/defaults/5/", e("defaults-override", "defaults-override", "defaults/<int:id>/", kw("id", 99))),
                arguments("unnamed route with kwargs", "/unnamed-defaults/", e("unnamed-defaults", null, "unnamed-defaults/", kw("page", 1))),
                arguments("unnamed regex with kwargs", "/re-defaults/", e("re-defaults", null, "^re-defaults/$", kw("page", 2))),
                arguments("app namespace default instance", "/polls/", ns("polls-index", "index", "polls/", kw(), List.of("polls"), List.of("polls"))),
                arguments("namespaced with converter", "/polls/3/", ns("polls-detail", "detail", "polls/<int:pk>/", kw("pk", 3), List.of("polls"), List.of("polls"))),
                arguments("instance namespace", "/author-polls/3/results/", ns("polls-results", "results", "author-polls/<int:pk>/results/", kw("pk", 3), List.of("polls"), List.of("author-polls"))),
                arguments("second instance", "/publisher-polls/", ns("polls-index", "index", "publisher-polls/", kw(), List.of("polls"), List.of("publisher-polls"))),
                arguments("include captures and kwargs", "/inc/5/7/", e("inner", "inner", "inc/<int:outer>/<int:inner>/", kw("outer", 5, "extra", "x", "inner", 7))),
                arguments("inner kwargs override include kwargs", "/inc/5/kw/", e("inner-kw", "inner-kw", "inc/<int:outer>/kw/", kw("outer", 5, "extra", "override"))),
                arguments("regex include joins routes", "/reinc/1/2/", e("inner-re", "inner-re", "^reinc/(?P<outer>[0-9]+)/(?P<inner>[0-9]+)/$", kw("outer", "1", "inner", "2"))),
                arguments("positional args accumulate through includes", "/posinc/5/abc/", pos("pos-inner", "pos-inner", "^posinc/([0-9]+)/([a-z]+)/$", "5", "abc")),
                arguments("nested namespaces", "/nested/deep/3/", ns("polls-detail", "detail", "nested/deep/<int:pk>/", kw("pk", 3), List.of("outer", "polls"), List.of("outer", "deep-polls"))),
                arguments("namespace inside a plain include", "/flat/sub/", ns("shop-index", "index", "flat/sub/", kw(), List.of("flatshop"), List.of("flatshop"))),
                arguments("plain include", "/flat/x/", e("flat-x", "flat-x", "flat/x/", kw())),
                arguments("namespaced include under a converter", "/en/ns/", ns("shop-index", "index", "<str:lang>/ns/", kw("lang", "en"), List.of("langshop"), List.of("langshop"))),
                arguments("converter-first route", "/hello/", e("page", "page", "<slug:page>/", kw("page", "hello"))),
                arguments("earlier converter route beats later literal", "/shadowed/", e("page", "page", "<slug:page>/", kw("page", "shadowed"))),
                arguments("earlier literal beats later converter route", "/about/", e("about", "about", "about/", kw())),
                arguments("converter route catches a prefix segment", "/users/", e("page", "page", "<slug:page>/", kw("page", "users"))),
                arguments("trailing int without slash", "/tail/12", e("tail-int", "tail-int", "tail/<int:n>", kw("n", 12))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matches")
    void resolves(String name, String path, Expect expected) {
        ResolverMatch m = MAIN_CONF.resolve(path);
        Expect actual = new Expect(((UrlFixtures.V) m.view()).id(), m.urlName(), m.route(), m.args(),
                m.kwargs().asMap(), m.appNames(), m.namespaces());
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matches")
    void indexAgreesWithLinearScan(String name, String path, Expect expected) {
        assertThat(Resolution.resolve(MAIN_CONF.compiledRoot(), path, true))
                .isEqualTo(Resolution.resolve(MAIN_CONF.compiledRoot(), path, false));
    }

    static Stream<Arguments> misses() {
        return Stream.of(
                arguments("no leading slash", "about/", "about/"),
                arguments("unknown two segments", "/nothing/here/", "nothing/here/"),
                arguments("int rejects letters", "/articles/abc/", "articles/abc/"),
                arguments("int too large for Integer", "/articles/99999999999/", "articles/99999999999/"),
                arguments("missing trailing slash", "/about", "about"),
                arguments("uuid uppercase", "/items/" + ID.toString().toUpperCase() + "/", "items/" + ID.toString().toUpperCase() + "/"),
                arguments("uuid too short", "/items/075194d3-6885-417e-a8a8/", "items/075194d3-6885-417e-a8a8/"),
                arguments("custom converter regex", "/year/20/", "year/20/"),
                arguments("regex length", "/re/20/", "re/20/"),
                arguments("path converter needs a char", "/docs//edit/x", "docs//edit/x"),
                arguments("slug rejects dot", "/a.b/c/", "a.b/c/"),
                arguments("namespaced include, no child", "/polls/x/y/", "polls/x/y/"),
                arguments("include captures, no child", "/inc/5/zz/", "inc/5/zz/"),
                arguments("endpoint must consume all", "/tail/12/", "tail/12/"),
                arguments("empty path", "", ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("misses")
    void raisesResolver404(String name, String path, String reported) {
        assertThatThrownBy(() -> MAIN_CONF.resolve(path))
                .isInstanceOfSatisfying(Resolver404.class, e -> assertThat(e.path()).isEqualTo(reported));
        assertThat(Resolution.resolve(MAIN_CONF.compiledRoot(), path, false)).isNull();
    }
}
