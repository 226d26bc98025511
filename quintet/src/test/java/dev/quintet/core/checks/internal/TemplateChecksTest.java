package dev.quintet.core.checks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.core.checks.CheckMessage;
import dev.quintet.templates.TemplatesSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code templates.E010}: the check pass compiles every template of the site and reports every syntax error at once. */
class TemplateChecksTest {
    @TempDir
    Path dir;

    static Stream<Arguments> sites() {
        return Stream.of(
                Arguments.of("good templates give no message", Map.of("ok.html", "{% if a %}{{ a|upper }}{% endif %}"), List.of()),
                Arguments.of("an unclosed block is reported with its template", Map.of("ok.html", "fine",
                        "broken.html", "line one\n{% if a %}never closed"), List.of("broken.html")),
                Arguments.of("an unknown filter and an unknown tag, both reported", Map.of(
                        "a.html", "{{ x|nosuchfilter }}", "sub/b.html", "{% nosuchtag %}"), List.of("a.html", "sub/b.html")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void reportsEverySyntaxError(String name, Map<String, String> templates, List<String> broken) throws IOException {
        for (var t : templates.entrySet()) {
            Path file = dir.resolve(t.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, t.getValue());
        }
        List<CheckMessage> messages = TemplateChecks.check(site(dir));
        assertThat(messages).extracting(CheckMessage::id).allMatch("templates.E010"::equals);
        assertThat(messages).extracting(m -> String.valueOf(m.obj())).containsExactlyInAnyOrderElementsOf(broken);
        assertThat(messages).allSatisfy(m -> assertThat(m.level()).isEqualTo(CheckMessage.Level.ERROR));
    }

    @Test
    void theMessageNamesTheLine() throws IOException {
        Files.writeString(dir.resolve("broken.html"), "line one\n{% if a %}never closed");
        assertThat(TemplateChecks.check(site(dir))).singleElement()
                .satisfies(m -> assertThat(m.message()).contains("broken.html").contains("endif"));
    }

    @Test
    void aSiteWithoutTemplatesHasNothingToCheck() {
        assertThat(TemplateChecks.check(Settings.builder().secretKey("k".repeat(50)).build())).isEmpty();
    }

    private static Settings site(Path dir) {
        return Settings.builder().secretKey("k".repeat(50))
                .templates(TemplatesSettings.builder().dirs(dir).appDirs(false).build())
                .build();
    }
}
