package dev.quintet.contrib.sessions;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cache.CacheConfig;
import dev.quintet.cache.LocMemCache;
import dev.quintet.conf.Settings;
import dev.quintet.db.Databases;
import dev.quintet.db.QueryLog;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionMiddlewareTest {
    @TempDir
    static Path dir;
    static Databases dbs;

    @BeforeAll
    static void database() {
        dbs = Databases.fromUrl("sqlite:///" + dir.resolve("sessions.db"));
        Databases.install(dbs);
        try (var editor = dbs.defaultDatabase().schemaEditor()) {
            editor.createModel(Session.objects.meta());
        }
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static Stream<Arguments> engines() {
        Supplier<SessionEngine> db = SessionEngine::database;
        Supplier<SessionEngine> cache = () -> SessionEngine.cache(new LocMemCache(CacheConfig.of(LocMemCache::new)));
        Supplier<SessionEngine> cachedDb = () -> SessionEngine.cachedDb(new LocMemCache(CacheConfig.of(LocMemCache::new)));
        Supplier<SessionEngine> cookies = SessionEngine::signedCookies;
        return Stream.of(Arguments.of("database", db), Arguments.of("cache", cache),
                Arguments.of("cached_db", cachedDb), Arguments.of("signed_cookies", cookies));
    }

    static HttpResponse count(HttpRequest request) {
        SessionStore s = SessionStore.of(request);
        long n = ((Number) s.get("n", 0)).longValue() + 1;
        s.set("n", n);
        return new HttpResponse(Long.toString(n));
    }

    static HttpResponse untouched(HttpRequest request) {
        return new HttpResponse("hi");
    }

    static HttpResponse read(HttpRequest request) {
        return new HttpResponse(String.valueOf(SessionStore.of(request).get("n", 0)));
    }

    static HttpResponse flush(HttpRequest request) {
        SessionStore.of(request).flush();
        return new HttpResponse("bye");
    }

    static HttpResponse cycle(HttpRequest request) {
        SessionStore.of(request).cycleKey();
        return new HttpResponse("cycled");
    }

    static HttpResponse browserClose(HttpRequest request) {
        SessionStore.of(request).setExpiry(0);
        return new HttpResponse("ok");
    }

    static Client client(SessionEngine engine) {
        return new Client(Settings.builder().secretKey("k")
                .sessions(SessionSettings.DEFAULTS.withEngine(engine))
                .middleware(SessionMiddleware::new)
                .rootUrlconf(urlpatterns(
                        path("count/", SessionMiddlewareTest::count),
                        path("untouched/", SessionMiddlewareTest::untouched),
                        path("read/", SessionMiddlewareTest::read),
                        path("flush/", SessionMiddlewareTest::flush),
                        path("cycle/", SessionMiddlewareTest::cycle),
                        path("close/", SessionMiddlewareTest::browserClose)))
                .build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void dataSurvivesRequests(String name, Supplier<SessionEngine> engine) {
        Client c = client(engine.get());
        c.get("/count/");
        c.get("/count/");
        TestResponse third = c.get("/count/");
        assertThat(third.content()).isEqualTo("3");
        assertThat(third.header("Vary")).isEqualTo("Cookie");
        assertThat(third.cookies().get("sessionid").maxAge()).isEqualTo(1_209_600L);
        assertThat(third.cookies().get("sessionid").headerValue()).contains("HttpOnly", "SameSite=Lax", "Path=/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void untouchedSessionIsNeitherReadNorWritten(String name, Supplier<SessionEngine> engine) {
        Client c = client(engine.get());
        c.get("/count/");
        var log = QueryLog.capture(() -> {
            TestResponse r = c.get("/untouched/");
            assertThat(r.cookies()).doesNotContainKey("sessionid");
            assertThat(r.header("Vary")).isNull();
        });
        assertThat(log).isEmpty();
        assertThat(c.get("/read/").header("Vary")).isEqualTo("Cookie");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void flushDeletesTheCookieAndTheData(String name, Supplier<SessionEngine> engine) {
        Client c = client(engine.get());
        String key = c.get("/count/").cookies().get("sessionid").value();
        TestResponse r = c.get("/flush/");
        assertThat(r.cookies().get("sessionid").value()).isEmpty();
        c.setCookie("sessionid", key);   // a stolen cookie no longer works (a cookie session cannot be revoked)
        if (!name.equals("signed_cookies")) {
            assertThat(c.get("/read/").content()).isEqualTo("0");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void cycleKeyKeepsTheDataUnderANewKey(String name, Supplier<SessionEngine> engine) {
        Client c = client(engine.get());
        String before = c.get("/count/").cookies().get("sessionid").value();
        String after = c.get("/cycle/").cookies().get("sessionid").value();
        if (!name.equals("signed_cookies")) {   // there the key is the signed data: same data, same second, same key
            assertThat(after).isNotEqualTo(before);
        }
        assertThat(c.get("/read/").content()).isEqualTo("1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void expiryZeroIsABrowserSessionCookie(String name, Supplier<SessionEngine> engine) {
        TestResponse r = client(engine.get()).get("/close/");
        assertThat(r.cookies().get("sessionid").maxAge()).isNull();
        assertThat(r.cookies().get("sessionid").headerValue()).doesNotContain("expires");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aForgedCookieStartsAFreshSession(String name, Supplier<SessionEngine> engine) {
        Client c = client(engine.get());
        c.setCookie("sessionid", "eyJuIjo5OX0:1xUfMu:forgedforgedforgedforgedforgedforgedforgedf");
        assertThat(c.get("/count/").content()).isEqualTo("1");
    }

    @Test
    void djangoEncodedSessionDataDecodes() {
        SessionStore store = new DatabaseSessionStore(null, Settings.builder().secretKey("k").build());
        assertThat(store.decode("eyJ1c2VyIjoiYWRhIiwibiI6MywiX3Nlc3Npb25fZXhwaXJ5IjowfQ:1xUfMu:9mU16E1SppgcOZfRFsMnJdls9nWfm8H26EE2vQ0tegU"))
                .isEqualTo(Map.of("user", "ada", "n", 3, "_session_expiry", 0));
        assertThat(store.decode("eyJ1c2VyIjoiYWRhIn0:1xUfMu:forged")).isEmpty();
    }

    @Test
    void djangoSignedCookieSessionLoads() {
        Settings settings = Settings.builder().secretKey("k")
                .sessions(SessionSettings.DEFAULTS.withCookieAge(Duration.ofDays(36_500))).build();
        SessionStore store = new SignedCookieSessionStore(
                "eyJ1c2VyIjoiYWRhIn0:1xUfMu:hAwKmalcVq-eVyvavmur2ENgdC064CcLk-DhmIsfUSU", settings);
        assertThat(store.get("user")).isEqualTo("ada");
    }

    @Test
    void databaseRowsUseDjangosTable() {
        Client c = client(SessionEngine.database());
        String key = c.get("/count/").cookies().get("sessionid").value();
        var rows = dbs.defaultDatabase().query(dev.quintet.db.Sql.of(
                "SELECT session_key, session_data, expire_date FROM django_session WHERE session_key = ?", key));
        assertThat(rows).hasSize(1);
        SessionStore store = new DatabaseSessionStore(null, Settings.builder().secretKey("k").build());
        assertThat(store.decode((String) rows.getFirst().get("session_data"))).containsEntry("n", 1);
    }

    @Test
    void clearExpiredDeletesOldRows() {
        Session old = new Session();
        old.sessionKey = "expiredexpiredexpired";
        old.sessionData = "x";
        old.expireDate = java.time.Instant.now().minusSeconds(10);
        old.insert();
        SessionEngine.database().clearExpired(Settings.builder().secretKey("k").build());
        assertThat(Session.objects.filter("sessionKey", "expiredexpiredexpired").exists()).isFalse();
    }
}
