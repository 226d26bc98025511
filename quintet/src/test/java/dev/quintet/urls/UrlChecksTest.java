package dev.quintet.urls;

import static dev.quintet.urls.UrlFixtures.v;
import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The URL system checks: ids and messages for each kind of mistake, nothing for clean URLconfs. */
class UrlChecksTest {
    static List<UrlPattern> list(UrlPattern... patterns) {
        return new ArrayList<>(Arrays.asList(patterns));
    }

    static Stream<Arguments> cases() {
        List<UrlPattern> polls = List.of(path("", v("i"), "index"));
        return Stream.of(
                arguments("clean", list(path("a/", v("a"), "a"), rePath("^b/$", v("b"))), List.of()),
                arguments("route starting with slash", list(path("/a/", v("a"), "a")), List.of(
                        "urls.W002 Your URL pattern '/a/' [name='a'] has a route beginning with a '/'. Remove this slash as it"
                                + " is unnecessary. If this pattern is targeted in an include(), ensure the include() pattern has"
                                + " a trailing '/'.")),
                arguments("regex starting with slash", list(rePath("^/a/$", v("a"))), List.of(
                        "urls.W002 Your URL pattern '^/a/$' has a route beginning with a '/'. Remove this slash as it"
                                + " is unnecessary. If this pattern is targeted in an include(), ensure the include() pattern has"
                                + " a trailing '/'.")),
                arguments("include with slashes both ends is fine", list(path("/a/", Urls.include(List.of()))), List.of()),
                arguments("name with colon", list(path("a/", v("a"), "x:y")), List.of(
                        "urls.W003 Your URL pattern 'a/' [name='x:y'] has a name including a ':'. Remove the colon, to"
                                + " avoid ambiguous namespace references.")),
                arguments("route looks like regex (caret)", list(path("^a/", v("a"))), List.of(
                        "2_0.W001 Your URL pattern '^a/' has a route that contains '(?P<', begins with a '^', or ends with"
                                + " a '$'. This was likely an oversight when migrating from rePath() to path().")),
                arguments("route looks like regex (group)", list(path("a/(?P<x>[0-9]+)/", v("a"))), List.of(
                        "2_0.W001 Your URL pattern 'a/(?P<x>[0-9]+)/' has a route that contains '(?P<', begins with a"
                                + " '^', or ends with a '$'. This was likely an oversight when migrating from rePath() to path().")),
                arguments("route looks like regex (dollar)", list(path("a/$", v("a"))), List.of(
                        "2_0.W001 Your URL pattern 'a/$' has a route that contains '(?P<', begins with a '^', or ends with"
                                + " a '$'. This was likely an oversight when migrating from rePath() to path().")),
                arguments("include regex ending with dollar", list(rePath("^a/$", include(polls))), List.of(
                        "urls.W001 Your URL pattern '^a/$' uses include with a route ending with a '$'. Remove the dollar"
                                + " from the route to avoid problems including URLs.")),
                arguments("escaped dollar is fine", list(rePath("^a\\$", include(polls))), List.of()),
                arguments("unknown converter", list(path("a/<foo:x>/", v("a"))), List.of(
                        "urls.E003 URL route 'a/<foo:x>/' uses invalid converter 'foo' (known converters: int, str, slug, uuid, path).")),
                arguments("unknown converter inside include", list(path("p/", include(List.of(path("<bar:y>/", v("b")))))), List.of(
                        "urls.E003 URL route '<bar:y>/' uses invalid converter 'bar' (known converters: int, str, slug, uuid, path).")),
                arguments("null entry", list(path("a/", v("a")), null), List.of(
                        "urls.E004 Your URL pattern at index 1 is invalid. Ensure that urlpatterns is a list of path()"
                                + " and/or rePath() instances.")),
                arguments("include prefix checked only when children are clean",
                        list(path("^p/", include(List.of(path("/x/", v("x")))))), List.of(
                        "urls.W002 Your URL pattern '/x/' has a route beginning with a '/'. Remove this slash as it is"
                                + " unnecessary. If this pattern is targeted in an include(), ensure the include() pattern has"
                                + " a trailing '/'.")),
                arguments("duplicate instance namespace", list(path("a/", include(polls, "polls")), path("b/", include(polls, "polls"))),
                        List.of("urls.W005 URL namespace 'polls' isn't unique. You may not be able to reverse all URLs in this namespace")),
                arguments("nested duplicate namespace", list(path("o/", include(List.of(
                                path("a/", include(polls, "p")), path("b/", include(polls, "p"))), "outer"))),
                        List.of("urls.W005 URL namespace 'outer:p' isn't unique. You may not be able to reverse all URLs in this namespace")),
                arguments("distinct instances are fine", list(path("a/", include(polls, "polls", "one")), path("b/", include(polls, "polls", "two"))),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports(String name, List<UrlPattern> patterns, List<String> expected) {
        List<String> found = UrlConf.builder().patterns(patterns).check(true).stream()
                .map(c -> c.id() + " " + c.message()).toList();
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void slashCheckNeedsAppendSlash() {
        assertThat(UrlConf.builder().patterns(path("/a/", v("a"))).check(false)).isEmpty();
    }

    @Test
    void builtConfChecksToo() {
        UrlConf conf = UrlConf.of(List.of(path("/a/", v("a"))));
        assertThat(conf.check()).extracting(UrlCheck::id, UrlCheck::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("urls.W002", UrlCheck.WARNING));
    }

    @Test
    void buildFailsOnUnknownConverterNamingRoute() {
        assertThatThrownBy(() -> UrlConf.of(List.of(path("posts/<year:y>/", v("a")))))
                .isInstanceOf(InvalidUrlPattern.class)
                .hasMessageContaining("'posts/<year:y>/'").hasMessageContaining("'year'").hasMessageContaining("urls.E003");
    }

    @Test
    void buildFailsOnNullEntry() {
        assertThatThrownBy(() -> UrlConf.builder().patterns(list(null, path("a/", v("a")))).build())
                .isInstanceOf(InvalidUrlPattern.class).hasMessageContaining("urls.E004");
    }
}
