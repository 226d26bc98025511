package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract on the local-memory cache (each instance has its own storage), and its LRU. */
class LocMemCacheTest extends CacheContract {
    @Override
    protected CacheBackend backend() {
        return LocMemCache::new;
    }

    @Override
    protected boolean sharedStorage() {
        return false;
    }

    static Stream<Arguments> lru() {
        return Stream.of(
            Arguments.of("recently read keys survive a cull", List.of("k0", "k1"), true),
            Arguments.of("keys never read are culled first", List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lru")
    void cullsTheLeastRecentlyUsed(String name, List<String> read, boolean survive) throws InterruptedException {
        Cache cache = open(c -> c.withOption("MAX_ENTRIES", 9).withOption("CULL_FREQUENCY", 3));
        for (int i = 0; i < 9; i++) {
            cache.set("k" + i, i);
            Thread.sleep(1); // distinct access stamps
        }
        for (String key : read) {
            cache.get(key);
        }
        cache.set("new", "value"); // full: culls 3 entries
        assertThat(List.of(cache.has("k0"), cache.has("k1"))).containsOnly(survive);
        assertThat(cache.has("new")).isTrue();
    }

    static Stream<Arguments> load() {
        return Stream.of(Arguments.of("16 virtual threads, 50 entries max", 16, 50),
                Arguments.of("64 virtual threads, 10 entries max", 64, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("load")
    void concurrentWritersKeepTheBound(String name, int threads, int maxEntries) {
        Cache cache = open(c -> c.withOption("MAX_ENTRIES", maxEntries));
        var errors = new ConcurrentLinkedQueue<Throwable>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            IntStream.range(0, threads).forEach(t -> pool.submit(() -> {
                try {
                    for (int i = 0; i < 500; i++) {
                        cache.set("t" + t + "-" + i, List.of(t, i));
                        cache.get("t" + t + "-" + (i / 2));
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        long live = IntStream.range(0, threads).boxed()
                .flatMap(t -> IntStream.range(0, 500).mapToObj(i -> "t" + t + "-" + i)).filter(cache::has).count();
        assertThat(errors).isEmpty();
        // writers racing past the size check may overshoot by at most one entry each
        assertThat(live).isBetween(1L, (long) maxEntries + threads);
    }
}
