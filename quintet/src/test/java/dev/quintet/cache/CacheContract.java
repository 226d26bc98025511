package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cache API specification, one table run against every back end: a back end's test extends
 * this class and says how to configure it ({@link #backend()}, {@link #locate}) and what it
 * shares ({@link #sharedStorage()}, {@link #culls()}).
 */
public abstract class CacheContract {
    /** A registered application type for the round-trip cases. */
    public record Point(int x, int y, String label) {
    }

    /** The serializer every contract cache uses. */
    public static final CacheSerializer SERIALIZER = CacheSerializer.builder().register("test.Point", Point.class).build();

    private final List<Cache> opened = new ArrayList<>();

    /** The back end under test. */
    protected abstract CacheBackend backend();

    /** Points the configuration at this test's storage (a directory, a table, a Redis URL). */
    protected CacheConfig locate(CacheConfig config) {
        return config;
    }

    /** True when two caches with the same location see the same entries. */
    protected boolean sharedStorage() {
        return true;
    }

    /** True when the back end culls at {@code MAX_ENTRIES}. */
    protected boolean culls() {
        return true;
    }

    /** The entries left after 49 writes into a cache of 30 with {@code CULL_FREQUENCY} 0. */
    protected int zeroCullRemaining() {
        return 19;
    }

    /** A new cache on this test's storage, emptied, closed after the test. */
    protected final Cache open(UnaryOperator<CacheConfig> configure) {
        Cache cache = backend().create(configure.apply(locate(CacheConfig.of(backend()).withSerializer(SERIALIZER))));
        opened.add(cache);
        return cache;
    }

    @AfterEach
    final void closeCaches() {
        if (!opened.isEmpty()) {
            opened.getFirst().clear();
        }
        opened.forEach(Cache::close);
        opened.clear();
    }

    /** One row of the table. */
    @FunctionalInterface
    protected interface Case {
        void check(Fixture f) throws Exception;
    }

    /** What a case works with. */
    protected record Fixture(Cache cache, CacheContract contract) {
        Cache open(UnaryOperator<CacheConfig> configure) {
            return contract.open(configure);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void contract(String name, Case body) throws Exception {
        Cache cache = open(UnaryOperator.identity());
        cache.clear();
        body.check(new Fixture(cache, this));
    }

    private static Arguments row(String name, Case body) {
        return Arguments.of(name, body);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            row("set then get", f -> {
                f.cache().set("key", "value");
                assertThat(f.cache().get("key")).isEqualTo("value");
            }),
            row("missing key gives null or the default", f -> {
                assertThat(f.cache().get("missing")).isNull();
                assertThat(f.cache().get("missing", "fallback")).isEqualTo("fallback");
            }),
            row("a stored null is a value, not a miss", f -> {
                f.cache().set("nothing", null);
                assertThat(f.cache().has("nothing")).isTrue();
                assertThat(f.cache().get("nothing", "fallback")).isNull();
            }),
            row("set replaces", f -> {
                f.cache().set("key", "one");
                f.cache().set("key", "two");
                assertThat(f.cache().get("key")).isEqualTo("two");
            }),
            row("typed get casts", f -> {
                f.cache().set("answer", 42);
                assertThat(f.cache().get("answer", Integer.class)).isEqualTo(42);
                assertThatThrownBy(() -> f.cache().get("answer", String.class)).isInstanceOf(ClassCastException.class);
            }),
            row("add stores only a missing key", f -> {
                assertThat(f.cache().add("key", "first")).isTrue();
                assertThat(f.cache().add("key", "second")).isFalse();
                assertThat(f.cache().get("key")).isEqualTo("first");
            }),
            row("add replaces an expired key", f -> {
                f.cache().set("key", "old", Duration.ZERO);
                assertThat(f.cache().add("key", "new")).isTrue();
                assertThat(f.cache().get("key")).isEqualTo("new");
            }),
            row("getOrSet computes a missing value once", f -> {
                AtomicInteger calls = new AtomicInteger();
                String first = f.cache().getOrSet("key", () -> "computed" + calls.incrementAndGet());
                String second = f.cache().getOrSet("key", () -> "computed" + calls.incrementAndGet());
                assertThat(List.of(first, second, calls.get())).containsExactly("computed1", "computed1", 1);
            }),
            row("getOrSet keeps an existing value", f -> {
                f.cache().set("key", "existing");
                assertThat(f.cache().<String>getOrSet("key", () -> "computed", 60)).isEqualTo("existing");
            }),
            row("getMany returns only existing keys", f -> {
                f.cache().set("a", "A");
                f.cache().set("b", 2);
                assertThat(f.cache().getMany(List.of("a", "b", "c"))).containsExactlyInAnyOrderEntriesOf(Map.of("a", "A", "b", 2));
            }),
            row("setMany stores every entry", f -> {
                assertThat(f.cache().setMany(Map.of("a", "A", "b", "B"))).isEmpty();
                assertThat(f.cache().getMany(List.of("a", "b"))).containsExactlyInAnyOrderEntriesOf(Map.of("a", "A", "b", "B"));
            }),
            row("setMany with a zero timeout stores nothing", f -> {
                f.cache().setMany(Map.of("a", "A"), Duration.ZERO);
                assertThat(f.cache().has("a")).isFalse();
            }),
            row("delete reports whether the key existed", f -> {
                f.cache().set("key", "value");
                assertThat(f.cache().delete("key")).isTrue();
                assertThat(f.cache().delete("key")).isFalse();
                assertThat(f.cache().get("key")).isNull();
            }),
            row("deleteMany removes the keys", f -> {
                f.cache().setMany(Map.of("a", 1, "b", 2, "c", 3));
                f.cache().deleteMany(List.of("a", "b", "nope"));
                assertThat(f.cache().getMany(List.of("a", "b", "c"))).containsExactlyEntriesOf(Map.of("c", 3));
            }),
            row("incr and decr", f -> {
                f.cache().set("n", 1);
                assertThat(List.of(f.cache().incr("n"), f.cache().incr("n", 10), f.cache().decr("n"), f.cache().decr("n", 5)))
                        .containsExactly(2L, 12L, 11L, 6L);
                assertThat(f.cache().get("n")).isEqualTo(6L);
            }),
            row("incr of a negative long", f -> {
                f.cache().set("n", -5L);
                assertThat(f.cache().incr("n", -10)).isEqualTo(-15L);
            }),
            row("incr of a missing key fails as Django's ValueError", f -> {
                assertThatThrownBy(() -> f.cache().incr("missing")).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("not found");
                assertThatThrownBy(() -> f.cache().decr("missing")).isInstanceOf(IllegalArgumentException.class);
            }),
            row("incr of a non-integer fails", f -> {
                f.cache().set("s", "text");
                assertThatThrownBy(() -> f.cache().incr("s")).isInstanceOf(IllegalArgumentException.class);
            }),
            row("incr keeps the expiry", f -> {
                f.cache().set("n", 1, Duration.ofMillis(300));
                f.cache().incr("n");
                Thread.sleep(450);
                assertThat(f.cache().has("n")).isFalse();
            }),
            row("concurrent incr loses no update", f -> {
                f.cache().set("n", 0);
                try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                    IntStream.range(0, 4).forEach(t -> pool.submit(() -> {
                        for (int i = 0; i < 25; i++) {
                            f.cache().incr("n");
                        }
                        return null;
                    }));
                }
                assertThat(f.cache().get("n")).isEqualTo(100L);
            }),
            row("touch refreshes existing keys only", f -> {
                f.cache().set("key", "value", Duration.ofMillis(300));
                assertThat(f.cache().touch("key", (Duration) null)).isTrue();
                assertThat(f.cache().touch("missing")).isFalse();
                Thread.sleep(450);
                assertThat(f.cache().get("key")).isEqualTo("value");
            }),
            row("touch with zero expires the key", f -> {
                f.cache().set("key", "value");
                f.cache().touch("key", Duration.ZERO);
                assertThat(f.cache().has("key")).isFalse();
            }),
            row("zero and negative timeouts do not cache", f -> {
                f.cache().set("zero", "value", 0);
                f.cache().set("negative", "value", -1);
                assertThat(f.cache().getMany(List.of("zero", "negative"))).isEmpty();
            }),
            row("null and FOREVER never expire", f -> {
                f.cache().set("a", "A", (Duration) null);
                f.cache().set("b", "B", Cache.FOREVER);
                assertThat(f.cache().getMany(List.of("a", "b"))).hasSize(2);
            }),
            row("values expire after their timeout", f -> {
                f.cache().set("key", "value", Duration.ofMillis(200));
                assertThat(f.cache().has("key")).isTrue();
                Thread.sleep(350);
                assertThat(f.cache().get("key")).isNull();
                assertThat(f.cache().has("key")).isFalse();
            }),
            row("a default timeout applies to set without one", f -> {
                Cache shortLived = f.open(c -> c.withTimeout(Duration.ofMillis(200)));
                shortLived.set("key", "value");
                Thread.sleep(350);
                assertThat(shortLived.has("key")).isFalse();
            }),
            row("clear removes everything", f -> {
                f.cache().setMany(Map.of("a", 1, "b", 2));
                f.cache().clear();
                assertThat(f.cache().getMany(List.of("a", "b"))).isEmpty();
            }),
            row("has", f -> {
                f.cache().set("key", "value");
                assertThat(List.of(f.cache().has("key"), f.cache().has("missing"))).containsExactly(true, false);
            }),
            row("versions are separate keys", f -> {
                f.cache().set("key", "v1", Cache.DEFAULT_TIMEOUT, 1);
                f.cache().set("key", "v2", Cache.DEFAULT_TIMEOUT, 2);
                assertThat(List.of(f.cache().get("key", null, 1), f.cache().get("key", null, 2))).containsExactly("v1", "v2");
            }),
            row("incrVersion and decrVersion move the value", f -> {
                f.cache().set("key", "value");
                assertThat(f.cache().incrVersion("key")).isEqualTo(2);
                assertThat(f.cache().has("key")).isFalse();
                assertThat(f.cache().get("key", null, 2)).isEqualTo("value");
                assertThat(f.cache().decrVersion("key", 1, 2)).isEqualTo(1);
                assertThat(f.cache().get("key")).isEqualTo("value");
                assertThatThrownBy(() -> f.cache().incrVersion("missing")).isInstanceOf(IllegalArgumentException.class);
            }),
            row("VERSION setting", f -> {
                Cache v2 = f.open(c -> c.withVersion(2));
                v2.set("key", "two");
                assertThat(v2.makeKey("key", null)).isEqualTo(":2:key");
                assertThat(v2.get("key", null, 2)).isEqualTo("two");
                if (f.contract().sharedStorage()) {
                    assertThat(f.cache().get("key", null, 2)).isEqualTo("two");
                    assertThat(f.cache().get("key")).isNull();
                }
            }),
            row("KEY_PREFIX separates caches on one store", f -> {
                Cache a = f.open(c -> c.withKeyPrefix("a"));
                Cache b = f.open(c -> c.withKeyPrefix("b"));
                a.set("key", "A");
                b.set("key", "B");
                assertThat(List.of(a.get("key"), b.get("key"), a.makeKey("key", 3))).containsExactly("A", "B", "a:3:key");
                assertThat(f.cache().get("key")).isNull();
            }),
            row("KEY_FUNCTION builds the stored key", f -> {
                Cache custom = f.open(c -> c.withKeyPrefix("p").withKeyFunction((key, prefix, version) -> "custom-" + key + "-" + prefix + version));
                custom.set("key", "value");
                assertThat(List.of(custom.makeKey("key", null), custom.get("key"))).containsExactly("custom-key-p1", "value");
            }),
            row("keys memcached would refuse are warned about, and work", f -> {
                try (var warnings = LogCapture.of(CacheKeyWarning.class)) {
                    f.cache().set("key with space", "value");
                    assertThat(f.cache().get("key with space")).isEqualTo("value");
                    assertThat(warnings.messages()).contains(
                            "Cache key contains characters that will cause errors if used with memcached: ':1:key with space'");
                }
            }),
            row("long keys are warned about", f -> {
                try (var warnings = LogCapture.of(CacheKeyWarning.class)) {
                    String key = "a".repeat(250);
                    f.cache().set(key, "value");
                    assertThat(f.cache().get(key)).isEqualTo("value");
                    assertThat(warnings.messages()).hasSize(2).allMatch(m -> m.endsWith("(longer than 250)"));
                }
            }),
            row("good keys are not warned about", f -> {
                try (var warnings = LogCapture.of(CacheKeyWarning.class)) {
                    f.cache().set("good:key-1.2_3", "value");
                    f.cache().get("good:key-1.2_3");
                    assertThat(warnings.messages()).isEmpty();
                }
            }),
            row("values round-trip with their types", f -> {
                for (Object value : roundTripValues()) {
                    f.cache().set("value", value);
                    Object back = f.cache().get("value");
                    assertThat(back).as("%s", value.getClass()).isEqualTo(value).hasSameClassAs(value);
                }
            }),
            row("collections round-trip with their contents", f -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                map.put(1, List.of("a", 2L));
                map.put("k", Set.of(true));
                map.put(null, new Point(1, 2, "p"));
                f.cache().set("map", map);
                f.cache().set("set", new LinkedHashSet<>(List.of("x", "y")));
                f.cache().set("list", List.of(List.of(), Map.of(), 1.5));
                assertThat(List.of(f.cache().get("map"), f.cache().get("set"), f.cache().get("list")))
                        .containsExactly(map, Set.of("x", "y"), List.of(List.of(), Map.of(), 1.5));
            }),
            row("unsupported types are refused", f -> {
                assertThatThrownBy(() -> f.cache().set("key", new StringBuilder("x")))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StringBuilder");
            }),
            row("values are copies", f -> {
                List<Integer> list = new ArrayList<>(List.of(1, 2));
                f.cache().set("list", list);
                list.add(3);
                @SuppressWarnings("unchecked")
                List<Object> got = (List<Object>) f.cache().get("list");
                got.add(4);
                assertThat(f.cache().get("list")).isEqualTo(List.of(1, 2));
            }),
            row("culling keeps the cache under MAX_ENTRIES", f -> {
                if (f.contract().culls()) {
                    Cache small = f.open(c -> c.withKeyPrefix("cull").withOption("MAX_ENTRIES", 30).withOption("CULL_FREQUENCY", 3));
                    assertThat(fillAndCount(small)).isEqualTo(29);
                }
            }),
            row("CULL_FREQUENCY 0 empties the cache when full", f -> {
                if (f.contract().culls()) {
                    Cache small = f.open(c -> c.withKeyPrefix("zero").withOption("MAX_ENTRIES", 30).withOption("CULL_FREQUENCY", 0));
                    assertThat(fillAndCount(small)).isEqualTo(f.contract().zeroCullRemaining());
                }
            })
        );
    }

    /** Django's {@code _perform_cull_test}: 49 writes, then count what is left. */
    private static long fillAndCount(Cache cache) {
        for (int i = 1; i < 50; i++) {
            cache.set("cull" + i, "value", 1000);
        }
        return IntStream.range(1, 50).filter(i -> cache.has("cull" + i)).count();
    }

    static List<Object> roundTripValues() {
        return List.of("text", "ünï©ødé ✓", "", "42", "-7", "true", Boolean.TRUE, 'c', (byte) 7, (short) 300, 42, 42L,
                Long.MIN_VALUE, 1.5, Double.NaN, 2.5f, new BigInteger("123456789012345678901234567890"),
                new BigDecimal("1.50"), UUID.fromString("12345678-1234-1234-1234-123456789abc"),
                Instant.parse("2026-11-21T06:30:00.123456Z"), LocalDate.of(2026, 11, 21), LocalDateTime.of(2026, 11, 21, 6, 30),
                LocalTime.of(6, 30, 1), OffsetDateTime.of(2026, 11, 21, 6, 30, 0, 0, ZoneOffset.ofHours(2)),
                ZonedDateTime.of(2026, 11, 21, 6, 30, 0, 0, ZoneId.of("Europe/Paris")), Duration.ofMillis(1500),
                new Point(3, 4, "here"));
    }

    /** A byte array is compared by content. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("byteCases")
    void bytes(String name, byte[] value) {
        Cache cache = open(UnaryOperator.identity());
        cache.set("bytes", value);
        assertThat((byte[]) cache.get("bytes")).containsExactly(value);
    }

    static Stream<Arguments> byteCases() {
        return Stream.of(Arguments.of("empty", new byte[0]), Arguments.of("binary", new byte[] {0, -1, 127, -128, 10}));
    }
}
