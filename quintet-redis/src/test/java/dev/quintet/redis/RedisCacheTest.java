package dev.quintet.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cache.Cache;
import dev.quintet.cache.CacheBackend;
import dev.quintet.cache.CacheConfig;
import dev.quintet.cache.CacheContract;
import dev.quintet.cache.Services;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cache contract on the local Redis (database 11, flushed by the tests). */
class RedisCacheTest extends CacheContract {
    static final String LOCATION = System.getenv().getOrDefault("QUINTET_TEST_REDIS_URL", "redis://127.0.0.1:6379/11");

    @BeforeAll
    static void redisIsRunning() {
        Services.assume("Redis", RedisServer.reachable(LOCATION), "nothing answers PING at " + LOCATION);
    }

    @Override
    protected CacheBackend backend() {
        return RedisCache::new;
    }

    @Override
    protected CacheConfig locate(CacheConfig config) {
        // a generous timeout: the shared test machine is busy; the 200 ms default is exercised by the fault tests
        return config.withLocation(LOCATION).withOption(RedisCache.IGNORE_EXCEPTIONS, false)
                .withOption(RedisCache.COMMAND_TIMEOUT, 2000);
    }

    @Test
    void clearWithAPrefixDeletesOnlyThatPrefix() {
        Cache site1 = open(c -> c.withKeyPrefix("site1"));
        Cache site2 = open(c -> c.withKeyPrefix("site*"));
        Cache bare = open(c -> c);
        site1.set("key", "one");
        site2.set("key", "two");
        bare.set("key", "bare");
        site2.clear(); // the prefix is a glob-escaped literal: "site*" does not match "site1"
        assertThat(List.of(site1.has("key"), site2.has("key"), bare.has("key"))).containsExactly(true, false, true);
        site1.clear();
        assertThat(List.of(site1.has("key"), bare.has("key"))).containsExactly(false, true);
    }

    @Test
    void incrUsesRedisIntegersAndKeepsTheTtl() {
        Cache cache = open(c -> c);
        cache.set("n", 5, Duration.ofSeconds(100));
        assertThat(cache.incr("n", 2)).isEqualTo(7L);
        assertThat(cache.get("n")).isEqualTo(7L);
        assertThat(cache.touch("n", Duration.ofSeconds(100))).isTrue();
    }

    @Override
    protected boolean culls() {
        return false; // Redis evicts by its own maxmemory policy
    }
}
