package dev.quintet.contrib.staticfiles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Names joined to a root: every way out is refused, every plain name resolves. */
class SafePathsTest {
    @TempDir
    static Path base;

    static Stream<Arguments> names() {
        // name, resolves (true) or is refused (false)
        return Stream.of(
                arguments("css/app.css", true),
                arguments("app.css", true),
                arguments("a..b/c", true),
                arguments("..", false),
                arguments("../outside.txt", false),
                arguments("css/../../outside.txt", false),
                arguments("css/../app.css", false),
                arguments("./app.css", false),
                arguments("/etc/passwd", false),
                arguments("css//app.css", false),
                arguments("css/", false),
                arguments("", false),
                arguments("..\\outside.txt", false),
                arguments("C:/outside.txt", false),
                arguments("css%2F..%2F..%2Foutside.txt", false),
                arguments("%2e%2e/outside.txt", false),
                arguments("css%5capp.css", false),
                arguments("app.css\0.png", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void resolves_only_inside_the_root(String name, boolean resolves) throws Exception {
        Path root = Files.createDirectories(base.resolve("root"));
        Files.writeString(base.resolve("outside.txt"), "secret");
        Path resolved = SafePaths.resolve(root, name);
        if (resolves) {
            assertThat(resolved).isNotNull();
            assertThat(resolved.startsWith(root.toAbsolutePath().normalize())).isTrue();
        } else {
            assertThat(resolved).isNull();
        }
    }
}
