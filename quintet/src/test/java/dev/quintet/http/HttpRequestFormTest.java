package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

/** POST and FILES: url-encoded and multipart bodies, their limits and their errors. */
class HttpRequestFormTest {
    private static final RequestConfig CONFIG = RequestConfig.defaults(List.of("testserver"));

    private static HttpRequest form(String method, String contentType, String body) {
        return HttpRequest.builder(CONFIG).method(method).header("Content-Type", contentType)
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
    }

    static Stream<Arguments> urlencoded() {
        return Stream.of(
                Arguments.of("fields", "POST", "application/x-www-form-urlencoded", "a=1&b=x+y&a=2",
                        Map.of("a", List.of("1", "2"), "b", List.of("x y"))),
                Arguments.of("explicit utf-8 charset", "POST", "application/x-www-form-urlencoded; charset=utf-8",
                        "name=%C3%A9", Map.of("name", List.of("é"))),
                Arguments.of("JSON leaves POST empty", "POST", "application/json", "{\"a\": 1}", Map.of()),
                Arguments.of("text leaves POST empty", "POST", "text/plain", "a=1", Map.of()),
                Arguments.of("no content type leaves POST empty", "POST", "", "a=1", Map.of()),
                Arguments.of("PUT is not parsed", "PUT", "application/x-www-form-urlencoded", "a=1", Map.of()),
                Arguments.of("GET is not parsed", "GET", "application/x-www-form-urlencoded", "a=1", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urlencoded")
    void parsesUrlencodedBodies(String name, String method, String type, String body, Map<String, List<String>> expected) {
        HttpRequest r = form(method, type, body);
        assertThat(r.POST().lists()).isEqualTo(expected);
        assertThat(r.POST().isMutable()).isFalse();
        assertThat(r.FILES().isEmpty()).isTrue();
        assertThat(r.body()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> badUrlencoded() {
        return Stream.of(
                Arguments.of("other charset", "application/x-www-form-urlencoded; charset=iso-8859-1", "a=1".getBytes(StandardCharsets.UTF_8),
                        "HTTP requests with the 'application/x-www-form-urlencoded' content type must be UTF-8 encoded."),
                Arguments.of("bad escape", "application/x-www-form-urlencoded", "a=%G0".getBytes(StandardCharsets.UTF_8),
                        "Invalid percent-encoding '%G0' in query data."),
                Arguments.of("invalid utf-8 raw bytes", "application/x-www-form-urlencoded", new byte[] {'a', '=', (byte) 0xff},
                        "Invalid UTF-8 in form data."),
                Arguments.of("invalid utf-8 escaped", "application/x-www-form-urlencoded", "a=%ff".getBytes(StandardCharsets.UTF_8),
                        "Invalid UTF-8 in query data."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUrlencoded")
    void refusesBadUrlencodedBodies(String name, String type, byte[] body, String message) {
        HttpRequest r = HttpRequest.builder(CONFIG).method("POST").header("Content-Type", type).body(body).build();
        assertThatThrownBy(r::POST).isInstanceOf(BadRequest.class).hasMessage(message);
        assertThat(r.POST().isEmpty()).as("an error leaves POST empty for error pages").isTrue();
    }

    static Stream<Arguments> limits() {
        String fields = "application/x-www-form-urlencoded";
        return Stream.of(
                // name, config, content type, body, expected exception (null: parses)
                Arguments.of("urlencoded size exactly at the limit", CONFIG.withUploadLimits(7, 1000, 100), fields, "a=12345", null),
                Arguments.of("urlencoded size just over", CONFIG.withUploadLimits(7, 1000, 100), fields, "a=123456",
                        RequestDataTooBig.class),
                Arguments.of("urlencoded fields exactly at the limit", CONFIG.withUploadLimits(-1, 3, 100), fields, "a=1&b=2&c=3", null),
                Arguments.of("urlencoded fields just over", CONFIG.withUploadLimits(-1, 3, 100), fields, "a=1&b=2&c=3&d=4",
                        TooManyFieldsSent.class),
                // multipart: each field counts its content plus its name plus two
                Arguments.of("multipart size exactly at the limit", CONFIG.withUploadLimits(10, 1000, 100), Multipart.CONTENT_TYPE,
                        new String(new Multipart().field("a", "1234567").end(), StandardCharsets.UTF_8), null),
                Arguments.of("multipart size just over", CONFIG.withUploadLimits(10, 1000, 100), Multipart.CONTENT_TYPE,
                        new String(new Multipart().field("a", "12345678").end(), StandardCharsets.UTF_8), RequestDataTooBig.class),
                Arguments.of("multipart size summed over fields", CONFIG.withUploadLimits(10, 1000, 100), Multipart.CONTENT_TYPE,
                        new String(new Multipart().field("a", "12").field("b", "123").end(), StandardCharsets.UTF_8),
                        RequestDataTooBig.class),
                Arguments.of("multipart files do not count toward the size", CONFIG.withUploadLimits(10, 1000, 100),
                        Multipart.CONTENT_TYPE, new String(new Multipart().file("f", "a.txt", "text/plain",
                                "x".repeat(500).getBytes(StandardCharsets.UTF_8)).end(), StandardCharsets.UTF_8), null),
                Arguments.of("multipart fields exactly at the limit", CONFIG.withUploadLimits(-1, 2, 100), Multipart.CONTENT_TYPE,
                        new String(new Multipart().field("a", "1").field("b", "2").end(), StandardCharsets.UTF_8), null),
                Arguments.of("multipart fields just over", CONFIG.withUploadLimits(-1, 2, 100), Multipart.CONTENT_TYPE,
                        new String(new Multipart().field("a", "1").field("b", "2").field("c", "3").end(), StandardCharsets.UTF_8),
                        TooManyFieldsSent.class),
                Arguments.of("multipart files exactly at the limit", CONFIG.withUploadLimits(-1, 1000, 2), Multipart.CONTENT_TYPE,
                        new String(new Multipart().file("f", "a", "text/plain", new byte[1]).file("f", "b", "text/plain", new byte[1])
                                .end(), StandardCharsets.UTF_8), null),
                Arguments.of("multipart files just over", CONFIG.withUploadLimits(-1, 1000, 2), Multipart.CONTENT_TYPE,
                        new String(new Multipart().file("f", "a", "text/plain", new byte[1]).file("f", "b", "text/plain", new byte[1])
                                .file("g", "c", "text/plain", new byte[1]).end(), StandardCharsets.UTF_8), TooManyFilesSent.class),
                Arguments.of("files without a name still count", CONFIG.withUploadLimits(-1, 1000, 1), Multipart.CONTENT_TYPE,
                        new String(new Multipart().file("f", "", "text/plain", new byte[0]).file("f", "b", "text/plain", new byte[1])
                                .end(), StandardCharsets.UTF_8), TooManyFilesSent.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void enforcesLimits(String name, RequestConfig config, String type, String body, Class<? extends Throwable> error) {
        HttpRequest r = HttpRequest.builder(config).method("POST").header("Content-Type", type)
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
        if (error == null) {
            assertThat(r.POST()).isNotNull();
        } else {
            assertThatThrownBy(r::POST).isInstanceOf(error).isInstanceOf(BadRequest.class);
        }
    }

    @Test
    void multipartFieldsAndFiles() {
        byte[] body = new Multipart().raw("preamble to ignore\r\n")
                .field("title", "Hello").field("tag", "a").field("tag", "b").field("note", "été")
                .file("avatar", "me.png", "image/png", new byte[] {1, 2, 3})
                .file("doc", "readme.txt", "text/plain; charset=iso-8859-1", "hi".getBytes(StandardCharsets.US_ASCII))
                .end();
        HttpRequest r = Multipart.post(CONFIG, body);
        assertThat(r.POST().lists()).isEqualTo(Map.of("title", List.of("Hello"), "tag", List.of("a", "b"), "note", List.of("été")));
        UploadedFile avatar = r.FILES().get("avatar");
        assertThat(List.of(avatar.name(), avatar.contentType(), avatar.size(), avatar.isInMemory()))
                .isEqualTo(List.of("me.png", "image/png", 3L, true));
        assertThat(avatar.bytes()).containsExactly(1, 2, 3);
        UploadedFile doc = r.FILES().get("doc");
        assertThat(List.of(doc.contentType(), doc.charset())).isEqualTo(List.of("text/plain", "iso-8859-1"));
        assertThat(r.FILES().keys()).containsExactly("avatar", "doc");
    }

    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of("plain", "form-data; name=\"f\"; filename=\"a.txt\"", "a.txt"),
                Arguments.of("RFC 2231 extended name", "form-data; name=\"f\"; filename*=utf-8''na%C3%AFve%20file.txt", "naïve file.txt"),
                Arguments.of("extended name wins over the plain one", "form-data; name=\"f\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf; filename=\"resume.pdf\"",
                        "résumé.pdf"),
                Arguments.of("extended name with language", "form-data; name=\"f\"; filename*=utf-8'en'caf%C3%A9.txt", "café.txt"),
                Arguments.of("raw UTF-8 name", "form-data; name=\"f\"; filename=\"日本.txt\"", "日本.txt"),
                Arguments.of("windows path stripped", "form-data; name=\"f\"; filename=\"C:\\\\Users\\\\me\\\\x.txt\"", "x.txt"),
                Arguments.of("unix path stripped", "form-data; name=\"f\"; filename=\"../../etc/passwd\"", "passwd"),
                Arguments.of("escaped quote", "form-data; name=\"f\"; filename=\"say \\\"hi\\\".txt\"", "say \"hi\".txt"),
                Arguments.of("semicolon inside quotes", "form-data; name=\"f\"; filename=\"a;b.txt\"", "a;b.txt"),
                Arguments.of("HTML entities unescaped", "form-data; name=\"f\"; filename=\"&#8364;&amp;.txt\"", "€&.txt"),
                Arguments.of("case-insensitive parameter names", "form-data; NAME=\"f\"; FileName=\"a.txt\"", "a.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileNames")
    void readsFileNames(String name, String disposition, String expected) {
        byte[] body = new Multipart().part("Content-Disposition: " + disposition + "\r\nContent-Type: text/plain",
                "x".getBytes(StandardCharsets.UTF_8)).end();
        assertThat(Multipart.post(CONFIG, body).FILES().get("f").name()).isEqualTo(expected);
    }

    static Stream<Arguments> skippedParts() {
        return Stream.of(
                Arguments.of("empty file name", "Content-Disposition: form-data; name=\"f\"; filename=\"\""),
                Arguments.of("dot-dot file name", "Content-Disposition: form-data; name=\"f\"; filename=\"..\""),
                Arguments.of("not form-data", "Content-Disposition: attachment; name=\"f\""),
                Arguments.of("no name", "Content-Disposition: form-data"),
                Arguments.of("no Content-Disposition", "Content-Type: text/plain"),
                Arguments.of("no headers at all", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skippedParts")
    void skipsPartsThatAreNeitherFieldNorFile(String name, String headers) {
        byte[] body = headers.isEmpty()
                ? new Multipart().raw("--" + Multipart.BOUNDARY + "\r\n\r\nignored\r\n").field("kept", "1").end()
                : new Multipart().part(headers, "ignored".getBytes(StandardCharsets.UTF_8)).field("kept", "1").end();
        HttpRequest r = Multipart.post(CONFIG, body);
        assertThat(r.FILES().isEmpty()).isTrue();
        assertThat(r.POST().lists()).isEqualTo(Map.of("kept", List.of("1")));
    }

    static Stream<Arguments> wireFormats() {
        String b = Multipart.BOUNDARY;
        return Stream.of(
                Arguments.of("epilogue ignored", "--" + b + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" + b + "--\r\nepilogue"),
                Arguments.of("no CRLF after the closing delimiter", "--" + b + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" + b + "--"),
                Arguments.of("transport padding after a delimiter", "--" + b + "  \t\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" + b + "--"),
                Arguments.of("boundary look-alike in content", "--" + b + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" + b.substring(0, 10) + "\r\n--" + b + "--"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wireFormats")
    void readsWireFormats(String name, String body) {
        HttpRequest r = Multipart.post(CONFIG, body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.POST().get("a")).startsWith("1");
    }

    static Stream<Arguments> malformed() {
        String b = Multipart.BOUNDARY;
        String part = "--" + b + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n";
        return Stream.of(
                Arguments.of("no boundary parameter", "multipart/form-data", part, "Invalid boundary in multipart: None"),
                Arguments.of("boundary too long", "multipart/form-data; boundary=" + "x".repeat(202), part,
                        "Invalid boundary in multipart: " + "x".repeat(202)),
                Arguments.of("boundary ending in a space", "multipart/form-data; boundary=\"abc \"", part,
                        "Invalid boundary in multipart: abc "),
                Arguments.of("non-ASCII content type", Multipart.CONTENT_TYPE + "; x=é", part,
                        "Invalid non-ASCII Content-Type in multipart: " + Multipart.CONTENT_TYPE + "; x=é"),
                Arguments.of("no closing delimiter", Multipart.CONTENT_TYPE, part, "Multipart body ended inside a part."),
                Arguments.of("no delimiter at all", Multipart.CONTENT_TYPE, "just some text",
                        "Multipart body ended before the closing boundary."),
                Arguments.of("empty body of unknown framing", Multipart.CONTENT_TYPE, "\r\n", "Multipart body ended before the closing boundary."),
                Arguments.of("garbage after a delimiter", Multipart.CONTENT_TYPE, "--" + b + "xyz\r\n" + part + "--" + b + "--",
                        "Malformed boundary line in multipart body."),
                Arguments.of("truncated in headers", Multipart.CONTENT_TYPE, "--" + b + "\r\nContent-Disposition: form-da",
                        "Multipart body ended inside part headers."),
                Arguments.of("header without a colon", Multipart.CONTENT_TYPE, "--" + b + "\r\nnonsense\r\n\r\n1\r\n--" + b + "--",
                        "Malformed header line in multipart part: 'nonsense'"),
                Arguments.of("headers too large", Multipart.CONTENT_TYPE, "--" + b + "\r\nX-Big: " + "y".repeat(9000) + "\r\n\r\n1\r\n--" + b + "--",
                        "Multipart part headers are too large."),
                Arguments.of("unknown part charset", Multipart.CONTENT_TYPE,
                        "--" + b + "\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Type: text/plain; charset=klingon\r\n\r\n1\r\n--" + b + "--",
                        "Unknown charset in multipart part: 'klingon'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesMalformedMultipart(String name, String type, String body, String message) {
        HttpRequest r = HttpRequest.builder(CONFIG).method("POST").header("Content-Type", type)
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
        assertThatThrownBy(r::FILES).isInstanceOf(MultiPartParserError.class).isInstanceOf(BadRequest.class)
                .hasMessage(message);
        assertThat(r.POST().isEmpty()).isTrue();
    }

    @Test
    void invalidUtf8FieldIsABadRequest() {
        byte[] body = new Multipart().part("Content-Disposition: form-data; name=\"a\"", new byte[] {(byte) 0xc3, 0x28}).end();
        assertThatThrownBy(Multipart.post(CONFIG, body)::POST).isInstanceOf(BadRequest.class)
                .hasMessage("Invalid UTF-8 in multipart field 'a'.");
    }

    @Test
    void fieldInItsOwnCharset() {
        byte[] body = new Multipart().part("Content-Disposition: form-data; name=\"a\"\r\nContent-Type: text/plain; charset=iso-8859-1",
                new byte[] {(byte) 0xe9}).end();
        assertThat(Multipart.post(CONFIG, body).POST().get("a")).isEqualTo("é");
    }

    static Stream<Arguments> base64Parts() {
        return Stream.of(
                Arguments.of("field", "Content-Disposition: form-data; name=\"a\"", "aMOp", "hé"),
                Arguments.of("field that is not base64 is kept", "Content-Disposition: form-data; name=\"a\"", "not base64!", "not base64!"),
                Arguments.of("file", "Content-Disposition: form-data; name=\"a\"; filename=\"x.txt\"", "aGVs\r\nbG8=", "hello"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("base64Parts")
    void decodesBase64TransferEncoding(String name, String disposition, String encoded, String expected) {
        byte[] body = new Multipart().part(disposition + "\r\nContent-Transfer-Encoding: base64",
                encoded.getBytes(StandardCharsets.US_ASCII)).end();
        HttpRequest r = Multipart.post(CONFIG, body);
        String actual = r.FILES().containsKey("a") ? new String(r.FILES().get("a").bytes(), StandardCharsets.UTF_8) : r.POST().get("a");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void emptyMultipartBody() {
        HttpRequest r = HttpRequest.builder(CONFIG).method("POST").header("Content-Type", Multipart.CONTENT_TYPE)
                .body(new byte[0]).build();
        assertThat(r.POST().isEmpty()).isTrue();
        assertThat(r.FILES().isEmpty()).isTrue();
    }

    static Stream<Arguments> spooling() {
        return Stream.of(
                Arguments.of("smaller than the memory limit", 99, true),
                Arguments.of("exactly at the memory limit", 100, true),
                Arguments.of("just over the memory limit", 101, false),
                Arguments.of("much larger than the parser's buffer", 300_000, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spooling")
    void keepsSmallFilesInMemoryAndSpoolsLargeOnesUntilClose(String name, int size, boolean inMemory, @TempDir Path tmp)
            throws IOException {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + 7);
        }
        byte[] body = new Multipart().file("f", "data.bin", "application/octet-stream", content).end();
        HttpRequest r = Multipart.post(CONFIG.withFileUpload(100, tmp), body);
        UploadedFile f = r.FILES().get("f");
        assertThat(f.isInMemory()).isEqualTo(inMemory);
        assertThat(f.size()).isEqualTo(size);
        assertThat(f.bytes()).isEqualTo(content);
        try (InputStream in = f.inputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(f.temporaryFilePath().isPresent()).isEqualTo(!inMemory);
        f.temporaryFilePath().ifPresent(p -> assertThat(p).exists().hasParent(tmp));
        r.close();
        f.temporaryFilePath().ifPresent(p -> assertThat(p).doesNotExist());
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void closeDeletesUploadsEvenWhenTheViewRemovedThemFromFiles(@TempDir Path tmp) throws IOException {
        byte[] body = new Multipart().file("f", "big.bin", "application/octet-stream", new byte[5000]).end();
        HttpRequest r = Multipart.post(CONFIG.withFileUpload(100, tmp), body);
        Path spooled = r.FILES().get("f").temporaryFilePath().orElseThrow();
        r.FILES().pop("f");
        r.close();
        assertThat(spooled).doesNotExist();
    }

    @Test
    void failedParseDeletesFilesAlreadySpooled(@TempDir Path tmp) throws IOException {
        byte[] body = new Multipart().file("f", "big.bin", "application/octet-stream", new byte[5000])
                .file("g", "c.bin", "application/octet-stream", new byte[1]).unterminated();
        HttpRequest r = Multipart.post(CONFIG.withFileUpload(100, tmp), body);
        assertThatThrownBy(r::FILES).isInstanceOf(MultiPartParserError.class);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void hugeUploadIsStreamedToDisk(@TempDir Path tmp) throws IOException {
        long size = 64L * 1024 * 1024;
        byte[] head = ("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"huge.bin\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + Multipart.BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        InputStream body = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(head), new Zeros(size), new java.io.ByteArrayInputStream(tail))));
        HttpRequest r = HttpRequest.builder(CONFIG.withFileUpload(RequestConfig.DEFAULT_MAX_MEMORY, tmp)).method("POST")
                .header("Content-Type", Multipart.CONTENT_TYPE).body(body, head.length + size + tail.length).build();
        UploadedFile f = r.FILES().get("f");
        assertThat(f.size()).isEqualTo(size);
        assertThat(Files.size(f.temporaryFilePath().orElseThrow())).isEqualTo(size);
        r.close();
    }

    static Stream<Arguments> trickles() {
        return Stream.of(1, 2, 3, 7, 61, 4096, 65_535, 65_536, 65_537).map(n -> Arguments.of(n));
    }

    @ParameterizedTest(name = "reads of at most {0} bytes")
    @MethodSource("trickles")
    void parsesWhateverTheReadSizes(int readSize) {
        byte[] file = new byte[70_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i % 13 == 0 ? '\r' : i % 17 == 0 ? '\n' : i % 19 == 0 ? '-' : 'a' + i % 26);
        }
        byte[] body = new Multipart().field("a", "x\r\n--not-the-boundary").file("f", "a.bin", "application/octet-stream", file)
                .field("b", "y").end();
        InputStream trickle = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, readSize));
            }
        };
        HttpRequest r = HttpRequest.builder(CONFIG).method("POST").header("Content-Type", Multipart.CONTENT_TYPE)
                .body(trickle, body.length).build();
        assertThat(r.POST().lists()).isEqualTo(Map.of("a", List.of("x\r\n--not-the-boundary"), "b", List.of("y")));
        assertThat(r.FILES().get("f").bytes()).isEqualTo(file);
    }

    @Test
    void bodyIsRefusedAfterMultipartWasStreamed() {
        HttpRequest r = Multipart.post(CONFIG, new Multipart().field("a", "1").end());
        r.POST();
        assertThatThrownBy(r::body).isInstanceOf(RawPostDataException.class);
    }

    @Test
    void multipartIsParsedFromMemoryAfterBody() {
        HttpRequest r = Multipart.post(CONFIG, new Multipart().field("a", "1").end());
        byte[] raw = r.body();
        assertThat(r.POST().get("a")).isEqualTo("1");
        assertThat(r.body()).isSameAs(raw);
    }

    @Test
    void postIsEmptyWhenTheViewAlreadyReadTheStream() throws IOException {
        HttpRequest r = Multipart.post(CONFIG, new Multipart().field("a", "1").end());
        r.bodyStream().read();
        assertThat(r.POST().isEmpty()).isTrue();
    }

    /** {@code size} zero bytes, produced on demand. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
