package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The registry of configured caches. */
class CachesTest {

    @Test
    void aliasesNameTheirCaches() {
        try (Caches caches = Caches.of(Map.of("default", CacheConfig.of(LocMemCache::new),
                "dummy", CacheConfig.of(DummyCache::new)))) {
            assertThat(caches.cache()).isInstanceOf(LocMemCache.class).isSameAs(caches.get("default"));
            assertThat(caches.get("dummy")).isInstanceOf(DummyCache.class);
            assertThat(caches.aliases()).containsExactlyInAnyOrder("default", "dummy");
        }
    }

    @Test
    void aDefaultCacheIsRequired() {
        assertThatThrownBy(() -> Caches.of(Map.of("other", CacheConfig.of(LocMemCache::new))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'default'");
    }

    @Test
    void anUnknownAliasIsNamed() {
        try (Caches caches = Caches.defaults()) {
            assertThatThrownBy(() -> caches.get("nope")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'nope'");
        }
    }

    @Test
    void aMisconfiguredCacheFailsAtStartUpNamingItsAliasAndClosesTheOthers() {
        AtomicInteger closed = new AtomicInteger();
        Map<String, CacheConfig> configs = new LinkedHashMap<>();
        configs.put("default", CacheConfig.of(config -> new ClosingCache(config, closed)));
        configs.put("files", CacheConfig.of(FileBasedCache::new));
        assertThatThrownBy(() -> Caches.of(configs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CACHES['files']").hasMessageContaining("LOCATION");
        assertThat(closed.get()).isEqualTo(1);
    }

    @Test
    void optionsAreCheckedWhenTheCacheIsBuilt() {
        assertThatThrownBy(() -> Caches.of(Map.of("default", CacheConfig.of(LocMemCache::new).withOption("MAX_ENTRIES", "many"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAX_ENTRIES");
    }

    @Test
    void cullingOptionsAreChecked() {
        assertThatThrownBy(() -> Caches.of(Map.of("default", CacheConfig.of(LocMemCache::new).withOption("MAX_ENTRIES", 0))))
                .hasMessageContaining("MAX_ENTRIES must be positive");
        assertThatThrownBy(() -> Caches.of(Map.of("default", CacheConfig.of(LocMemCache::new).withOption("CULL_FREQUENCY", -1))))
                .hasMessageContaining("CULL_FREQUENCY must be 0 or more");
    }

    /** A cache that counts its closing. */
    private static final class ClosingCache extends BaseCache {
        private final LocMemCache delegate;
        private final AtomicInteger closed;

        ClosingCache(CacheConfig config, AtomicInteger closed) {
            super(config);
            this.delegate = new LocMemCache(config);
            this.closed = closed;
        }

        @Override
        public Object get(String key, Object defaultValue, Integer version) {
            return delegate.get(key, defaultValue, version);
        }

        @Override
        public void set(String key, Object value, java.time.Duration timeout, Integer version) {
            delegate.set(key, value, timeout, version);
        }

        @Override
        public boolean add(String key, Object value, java.time.Duration timeout, Integer version) {
            return delegate.add(key, value, timeout, version);
        }

        @Override
        public boolean touch(String key, java.time.Duration timeout, Integer version) {
            return delegate.touch(key, timeout, version);
        }

        @Override
        public boolean delete(String key, Integer version) {
            return delegate.delete(key, version);
        }

        @Override
        public long incr(String key, long delta, Integer version) {
            return delegate.incr(key, delta, version);
        }

        @Override
        public void clear() {
            delegate.clear();
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }
}
