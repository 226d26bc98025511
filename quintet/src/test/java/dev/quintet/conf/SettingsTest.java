package dev.quintet.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.apps.App;
import dev.quintet.http.RequestConfig;
import dev.quintet.middleware.Middleware;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsTest {

    static Stream<Arguments> defaults() {
        Settings s = Settings.builder().build();
        return Stream.of(
                arguments("DEBUG", s.debug(), false),
                arguments("ALLOWED_HOSTS", s.allowedHosts(), List.of()),
                arguments("APPEND_SLASH", s.appendSlash(), true),
                arguments("PREPEND_WWW", s.prependWww(), false),
                arguments("X_FRAME_OPTIONS", s.xFrameOptions(), "DENY"),
                arguments("SECURE_HSTS_SECONDS", s.security().hstsSeconds(), 0),
                arguments("SECURE_CONTENT_TYPE_NOSNIFF", s.security().contentTypeNosniff(), true),
                arguments("SECURE_REFERRER_POLICY", s.security().referrerPolicy(), List.of("same-origin")),
                arguments("SECURE_CROSS_ORIGIN_OPENER_POLICY", s.security().crossOriginOpenerPolicy(), "same-origin"),
                arguments("SECURE_SSL_REDIRECT", s.security().sslRedirect(), false),
                arguments("DATA_UPLOAD_MAX_MEMORY_SIZE", s.dataUploadMaxMemorySize(), 2_621_440L),
                arguments("DATA_UPLOAD_MAX_NUMBER_FIELDS", s.dataUploadMaxNumberFields(), 1000),
                arguments("DATA_UPLOAD_MAX_NUMBER_FILES", s.dataUploadMaxNumberFiles(), 100),
                arguments("FILE_UPLOAD_MAX_MEMORY_SIZE", s.fileUploadMaxMemorySize(), 2_621_440L),
                arguments("DEFAULT_CHARSET", s.defaultCharset(), "utf-8"),
                arguments("TIME_ZONE", s.timeZone(), ZoneId.of("America/Chicago")),
                arguments("USE_TZ", s.useTz(), true),
                arguments("server port", s.server().port(), 8000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void defaults(String setting, Object actual, Object expected) {
        assertThat(actual).isEqualTo(expected);
    }

    static Stream<Arguments> environmentOverrides() {
        return Stream.of(
                arguments("secret key", Map.of("QUINTET_SECRET_KEY", "from-env"),
                        (Function<Settings, Object>) Settings::secretKey, "from-env"),
                arguments("debug true", Map.of("QUINTET_DEBUG", "true"), (Function<Settings, Object>) Settings::debug, true),
                arguments("debug 1", Map.of("QUINTET_DEBUG", "1"), (Function<Settings, Object>) Settings::debug, true),
                arguments("debug FALSE", Map.of("QUINTET_DEBUG", " FALSE "), (Function<Settings, Object>) Settings::debug, false),
                arguments("debug 0 overrides builder", Map.of("QUINTET_DEBUG", "0"),
                        (Function<Settings, Object>) Settings::debug, false),
                arguments("allowed hosts", Map.of("QUINTET_ALLOWED_HOSTS", "a.com, .b.org,,"),
                        (Function<Settings, Object>) Settings::allowedHosts, List.of("a.com", ".b.org")),
                arguments("database url", Map.of("DATABASE_URL", "postgres://u:p@db/site"),
                        (Function<Settings, Object>) Settings::databaseUrl, "postgres://u:p@db/site"),
                arguments("N+1 threshold", Map.of("QUINTET_N_PLUS_ONE_THRESHOLD", " 3 "),
                        (Function<Settings, Object>) Settings::nPlusOneThreshold, 3),
                arguments("N+1 strict", Map.of("QUINTET_N_PLUS_ONE_STRICT", "1"),
                        (Function<Settings, Object>) Settings::nPlusOneStrict, true),
                arguments("N+1 defaults", Map.of(),
                        (Function<Settings, Object>) s -> s.nPlusOneThreshold() + "/" + s.nPlusOneStrict(), "5/false"),
                arguments("absent variables keep the builder's values", Map.of("OTHER", "x"),
                        (Function<Settings, Object>) Settings::secretKey, "from-code"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void environmentOverrides(String name, Map<String, String> env, Function<Settings, Object> read, Object expected) {
        Settings s = Settings.builder().secretKey("from-code").debug(true).allowedHosts("code.com")
                .fromEnvironment(env).build();
        assertThat(read.apply(s)).isEqualTo(expected);
    }

    @Test
    void ormTimezoneCarriesUseTzTimeZoneAndStrictness() {
        assertThat(Settings.builder().build().ormTimezone()).isEqualTo(
                new dev.quintet.db.Timezone.Settings(true, java.time.ZoneId.of("America/Chicago"), dev.quintet.db.Timezone.Naive.WARN));
        assertThat(Settings.builder().useTz(false).timeZone("Europe/Paris").strictNaiveDatetimes(true).build().ormTimezone()).isEqualTo(
                new dev.quintet.db.Timezone.Settings(false, java.time.ZoneId.of("Europe/Paris"), dev.quintet.db.Timezone.Naive.RAISE));
    }

    @Test
    void environmentIsAppliedAfterLaterBuilderCalls() {
        Settings s = Settings.builder().fromEnvironment(Map.of("QUINTET_DEBUG", "false")).debug(true).build();
        assertThat(s.debug()).isFalse();
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                arguments("QUINTET_DEBUG not a boolean",
                        (Consumer<Settings.Builder>) b -> b.fromEnvironment(Map.of("QUINTET_DEBUG", "yes")),
                        "QUINTET_DEBUG='yes' is not a boolean; expected one of true, false, 1, 0"),
                arguments("X_FRAME_OPTIONS", (Consumer<Settings.Builder>) b -> b.xFrameOptions("ALLOW-FROM x"),
                        "X_FRAME_OPTIONS must be 'DENY' or 'SAMEORIGIN'"),
                arguments("negative HSTS", (Consumer<Settings.Builder>) b -> b.secureHstsSeconds(-1),
                        "SECURE_HSTS_SECONDS must not be negative"),
                arguments("bad user-agent regex", (Consumer<Settings.Builder>) b -> b.disallowedUserAgents("("),
                        "DISALLOWED_USER_AGENTS has an invalid regular expression '('"),
                arguments("bad exempt regex", (Consumer<Settings.Builder>) b -> b.secureRedirectExempt("[a"),
                        "SECURE_REDIRECT_EXEMPT has an invalid regular expression '[a'"),
                arguments("bad time zone", (Consumer<Settings.Builder>) b -> b.timeZone("Mars/Olympus"),
                        "TIME_ZONE 'Mars/Olympus' is not a valid time zone name"),
                arguments("bad charset", (Consumer<Settings.Builder>) b -> b.defaultCharset("no-such-charset"),
                        "DEFAULT_CHARSET 'no-such-charset' is not a supported charset"),
                arguments("duplicate app labels",
                        (Consumer<Settings.Builder>) b -> b.installedApps(App.of("blog"), App.of("blog", "other")),
                        "Application labels aren't unique, duplicates: blog"),
                arguments("null middleware", (Consumer<Settings.Builder>) b -> b.middleware(new Middleware.Factory[] {null}),
                        "MIDDLEWARE[0] is null"),
                arguments("negative N+1 threshold", (Consumer<Settings.Builder>) b -> b.nPlusOne(-1, false),
                        "The N+1 threshold (nPlusOne, QUINTET_N_PLUS_ONE_THRESHOLD) must not be negative, got -1"),
                arguments("N+1 threshold not a number",
                        (Consumer<Settings.Builder>) b -> b.fromEnvironment(Map.of("QUINTET_N_PLUS_ONE_THRESHOLD", "five")),
                        "QUINTET_N_PLUS_ONE_THRESHOLD must be a whole number, got 'five'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void invalidSettings(String name, Consumer<Settings.Builder> configure, String message) {
        assertThatThrownBy(() -> {
            Settings.Builder b = Settings.builder();
            configure.accept(b);
            b.build();
        }).isInstanceOf(ImproperlyConfigured.class).hasMessageContaining(message);
    }

    @Test
    void emptySecretKeyFailsOnUseAsDjango() {
        Settings s = Settings.builder().build();
        assertThat(s.hasSecretKey()).isFalse();
        assertThatThrownBy(s::secretKey).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The SECRET_KEY setting must not be empty.");
    }

    @Test
    void requestConfigCarriesHostsProxyHeaderAndUploadLimits() {
        Settings s = Settings.builder().debug(true).allowedHosts("a.com")
                .secureProxySslHeader("X-Forwarded-Proto", "https").dataUploadMaxMemorySize(10)
                .dataUploadMaxNumberFields(5).dataUploadMaxNumberFiles(2).fileUploadMaxMemorySize(7)
                .fileUploadTempDir(Path.of("/tmp/up")).useXForwardedHost(true).build();
        assertThat(s.toRequestConfig()).isEqualTo(new RequestConfig(List.of("a.com"), true, "X-Forwarded-Proto",
                "https", 10, 5, 2, 7, Path.of("/tmp/up"), true, false));
    }

    @Test
    void toBuilderKeepsEverySetting() {
        Settings s = Settings.builder().debug(true).secretKey("k").secretKeyFallbacks("old").allowedHosts("h")
                .installedApps(App.of("blog")).appendSlash(false).prependWww(true).disallowedUserAgents("bot")
                .xFrameOptions("sameorigin").secureHstsSeconds(60).secureHstsIncludeSubdomains(true)
                .secureHstsPreload(true).secureContentTypeNosniff(false).secureReferrerPolicy("origin, no-referrer")
                .secureCrossOriginOpenerPolicy(null).secureSslRedirect(true).secureSslHost("secure.h")
                .secureRedirectExempt("^health$").secureProxySslHeader("X-P", "https").useXForwardedPort(true).timeZone("UTC").useTz(false)
                .databaseUrl("sqlite:db").silencedSystemChecks("security.W004")
                .server(ServerSettings.DEFAULTS.withAddress("0.0.0.0", 9000)).build();
        Settings copy = s.toBuilder().build();
        assertThat(copy).usingRecursiveComparison().ignoringFields("disallowedUserAgents", "security.redirectExempt")
                .isEqualTo(s);
        assertThat(copy.security().referrerPolicy()).containsExactly("origin", "no-referrer");
        assertThat(copy.xFrameOptions()).isEqualTo("SAMEORIGIN");
        assertThat(copy.disallowedUserAgents().getFirst().pattern()).isEqualTo("bot");
    }
}
