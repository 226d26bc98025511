package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract on the file-based cache, in a temporary directory, and its file format. */
class FileBasedCacheTest extends CacheContract {
    @TempDir
    Path dir;

    @Override
    protected CacheBackend backend() {
        return FileBasedCache::new;
    }

    @Override
    protected CacheConfig locate(CacheConfig config) {
        return config.withLocation(dir.resolve("cache").toString());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.toList();
        }
    }

    static Stream<Arguments> damaged() {
        return Stream.of(Arguments.of("empty", ""), Arguments.of("no header", "garbage"),
                Arguments.of("a bad expiry", "soon\n\"value\""));
    }

    @ParameterizedTest(name = "a {0} file is a miss, and removed")
    @MethodSource("damaged")
    void damagedFilesAreMisses(String name, String content) throws IOException {
        Cache cache = open(c -> c);
        cache.set("key", "value");
        for (Path file : files()) {
            Files.writeString(file, content);
        }
        assertThat(cache.get("key", "miss")).isEqualTo("miss");
        assertThat(files()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void oneFilePerKeyNamedByTheKeysMd5(String name, String key, String fileName) throws IOException {
        open(c -> c).set(key, "value");
        assertThat(files()).extracting(p -> p.getFileName().toString()).containsExactly(fileName);
    }

    static Stream<Arguments> layouts() {
        // md5 of the stored keys ":1:key" and ":1:other"
        return Stream.of(Arguments.of("key", "key", "489087976349f36d5c25c049476d6176.qcache"),
                Arguments.of("other", "other", "9c355f78779ce4f39dcc9d684d88e50b.qcache"));
    }
}
