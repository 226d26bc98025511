package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Django's DummyCacheTests: everything is accepted, nothing is kept. */
class DummyCacheTest {
    private final Cache cache = new DummyCache(CacheConfig.of(DummyCache::new));

    static Stream<Arguments> cases() {
        return Stream.of(
            row("get after set misses", c -> {
                c.set("key", "value");
                return c.get("key");
            }, null),
            row("get returns the default", c -> c.get("key", "fallback"), "fallback"),
            row("add reports success", c -> c.add("key", "value"), true),
            row("add keeps nothing", c -> {
                c.add("key", "value");
                return c.has("key");
            }, false),
            row("getOrSet returns the computed value", c -> c.getOrSet("key", () -> "computed"), "computed"),
            row("getMany is empty", c -> {
                c.setMany(Map.of("a", 1));
                return c.getMany(List.of("a"));
            }, Map.of()),
            row("setMany fails no key", c -> c.setMany(Map.of("a", 1)), List.of()),
            row("delete finds nothing", c -> c.delete("key"), false),
            row("touch finds nothing", c -> c.touch("key"), false),
            row("has is false", c -> c.has("key"), false));
    }

    private static Arguments row(String name, Function<Cache, Object> operation, Object expected) {
        return Arguments.of(name, operation, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void acceptsAndForgets(String name, Function<Cache, Object> operation, Object expected) {
        assertThat(operation.apply(cache)).isEqualTo(expected);
    }

    static Stream<Arguments> failing() {
        return Stream.of(
            Arguments.of("incr", (Function<Cache, Object>) c -> c.incr("key")),
            Arguments.of("decr", (Function<Cache, Object>) c -> c.decr("key")),
            Arguments.of("incrVersion", (Function<Cache, Object>) c -> c.incrVersion("key")),
            Arguments.of("decrVersion", (Function<Cache, Object>) c -> c.decrVersion("key")));
    }

    @ParameterizedTest(name = "{0} fails as for a missing key")
    @MethodSource("failing")
    void countersFail(String name, Function<Cache, Object> operation) {
        cache.set("key", 1);
        assertThatThrownBy(() -> operation.apply(cache)).isInstanceOf(IllegalArgumentException.class);
    }
}
