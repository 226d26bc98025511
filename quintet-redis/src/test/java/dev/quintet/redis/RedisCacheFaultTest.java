package dev.quintet.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.cache.Cache;
import dev.quintet.cache.CacheConfig;
import dev.quintet.cache.CacheException;
import dev.quintet.cache.LogCapture;
import dev.quintet.cache.Services;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A dead Redis does not take the site down; a Redis that comes back is used again. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisCacheFaultTest {
    private Cache ignoring;
    private Cache raising;

    @BeforeAll
    void openOnClosedPort() throws Exception {
        String closed = "redis://127.0.0.1:" + RedisServer.freePort() + "/0";
        ignoring = new RedisCache(CacheConfig.of(RedisCache::new).withLocation(closed));
        raising = new RedisCache(CacheConfig.of(RedisCache::new).withLocation(closed).withOption(RedisCache.IGNORE_EXCEPTIONS, false));
    }

    @AfterAll
    void close() {
        ignoring.close();
        raising.close();
    }

    static Stream<Arguments> missCases() {
        return Stream.of(
            miss("get returns the default", c -> c.get("key", "fallback"), "fallback"),
            miss("get returns null", c -> c.get("key"), null),
            miss("set does nothing", c -> {
                c.set("key", "value");
                return "done";
            }, "done"),
            miss("add stores nothing", c -> c.add("key", "value"), false),
            miss("touch finds nothing", c -> c.touch("key"), false),
            miss("delete finds nothing", c -> c.delete("key"), false),
            miss("has is false", c -> c.has("key"), false),
            miss("getMany is empty", c -> c.getMany(List.of("a", "b")), Map.of()),
            miss("setMany reports every key failed", c -> c.setMany(Map.of("a", 1)), List.of("a")),
            miss("getOrSet computes", c -> c.getOrSet("key", () -> "computed"), "computed"),
            miss("clear does nothing", c -> {
                c.clear();
                return "done";
            }, "done"));
    }

    private static Arguments miss(String name, Function<Cache, Object> operation, Object expected) {
        return Arguments.of(name, operation, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missCases")
    void deadRedisBehavesAsAMiss(String name, Function<Cache, Object> operation, Object expected) {
        try (var errors = LogCapture.of(RedisCache.class)) {
            long start = System.nanoTime();
            assertThat(operation.apply(ignoring)).isEqualTo(expected);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(errors.events()).isNotEmpty().allMatch(e -> e.getLevel().toString().equals("ERROR"));
        }
    }

    @Test
    void incrOnADeadRedisFailsAsAMissingKey() {
        assertThatThrownBy(() -> ignoring.incr("key")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missCases")
    void raisingModeThrows(String name, Function<Cache, Object> operation, Object expected) {
        assertThatThrownBy(() -> operation.apply(raising)).isInstanceOf(CacheException.class).hasMessageContaining("Redis cache");
    }

    @Test
    void cachingResumesWhenRedisComesBack() throws Exception {
        Services.assume("redis-server", RedisServer.installed(), "not on the PATH");
        try (RedisServer server = new RedisServer(RedisServer.freePort())) {
            server.start();
            try (Cache cache = new RedisCache(CacheConfig.of(RedisCache::new).withLocation(server.url())
                    .withOption(RedisCache.COMMAND_TIMEOUT, Duration.ofSeconds(1)))) {
                cache.set("key", "before");
                assertThat(cache.get("key")).isEqualTo("before");

                server.stop();
                cache.set("key", "while down");
                assertThat(cache.get("key", "miss")).isEqualTo("miss");

                server.start(); // empty: it saved nothing
                assertThat(eventually(() -> {
                    cache.set("key", "after");
                    return "after".equals(cache.get("key"));
                })).as("caching resumed within 15 s").isTrue();
            }
        }
    }

    @Test
    void aStalledRedisCostsOnlyTheCommandTimeout() throws Exception {
        Services.assume("redis-server", RedisServer.installed(), "not on the PATH");
        try (RedisServer server = new RedisServer(RedisServer.freePort())) {
            server.start();
            try (Cache cache = new RedisCache(CacheConfig.of(RedisCache::new).withLocation(server.url()));
                 var errors = LogCapture.of(RedisCache.class)) {
                cache.set("key", "value");
                // Redis answers nobody while it sleeps
                Process sleeper = new ProcessBuilder("redis-cli", "-p", Integer.toString(server.port), "DEBUG", "SLEEP", "3")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Object value = "value";
                Duration took = Duration.ZERO;
                long deadline = System.nanoTime() + Duration.ofMillis(2500).toNanos();
                while ("value".equals(value) && System.nanoTime() < deadline) { // until the sleep has begun
                    Thread.sleep(50);
                    long start = System.nanoTime();
                    value = cache.get("key", "miss");
                    took = Duration.ofNanos(System.nanoTime() - start);
                }
                sleeper.waitFor();
                assertThat(value).isEqualTo("miss");
                assertThat(took).isLessThan(Duration.ofMillis(1500)); // the 200 ms default, not the 3 s stall
                assertThat(errors.messages()).anyMatch(m -> m.contains("timed out"));
                assertThat(cache.get("key")).isEqualTo("value"); // the same connection serves again
            }
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
