package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FileResponse headers and block-wise reading. */
class FileResponseTest {
    @TempDir
    Path dir;

    static Stream<Arguments> contentTypes() {
        return Stream.of(
                Arguments.of("pdf", "report.pdf", "application/pdf"),
                Arguments.of("upper-case extension", "PHOTO.JPG", "image/jpeg"),
                Arguments.of("html", "index.html", "text/html"),
                Arguments.of("text", "notes.txt", "text/plain"),
                Arguments.of("css", "site.css", "text/css"),
                Arguments.of("javascript", "app.js", "text/javascript"),
                Arguments.of("json", "data.json", "application/json"),
                Arguments.of("svg", "logo.svg", "image/svg+xml"),
                Arguments.of("png", "a.png", "image/png"),
                Arguments.of("webp", "a.webp", "image/webp"),
                Arguments.of("zip", "a.zip", "application/zip"),
                Arguments.of("gzip-compressed tar is gzip", "backup.tar.gz", "application/gzip"),
                Arguments.of("gzip", "a.gz", "application/gzip"),
                Arguments.of("bzip2", "a.tar.bz2", "application/x-bzip"),
                Arguments.of("xz", "a.xz", "application/x-xz"),
                Arguments.of("brotli", "a.js.br", "application/x-brotli"),
                Arguments.of("unix compress", "a.Z", "application/x-compress"),
                Arguments.of("woff2", "font.woff2", "font/woff2"),
                Arguments.of("unknown extension", "file.qqq", "application/octet-stream"),
                Arguments.of("no extension", "README", "application/octet-stream"),
                Arguments.of("trailing dot", "file.", "application/octet-stream"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentTypes")
    void guessesTheContentTypeFromTheName(String name, String filename, String type) throws IOException {
        Path file = Files.write(dir.resolve(filename), new byte[] {1, 2, 3});
        try (FileResponse r = new FileResponse(file)) {
            assertThat(r.header("Content-Type")).isEqualTo(type);
            assertThat(r.header("Content-Length")).isEqualTo("3");
        }
    }

    static Stream<Arguments> dispositions() {
        return Stream.of(
                Arguments.of("named inline", false, "a.txt", "inline; filename=\"a.txt\""),
                Arguments.of("attachment", true, "report.pdf", "attachment; filename=\"report.pdf\""),
                Arguments.of("attachment without a name", true, null, "attachment"),
                Arguments.of("neither named nor attachment", false, null, null),
                Arguments.of("quotes and backslashes escaped", true, "a\"b\\c.txt", "attachment; filename=\"a\\\"b\\\\c.txt\""),
                Arguments.of("spaces kept in quotes", true, "my file.txt", "attachment; filename=\"my file.txt\""),
                Arguments.of("non-ASCII: fallback and extended form", true, "résumé.pdf",
                        "attachment; filename=\"r_sum_.pdf\"; filename*=utf-8''r%C3%A9sum%C3%A9.pdf"),
                Arguments.of("non-ASCII inline", false, "日本.txt", "inline; filename=\"__.txt\"; filename*=utf-8''%E6%97%A5%E6%9C%AC.txt"),
                Arguments.of("control character forces the extended form", true, "a\nb.txt",
                        "attachment; filename=\"a_b.txt\"; filename*=utf-8''a%0Ab.txt"),
                Arguments.of("directory part dropped", true, "/srv/files/a.txt", "attachment; filename=\"a.txt\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dispositions")
    void setsContentDisposition(String name, boolean attachment, String filename, String expected) {
        try (FileResponse r = new FileResponse(new ByteArrayInputStream(new byte[0]), -1, attachment, filename)) {
            assertThat(r.header("Content-Disposition")).isEqualTo(expected);
        }
    }

    @Test
    void pathGivesNameLengthAndInlineDisposition() throws IOException {
        Path file = Files.write(dir.resolve("notes.txt"), "hello".getBytes());
        try (FileResponse r = new FileResponse(file)) {
            assertThat(r.header("Content-Disposition")).isEqualTo("inline; filename=\"notes.txt\"");
            assertThat(r.header("Content-Length")).isEqualTo("5");
            assertThat(r.status()).isEqualTo(200);
        }
    }

    @Test
    void explicitNameAndTypeWin() throws IOException {
        Path file = Files.write(dir.resolve("x.bin"), new byte[2]);
        try (FileResponse r = new FileResponse(file, true, "export.csv", "text/csv; charset=utf-8")) {
            assertThat(r.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
            assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"export.csv\"");
        }
    }

    @Test
    void typeIsGuessedFromTheGivenName() {
        try (FileResponse r = new FileResponse(new ByteArrayInputStream(new byte[0]), -1, false, "photo.jpg")) {
            assertThat(r.header("Content-Type")).isEqualTo("image/jpeg");
            assertThat(r.hasHeader("Content-Length")).isFalse();
        }
    }

    @Test
    void unnamedStreamIsOctetStream() {
        try (FileResponse r = new FileResponse(new ByteArrayInputStream(new byte[0]))) {
            assertThat(r.header("Content-Type")).isEqualTo("application/octet-stream");
            assertThat(r.hasHeader("Content-Disposition")).isFalse();
        }
    }

    @Test
    void readsInBlocksOf64KiBAsPulled() throws IOException {
        int size = 150 * 1024;
        Path file = Files.write(dir.resolve("big.bin"), new byte[size]);
        CountingStream in = new CountingStream(Files.newInputStream(file));
        try (FileResponse r = new FileResponse(in, size, false, "big.bin")) {
            assertThat(in.read).isZero();
            List<Integer> blocks = new ArrayList<>();
            var body = r.streamingContent();
            blocks.add(body.next().length);
            assertThat(in.read).isLessThanOrEqualTo(64 * 1024);
            body.forEachRemaining(b -> blocks.add(b.length));
            assertThat(blocks).containsExactly(65536, 65536, 22528);
        }
    }

    @Test
    void closesTheStreamWithTheResponse() {
        CountingStream in = new CountingStream(new ByteArrayInputStream(new byte[10]));
        FileResponse r = new FileResponse(in);
        r.close();
        assertThat(in.closed).isTrue();
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long read;
        boolean closed;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
