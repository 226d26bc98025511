package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.template.Engine;
import dev.quintet.template.TemplateSyntaxError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code {% cache %}} tag, after Django's CacheTests in template_tests. */
class CacheTagsTest {
    private final Caches caches = Caches.of(Map.of("default", CacheConfig.of(LocMemCache::new),
            "other", CacheConfig.of(LocMemCache::new)));
    private final Engine engine = Engine.builder().library("cache", CacheTags.library(caches)).build();

    @AfterEach
    void close() {
        caches.close();
    }

    /** Renders {@code template} twice with a counter that changes, so a cached fragment shows. */
    private List<String> twice(String template, Map<String, Object> first, Map<String, Object> second) {
        List<String> out = new ArrayList<>();
        int[] n = {0};
        for (Map<String, Object> values : List.of(first, second)) {
            Map<String, Object> context = new HashMap<>(values);
            context.put("n", ++n[0]);
            out.add(engine.fromString("{% load cache %}" + template).render(context));
        }
        return out;
    }

    static Stream<Arguments> cases() {
        Map<String, Object> none = Map.of();
        return Stream.of(
            Arguments.of("the fragment is cached", "{% cache 60 frag %}{{ n }}{% endcache %}", none, none, List.of("1", "1")),
            Arguments.of("text around is not", "a{% cache 60 frag %}{{ n }}{% endcache %}{{ n }}", none, none, List.of("a11", "a12")),
            Arguments.of("same vary-on value shares", "{% cache 60 frag user %}{{ n }}{% endcache %}",
                    Map.of("user", "ann"), Map.of("user", "ann"), List.of("1", "1")),
            Arguments.of("different vary-on values do not", "{% cache 60 frag user %}{{ n }}{% endcache %}",
                    Map.of("user", "ann"), Map.of("user", "bob"), List.of("1", "2")),
            Arguments.of("a variable timeout", "{% cache t frag %}{{ n }}{% endcache %}",
                    Map.of("t", 60), Map.of("t", 60), List.of("1", "1")),
            Arguments.of("a zero timeout does not cache", "{% cache 0 frag %}{{ n }}{% endcache %}", none, none, List.of("1", "2")),
            Arguments.of("None caches for ever", "{% cache None frag %}{{ n }}{% endcache %}", none, none, List.of("1", "1")),
            Arguments.of("using= picks the cache", "{% cache 60 frag using=\"other\" %}{{ n }}{% endcache %}", none, none,
                    List.of("1", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renders(String name, String template, Map<String, Object> first, Map<String, Object> second, List<String> expected) {
        assertThat(twice(template, first, second)).isEqualTo(expected);
    }

    @Test
    void theFragmentIsStoredUnderDjangosKey() {
        engine.fromString("{% load cache %}{% cache 60 sidebar 'ann' 1 %}side{% endcache %}").render(Map.of());
        assertThat(caches.cache().get(CacheUtils.makeTemplateFragmentKey("sidebar", List.of("ann", 1)))).isEqualTo("side");
        assertThat(caches.get("other").has(CacheUtils.makeTemplateFragmentKey("sidebar", List.of("ann", 1)))).isFalse();
    }

    @Test
    void aTemplateFragmentsCacheIsPreferred() {
        try (Caches withFragments = Caches.of(Map.of("default", CacheConfig.of(LocMemCache::new),
                "template_fragments", CacheConfig.of(LocMemCache::new)))) {
            Engine e = Engine.builder().library("cache", CacheTags.library(withFragments)).build();
            e.fromString("{% load cache %}{% cache 60 f %}x{% endcache %}").render(Map.of());
            String key = CacheUtils.makeTemplateFragmentKey("f", List.of());
            assertThat(List.of(withFragments.get("template_fragments").has(key), withFragments.cache().has(key)))
                    .containsExactly(true, false);
        }
    }

    static Stream<Arguments> errors() {
        return Stream.of(
            Arguments.of("too few arguments", "{% cache 60 %}{% endcache %}", "''cache'' tag requires at least 2 arguments."),
            Arguments.of("a non-integer timeout", "{% cache 'soon' f %}{% endcache %}",
                    "\"cache\" tag got a non-integer timeout value: 'soon'"),
            Arguments.of("an unknown cache", "{% cache 60 f using=\"nope\" %}{% endcache %}",
                    "Invalid cache name specified for cache tag: 'nope'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void refuses(String name, String template, String message) {
        assertThatThrownBy(() -> engine.fromString("{% load cache %}" + template).render(Map.of()))
                .isInstanceOf(TemplateSyntaxError.class).hasMessageContaining(message);
    }
}
