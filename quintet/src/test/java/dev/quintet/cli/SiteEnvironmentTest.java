package dev.quintet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code Quintet.main} applies the environment's overrides to a site's settings: the environment wins. */
class SiteEnvironmentTest {
    private static final Site SITE = Site.of("site", Settings.builder()
            .debug(false).secretKey("code-key").allowedHosts("code.example").databaseUrl("sqlite:///code.db").build());

    static Stream<Arguments> overrides() {
        return Stream.of(
                Arguments.of("nothing set keeps the code's values", Map.of(), false, "code-key", List.of("code.example"), "sqlite:///code.db"),
                Arguments.of("QUINTET_DEBUG=true", Map.of("QUINTET_DEBUG", "true"), true, "code-key", List.of("code.example"), "sqlite:///code.db"),
                Arguments.of("QUINTET_DEBUG=0", Map.of("QUINTET_DEBUG", "0"), false, "code-key", List.of("code.example"), "sqlite:///code.db"),
                Arguments.of("QUINTET_SECRET_KEY", Map.of("QUINTET_SECRET_KEY", "env-key"), false, "env-key", List.of("code.example"), "sqlite:///code.db"),
                Arguments.of("QUINTET_ALLOWED_HOSTS", Map.of("QUINTET_ALLOWED_HOSTS", "a.example,.b.example"), false, "code-key",
                        List.of("a.example", ".b.example"), "sqlite:///code.db"),
                Arguments.of("DATABASE_URL", Map.of("DATABASE_URL", "postgres://u@127.0.0.1/db"), false, "code-key",
                        List.of("code.example"), "postgres://u@127.0.0.1/db"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overrides")
    void environmentWins(String name, Map<String, String> env, boolean debug, String key, List<String> hosts, String db) {
        Settings settings = SITE.withEnvironment(env).settings();
        assertThat(settings.debug()).isEqualTo(debug);
        assertThat(settings.secretKey()).isEqualTo(key);
        assertThat(settings.allowedHosts()).isEqualTo(hosts);
        assertThat(settings.databaseUrl()).isEqualTo(db);
    }

    @ParameterizedTest(name = "QUINTET_DEBUG={0} is refused")
    @MethodSource("badDebugValues")
    void aBadDebugValueNamesTheVariable(String value) {
        assertThatThrownBy(() -> SITE.withEnvironment(Map.of("QUINTET_DEBUG", value)))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("QUINTET_DEBUG");
    }

    static Stream<String> badDebugValues() {
        return Stream.of("yes", "TRUE!", "2");
    }
}
