package dev.quintet.urls;

import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.rePath;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import java.util.List;
import java.util.Map;

/** The URLconfs the URL tests run against, modelled on Django's own URL tests. */
final class UrlFixtures {
    private UrlFixtures() {
    }

    /** A view known by its id, so tests can tell which pattern matched. */
    record V(String id) implements View {
        @Override
        public HttpResponse handle(HttpRequest request) {
            return null;
        }
    }

    static V v(String id) {
        return new V(id);
    }

    /** Four digits, written back zero-padded: Django's documentation example. */
    record FourDigitYear() implements Converter {
        @Override
        public String regex() {
            return "[0-9]{4}";
        }

        @Override
        public Object toJava(String value) {
            return Integer.valueOf(value);
        }

        @Override
        public String toUrl(Object value) {
            return String.format("%04d", (Integer) value);
        }
    }

    /** Digits, but only even numbers: rejects odd ones in both directions. */
    record EvenConverter() implements Converter {
        @Override
        public String regex() {
            return "[0-9]+";
        }

        @Override
        public Object toJava(String value) {
            int n = Integer.parseInt(value);
            if (n % 2 != 0) {
                throw new IllegalArgumentException("odd");
            }
            return n;
        }

        @Override
        public String toUrl(Object value) {
            int n = (Integer) value;
            if (n % 2 != 0) {
                throw new IllegalArgumentException("odd");
            }
            return Integer.toString(n);
        }
    }

    static final List<UrlPattern> POLLS = List.of(
            path("", v("polls-index"), "index"),
            path("<int:pk>/", v("polls-detail"), "detail"),
            path("<int:pk>/results/", v("polls-results"), "results"));

    static final List<UrlPattern> SHOP = List.of(path("", v("shop-index"), "index"));

    static final List<UrlPattern> INNER = List.of(
            path("<int:inner>/", v("inner"), "inner"),
            path("kw/", v("inner-kw"), "inner-kw", Map.of("extra", "override")));

    static final List<UrlPattern> MAIN = List.of(
            path("", v("home"), "home"),
            path("about/", v("about"), "about"),
            path("favicon.ico", v("favicon"), "favicon"),
            path("articles/2003/", v("special-2003"), "special-2003"),
            path("articles/<int:year>/", v("year-archive"), "year-archive"),
            path("articles/<int:year>/<int:month>/", v("month-archive"), "month-archive"),
            path("articles/<int:year>/<int:month>/<slug:slug>/", v("article-detail"), "article-detail"),
            path("users/<str:username>/", v("user"), "user"),
            path("users/<username>/posts/", v("user-posts"), "user-posts"),
            path("items/<uuid:id>/", v("item"), "item"),
            path("files/<path:file>", v("file"), "file"),
            path("docs/<path:page>/edit/", v("doc-edit"), "doc-edit"),
            path("year/<yyyy:year>/", v("yyyy"), "yyyy"),
            path("even/<even:n>/", v("even"), "even"),
            path("even/<int:n>/", v("odd-fallback"), "odd-fallback"),
            path("slugnum/<slug:s>-<int:n>/", v("slugnum"), "slugnum"),
            path("pg/", v("listing"), "listing"),
            path("pg/<int:page>/", v("listing-page"), "listing"),
            path("dup-first/", v("dup-first"), "dup"),
            path("dup-second/", v("dup-second"), "dup"),
            rePath("^re/(?P<year>[0-9]{4})/$", v("re-year"), "re-year"),
            rePath("^re/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$", v("re-month"), "re-month"),
            rePath("^pos/([0-9]+)/([a-z]+)/$", v("re-pos"), "re-pos"),
            rePath("^opt/(?:page-(?P<page_number>[0-9]+)/)?$", v("re-opt"), "re-opt"),
            rePath("^mixed/(?P<a>[0-9]+)/([0-9]+)/$", v("re-mixed"), "re-mixed"),
            rePath("^unicode/(\\w+)/$", v("unicode"), "unicode"),
            rePath("^anywhere/end\\Z", v("re-z"), "re-z"),
            path("defaults/", v("defaults"), "defaults", Map.of("flag", true)),
            path("defaults/<int:id>/", v("defaults-override"), "defaults-override", Map.of("id", 99)),
            path("unnamed-defaults/", v("unnamed-defaults"), Map.of("page", 1)),
            rePath("^re-defaults/$", v("re-defaults"), Map.of("page", 2)),
            path("polls/", include(POLLS, "polls")),
            path("author-polls/", include(POLLS, "polls", "author-polls")),
            path("publisher-polls/", include(POLLS, "polls", "publisher-polls")),
            path("shop-a/", include(SHOP, "shop", "shop-a")),
            path("shop-b/", include(SHOP, "shop", "shop-b")),
            path("inc/<int:outer>/", include(INNER), Map.of("extra", "x")),
            rePath("^reinc/(?P<outer>[0-9]+)/", include(List.of(
                    rePath("^(?P<inner>[0-9]+)/$", v("inner-re"), "inner-re")))),
            rePath("^posinc/([0-9]+)/", include(List.of(rePath("^([a-z]+)/$", v("pos-inner"), "pos-inner")))),
            path("nested/", include(List.of(path("deep/", include(POLLS, "polls", "deep-polls"))), "outer")),
            path("flat/", include(List.of(path("sub/", include(SHOP, "flatshop")), path("x/", v("flat-x"), "flat-x")))),
            path("<str:lang>/ns/", include(SHOP, "langshop")),
            path("<slug:page>/", v("page"), "page"),
            path("shadowed/", v("shadowed"), "shadowed"),
            path("tail/<int:n>", v("tail-int"), "tail-int"));

    static final UrlConf MAIN_CONF = UrlConf.builder()
            .converter("yyyy", new FourDigitYear())
            .converter("even", new EvenConverter())
            .patterns(MAIN)
            .build();

    /** A URLconf whose catch-all route lets reverse() produce a leading "//". */
    static final UrlConf CATCHALL_CONF = UrlConf.of(List.of(path("<path:p>", v("catchall"), "catchall")));
}
