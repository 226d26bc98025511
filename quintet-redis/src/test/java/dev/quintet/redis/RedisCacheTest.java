package dev.quintet.redis;

import dev.quintet.cache.CacheBackend;
import dev.quintet.cache.CacheConfig;
import dev.quintet.cache.CacheContract;
import dev.quintet.cache.Services;
import org.junit.jupiter.api.BeforeAll;

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

    @Override
    protected boolean culls() {
        return false; // Redis evicts by its own maxmemory policy
    }
}
