package dev.quintet.template.internal.filters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.template.library.Filter;
import dev.quintet.template.library.Filter.Arity;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry: every Django 6.0 built-in filter, with Django's flags and argument arity. */
class FilterRegistryTest {

    /**
     * name, arity, is_safe, needs_autoescape, expects_localtime: as
     * {@code django/template/defaultfilters.py} (6.0) declares them.
     */
    static Stream<Arguments> djangoFlags() {
        return Stream.of(
                Arguments.of("add", Arity.REQUIRED, false, false, false),
                Arguments.of("addslashes", Arity.NONE, true, false, false),
                Arguments.of("capfirst", Arity.NONE, true, false, false),
                Arguments.of("center", Arity.REQUIRED, true, false, false),
                Arguments.of("cut", Arity.REQUIRED, false, false, false),
                Arguments.of("date", Arity.OPTIONAL, false, false, true),
                Arguments.of("default", Arity.REQUIRED, false, false, false),
                Arguments.of("default_if_none", Arity.REQUIRED, false, false, false),
                Arguments.of("dictsort", Arity.REQUIRED, false, false, false),
                Arguments.of("dictsortreversed", Arity.REQUIRED, false, false, false),
                Arguments.of("divisibleby", Arity.REQUIRED, false, false, false),
                Arguments.of("escape", Arity.NONE, true, false, false),
                Arguments.of("escapejs", Arity.NONE, false, false, false),
                Arguments.of("escapeseq", Arity.NONE, true, false, false),
                Arguments.of("filesizeformat", Arity.NONE, true, false, false),
                Arguments.of("first", Arity.NONE, false, false, false),
                Arguments.of("floatformat", Arity.OPTIONAL, true, false, false),
                Arguments.of("force_escape", Arity.NONE, true, false, false),
                Arguments.of("get_digit", Arity.REQUIRED, false, false, false),
                Arguments.of("iriencode", Arity.NONE, true, false, false),
                Arguments.of("join", Arity.REQUIRED, true, true, false),
                Arguments.of("json_script", Arity.OPTIONAL, true, false, false),
                Arguments.of("last", Arity.NONE, true, false, false),
                Arguments.of("length", Arity.NONE, false, false, false),
                Arguments.of("linebreaks", Arity.NONE, true, true, false),
                Arguments.of("linebreaksbr", Arity.NONE, true, true, false),
                Arguments.of("linenumbers", Arity.NONE, true, true, false),
                Arguments.of("ljust", Arity.REQUIRED, true, false, false),
                Arguments.of("lower", Arity.NONE, true, false, false),
                Arguments.of("make_list", Arity.NONE, false, false, false),
                Arguments.of("phone2numeric", Arity.NONE, true, false, false),
                Arguments.of("pluralize", Arity.OPTIONAL, false, false, false),
                Arguments.of("pprint", Arity.NONE, true, false, false),
                Arguments.of("random", Arity.NONE, true, false, false),
                Arguments.of("rjust", Arity.REQUIRED, true, false, false),
                Arguments.of("safe", Arity.NONE, true, false, false),
                Arguments.of("safeseq", Arity.NONE, true, false, false),
                Arguments.of("slice", Arity.REQUIRED, true, false, false),
                Arguments.of("slugify", Arity.NONE, true, false, false),
                Arguments.of("stringformat", Arity.REQUIRED, true, false, false),
                Arguments.of("striptags", Arity.NONE, true, false, false),
                Arguments.of("time", Arity.OPTIONAL, false, false, true),
                Arguments.of("timesince", Arity.OPTIONAL, false, false, false),
                Arguments.of("timeuntil", Arity.OPTIONAL, false, false, false),
                Arguments.of("title", Arity.NONE, true, false, false),
                Arguments.of("truncatechars", Arity.REQUIRED, true, false, false),
                Arguments.of("truncatechars_html", Arity.REQUIRED, true, false, false),
                Arguments.of("truncatewords", Arity.REQUIRED, true, false, false),
                Arguments.of("truncatewords_html", Arity.REQUIRED, true, false, false),
                Arguments.of("unordered_list", Arity.NONE, true, true, false),
                Arguments.of("upper", Arity.NONE, false, false, false),
                Arguments.of("urlencode", Arity.OPTIONAL, false, false, false),
                Arguments.of("urlize", Arity.NONE, true, true, false),
                Arguments.of("urlizetrunc", Arity.REQUIRED, true, true, false),
                Arguments.of("wordcount", Arity.NONE, false, false, false),
                Arguments.of("wordwrap", Arity.REQUIRED, true, false, false),
                Arguments.of("yesno", Arity.OPTIONAL, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("djangoFlags")
    void flagsAreDjangos(String name, Arity arity, boolean isSafe, boolean needsAutoescape, boolean expectsLocaltime) {
        Filter f = DefaultFilters.library().filters().get(name);
        assertThat(f).as(name).isNotNull();
        assertThat(f.name()).isEqualTo(name);
        assertThat(f.arity()).as("arity of %s", name).isEqualTo(arity);
        assertThat(f.isSafe()).as("is_safe of %s", name).isEqualTo(isSafe);
        assertThat(f.needsAutoescape()).as("needs_autoescape of %s", name).isEqualTo(needsAutoescape);
        assertThat(f.expectsLocaltime()).as("expects_localtime of %s", name).isEqualTo(expectsLocaltime);
    }

    @Test
    void registersExactlyDjangosFilters() {
        Map<String, Filter> filters = DefaultFilters.library().filters();
        assertThat(filters.keySet()).containsExactlyInAnyOrderElementsOf(
                djangoFlags().map(a -> (String) a.get()[0]).toList());
    }

    @Test
    void filtersAreBuiltOnceAndCallersCannotChangeThem() {
        Filter upper = DefaultFilters.library().filters().get("upper");
        assertThat(DefaultFilters.library().filters().get("upper")).isSameAs(upper);
        DefaultFilters.library().filter("upper", (value, arg, ctx) -> "replaced");
        assertThat(DefaultFilters.library().filters().get("upper")).isSameAs(upper);
    }
}
