package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UploadedFileTest {

    static Stream<Arguments> chunking() {
        return Stream.of(
                Arguments.of("empty file has no chunks", 0, 4, List.of()),
                Arguments.of("smaller than a chunk", 3, 4, List.of(3)),
                Arguments.of("exactly one chunk", 4, 4, List.of(4)),
                Arguments.of("one byte over", 5, 4, List.of(4, 1)),
                Arguments.of("several chunks", 10, 4, List.of(4, 4, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chunking")
    void chunksInMemoryAndOnDisk(String name, int size, int chunk, List<Integer> sizes, @TempDir Path dir) throws IOException {
        byte[] content = new byte[size];
        Path tmp = Files.write(dir.resolve("u.upload"), content);
        for (UploadedFile f : List.of(UploadedFile.inMemory("a.bin", "application/octet-stream", content),
                UploadedFile.temporary("a.bin", "application/octet-stream", null, Map.of(), tmp, size))) {
            List<Integer> seen = new ArrayList<>();
            f.chunks(chunk).forEach(c -> seen.add(c.length));
            assertThat(seen).isEqualTo(sizes);
        }
    }

    @Test
    void inMemoryFileAsDjangosSimpleUploadedFile() {
        UploadedFile f = UploadedFile.inMemory("a.txt", "text/plain", "hi".getBytes());
        assertThat(List.of(f.name(), f.contentType(), f.size(), f.isInMemory())).isEqualTo(List.of("a.txt", "text/plain", 2L, true));
        assertThat(f.temporaryFilePath()).isEmpty();
        assertThat(f.charset()).isNull();
        f.bytes()[0] = 'X';
        assertThat(f.bytes()).isEqualTo("hi".getBytes());
    }

    @Test
    void closeDeletesTheTemporaryFile(@TempDir Path dir) throws IOException {
        Path tmp = Files.write(dir.resolve("u.upload"), new byte[3]);
        UploadedFile f = UploadedFile.temporary("a.bin", "", null, Map.of(), tmp, 3);
        assertThat(f.temporaryFilePath()).contains(tmp);
        f.close();
        assertThat(tmp).doesNotExist();
        f.close();
    }

    @Test
    void chunkSizeMustBePositive() {
        assertThatThrownBy(() -> UploadedFile.inMemory("a", "", new byte[1]).chunks(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
