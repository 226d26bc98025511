package dev.quintet.urls;

import static dev.quintet.urls.UrlFixtures.v;
import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.http.Http404;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The patterns a 404 reports as tried, as Django's DEBUG page lists them. */
class Resolver404Test {
    static final UrlConf CONF = UrlConf.of(List.of(
            path("", v("home"), "home"),
            path("blog/", include(List.of(
                    path("", v("blog-index"), "index"),
                    path("<int:pk>/", v("blog-detail"), "detail")), "blog")),
            rePath("^legacy/(?P<id>[0-9]+)/$", v("legacy")),
            path("empty/", include(List.of()))));

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("nothing matches at the top", "/nowhere/", List.of(
                        "'' [name='home']", "'blog/'", "'^legacy/(?P<id>[0-9]+)/$'", "'empty/'")),
                arguments("include matched, children listed", "/blog/x/", List.of(
                        "'' [name='home']", "'blog/' > '' [name='index']", "'blog/' > '<int:pk>/' [name='detail']",
                        "'^legacy/(?P<id>[0-9]+)/$'", "'empty/'")),
                arguments("empty include that matched adds nothing", "/empty/x/", List.of(
                        "'' [name='home']", "'blog/'", "'^legacy/(?P<id>[0-9]+)/$'")),
                arguments("no leading slash tries nothing", "blog/", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void listsPatternsTried(String name, String path, List<String> tried) {
        Resolver404 e = catchThrowableOfType(Resolver404.class, () -> CONF.resolve(path));
        assertThat(e).isInstanceOf(Http404.class);
        assertThat(e.tried()).map(chain -> String.join(" > ", chain.stream().map(UrlPattern::describe).toList()))
                .isEqualTo(tried);
    }
}
