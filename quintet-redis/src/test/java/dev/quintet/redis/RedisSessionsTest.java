package dev.quintet.redis;

import static dev.quintet.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cache.Cache;
import dev.quintet.cache.CacheConfig;
import dev.quintet.cache.Services;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.sessions.Session;
import dev.quintet.contrib.sessions.SessionEngine;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.contrib.sessions.SessionSettings;
import dev.quintet.contrib.sessions.SessionStore;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code cache} and {@code cached_db} session engines on Redis: sessions survive requests, and are in Redis. */
class RedisSessionsTest {
    @TempDir
    static Path dir;
    static Databases dbs;
    static Cache redis;

    @BeforeAll
    static void setUp() {
        Services.assume("Redis", RedisServer.reachable(RedisCacheTest.LOCATION), "nothing answers PING at " + RedisCacheTest.LOCATION);
        dbs = Databases.fromUrl("sqlite:///" + dir.resolve("sessions.db"));
        Databases.install(dbs);
        try (var editor = dbs.defaultDatabase().schemaEditor()) {
            editor.createModel(Session.objects.meta());
        }
        redis = new RedisCache(CacheConfig.of(RedisCache::new).withLocation(RedisCacheTest.LOCATION)
                .withKeyPrefix("sessions-test").withOption(RedisCache.IGNORE_EXCEPTIONS, false)
                .withOption(RedisCache.COMMAND_TIMEOUT, 2000));
        redis.clear();
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (redis != null) {
            redis.clear();
            redis.close();
        }
        if (dbs != null) {
            dbs.close();
        }
    }

    static Stream<Arguments> engines() {
        Function<Cache, SessionEngine> cache = SessionEngine::cache;
        Function<Cache, SessionEngine> cachedDb = SessionEngine::cachedDb;
        return Stream.of(Arguments.of("cache", cache, "django.contrib.sessions.cache"),
                Arguments.of("cached_db", cachedDb, "django.contrib.sessions.cached_db"));
    }

    static HttpResponse count(HttpRequest request) {
        SessionStore s = SessionStore.of(request);
        long n = ((Number) s.get("n", 0)).longValue() + 1;
        s.set("n", n);
        return new HttpResponse(Long.toString(n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void sessionsLiveInRedis(String name, Function<Cache, SessionEngine> engine, String keyPrefix) {
        Settings settings = Settings.builder().secretKey("k".repeat(50))
                .sessions(SessionSettings.DEFAULTS.withEngine(engine.apply(redis)))
                .middleware(SessionMiddleware::new)
                .rootUrlconf(List.of(path("count/", RedisSessionsTest::count)))
                .build();
        Client client = new Client(settings);
        client.get("/count/");
        client.get("/count/");
        TestResponse third = client.get("/count/");
        assertThat(third.content()).isEqualTo("3");
        String key = third.cookies().get("sessionid").value();
        // the session's data is in Redis under Django's cache key for the engine
        assertThat(redis.has(keyPrefix + key)).isTrue();
        // a new browser (no cookie) starts over
        assertThat(new Client(settings).get("/count/").content()).isEqualTo("1");
    }
}
