package dev.quintet.core.checks;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpResponse;
import dev.quintet.middleware.CommonMiddleware;
import dev.quintet.middleware.SecurityMiddleware;
import dev.quintet.middleware.XFrameOptionsMiddleware;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

class ChecksTest {
    static final String STRONG_KEY = "x9!Lq2@vR7#tY4$wZ1%uB8^nM5&kJ3*hG6(fD0)sA-pO=iU+eT";

    /** Settings that pass every deploy check; each case changes one thing. */
    static Settings.Builder secure() {
        return Settings.builder().secretKey(STRONG_KEY).allowedHosts("example.com")
                .middleware(SecurityMiddleware::new, CommonMiddleware::new, XFrameOptionsMiddleware::new)
                .secureHstsSeconds(31_536_000).secureHstsIncludeSubdomains(true).secureHstsPreload(true)
                .secureSslRedirect(true);
    }

    static Stream<Arguments> deployChecks() {
        return Stream.of(
                arguments("secure settings", (UnaryOperator<Settings.Builder>) b -> b, List.of()),
                arguments("Django's defaults", (UnaryOperator<Settings.Builder>) b -> Settings.builder(),
                        List.of("security.W001", "security.W002", "security.W009", "security.W020")),
                arguments("middleware installed, defaults otherwise",
                        (UnaryOperator<Settings.Builder>) b -> Settings.builder().middleware(SecurityMiddleware::new,
                                XFrameOptionsMiddleware::new),
                        List.of("security.W004", "security.W008", "security.W009", "security.W020")),
                arguments("HSTS without subdomains or preload",
                        (UnaryOperator<Settings.Builder>) b -> b.secureHstsIncludeSubdomains(false).secureHstsPreload(false),
                        List.of("security.W005", "security.W021")),
                arguments("nosniff off", (UnaryOperator<Settings.Builder>) b -> b.secureContentTypeNosniff(false),
                        List.of("security.W006")),
                arguments("no SSL redirect", (UnaryOperator<Settings.Builder>) b -> b.secureSslRedirect(false),
                        List.of("security.W008")),
                arguments("short key", (UnaryOperator<Settings.Builder>) b -> b.secretKey("short"),
                        List.of("security.W009")),
                arguments("generated development key",
                        (UnaryOperator<Settings.Builder>) b -> b.secretKey("quintet-insecure-" + STRONG_KEY),
                        List.of("security.W009")),
                arguments("few unique characters", (UnaryOperator<Settings.Builder>) b -> b.secretKey("ab".repeat(40)),
                        List.of("security.W009")),
                arguments("DEBUG", (UnaryOperator<Settings.Builder>) b -> b.debug(true), List.of("security.W018")),
                arguments("X_FRAME_OPTIONS SAMEORIGIN", (UnaryOperator<Settings.Builder>) b -> b.xFrameOptions("SAMEORIGIN"),
                        List.of("security.W019")),
                arguments("ALLOWED_HOSTS empty", (UnaryOperator<Settings.Builder>) b -> b.allowedHosts(),
                        List.of("security.W020")),
                arguments("no referrer policy", (UnaryOperator<Settings.Builder>) b -> b.secureReferrerPolicy(),
                        List.of("security.W022")),
                arguments("invalid referrer policy",
                        (UnaryOperator<Settings.Builder>) b -> b.secureReferrerPolicy("same-origin, sometimes"),
                        List.of("security.E023")),
                arguments("invalid opener policy",
                        (UnaryOperator<Settings.Builder>) b -> b.secureCrossOriginOpenerPolicy("same-site"),
                        List.of("security.E024")),
                arguments("weak fallback key", (UnaryOperator<Settings.Builder>) b -> b.secretKeyFallbacks(STRONG_KEY, "old"),
                        List.of("security.W025")),
                arguments("a failing middleware factory is reported",
                        (UnaryOperator<Settings.Builder>) b -> b.middleware(SecurityMiddleware::new,
                                XFrameOptionsMiddleware::new, s -> {
                                    throw new IllegalStateException("no redis");
                                }),
                        List.of("middleware.E001")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void deployChecks(String name, UnaryOperator<Settings.Builder> change, List<String> ids) {
        List<CheckMessage> messages = Checks.run(change.apply(secure()).build(), CheckRegistry.defaults(), true, List.of());
        assertThat(messages).extracting(CheckMessage::id).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void deployChecksDoNotRunWithoutDeploy() {
        assertThat(Checks.run(Settings.builder().debug(true).build())).isEmpty();
    }

    @Test
    void messagesCarryDjangoText() {
        List<CheckMessage> messages = Checks.run(secure().secureReferrerPolicy("bogus").debug(true).build(),
                CheckRegistry.defaults(), true, List.of());
        assertThat(messages).extracting(CheckMessage::toString).containsExactlyInAnyOrder(
                "?: (security.W018) You should not have DEBUG set to True in deployment.",
                "?: (security.E023) You have set the SECURE_REFERRER_POLICY setting to an invalid value.\n\tHINT: "
                        + "Valid values are: no-referrer, no-referrer-when-downgrade, origin, origin-when-cross-origin, "
                        + "same-origin, strict-origin, strict-origin-when-cross-origin, unsafe-url.");
    }

    @Test
    void urlChecksArePluggedIn() {
        Settings settings = Settings.builder()
                .rootUrlconf(urlpatterns(path("/leading/", request -> new HttpResponse("x"), "leading"))).build();
        assertThat(Checks.run(settings)).extracting(CheckMessage::id).containsExactly("urls.W002");
    }

    static Stream<Arguments> reports() {
        CheckMessage w018 = CheckMessage.warning("security.W018", "You should not have DEBUG set to True in deployment.",
                null, null);
        CheckMessage e1 = CheckMessage.error("app.E001", "Broken.", "Fix it.", "myapp.Thing");
        return Stream.of(
                arguments("no issues", List.of(), List.of(), "System check identified no issues (0 silenced)."),
                arguments("one warning", List.of(w018), List.of(),
                        "System check identified some issues:\n\nWARNINGS:\n?: (security.W018) You should not have "
                                + "DEBUG set to True in deployment.\n\nSystem check identified 1 issue (0 silenced)."),
                arguments("an error and a warning", List.of(w018, e1), List.of(),
                        "SystemCheckError: System check identified some issues:\n\nERRORS:\nmyapp.Thing: (app.E001) "
                                + "Broken.\n\tHINT: Fix it.\n\nWARNINGS:\n?: (security.W018) You should not have DEBUG "
                                + "set to True in deployment.\n\nSystem check identified 2 issues (0 silenced)."),
                arguments("silenced", List.of(w018, e1), List.of("security.W018", "app.E001"),
                        "System check identified no issues (2 silenced)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void reports(String name, List<CheckMessage> messages, List<String> silenced, String report) {
        Settings settings = Settings.builder().silencedSystemChecks(silenced.toArray(String[]::new)).build();
        assertThat(Checks.format(messages, settings)).isEqualTo(report);
    }

    @Test
    void tagsSelectChecksAndUnknownTagsAreRefused() {
        Check custom = s -> List.of(CheckMessage.info("app.I001", "Hello.", null, null));
        CheckRegistry registry = CheckRegistry.empty().with(custom, "app");
        assertThat(registry.run(Settings.builder().build(), false, List.of("app"))).hasSize(1);
        assertThatThrownBy(() -> registry.run(Settings.builder().build(), false, List.of("nope")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no system check with the 'nope' tag.");
    }

    @Test
    void startupStopsOnErrorsOnly() {
        CheckRegistry warnings = CheckRegistry.empty().with(s -> List.of(CheckMessage.warning("a.W1", "w", null, null)));
        CheckRegistry errors = CheckRegistry.empty().with(s -> List.of(CheckMessage.error("a.E1", "e", null, null)));
        Settings settings = Settings.builder().build();
        assertThat(Checks.runAtStartup(settings, warnings, LoggerFactory.getLogger("test"))).hasSize(1);
        assertThatThrownBy(() -> Checks.runAtStartup(settings, errors, LoggerFactory.getLogger("test")))
                .isInstanceOf(SystemCheckError.class).hasMessageContaining("?: (a.E1) e");
    }
}
