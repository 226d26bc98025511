package dev.quintet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cli.internal.ClassChangeWatcher;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClassChangeWatcherTest {
    @TempDir
    Path classes;

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("class in the root", "A.class"),
                Arguments.of("class in an existing package", "pkg/B.class"),
                Arguments.of("class in a package created after watching began", "newpkg/sub/C.class"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void reportsTheFirstChangeOnceSettled(String name, String file) throws Exception {
        Files.createDirectories(classes.resolve("pkg"));
        CompletableFuture<Path> changed = new CompletableFuture<>();
        ClassChangeWatcher watcher = ClassChangeWatcher.start(List.of(classes), Duration.ofMillis(100), changed::complete);
        try {
            Path target = classes.resolve(file);
            Files.createDirectories(target.getParent());
            Thread.sleep(200); // a compiler creates the directory, then writes into it
            Files.writeString(target, "bytes");
            Path reported = changed.get(10, TimeUnit.SECONDS);
            // the changed file, or the new directory holding it
            assertThat(target.startsWith(reported)).as(reported.toString()).isTrue();
            assertThat(reported).isNotEqualTo(classes);
        } finally {
            watcher.close();
        }
    }

    @Test
    void classPathDirectoriesOnly() throws Exception {
        Path jar = Files.writeString(classes.resolve("lib.jar"), "");
        String classPath = classes + File.pathSeparator + jar + File.pathSeparator + classes.resolve("missing");
        assertThat(ClassChangeWatcher.directories(classPath)).containsExactly(classes);
    }
}
