package dev.quintet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.http.RequestConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The embedded server over real sockets: java.net.http where it can, raw sockets where it can't. */
class QuintetServerTest {
    private static final int MAX_BODY = 1000;

    /** One client for the class: closing a client waits for its connections, a second each time. */
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SiteViews site;
    private QuintetServer server;

    @BeforeEach
    void start() throws Exception {
        site = new SiteViews();
        server = QuintetServer.builder()
                .view(site)
                .port(0)
                .requestConfig(RequestConfig.defaults(List.of("*")).withFileUpload(10, null))
                .maxBodySize(MAX_BODY)
                .requestHeaderSize(4096)
                .gracePeriod(Duration.ofSeconds(5))
                .stopOnShutdown(false)
                .build()
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        site.release.countDown();
        server.stop();
    }

    @AfterAll
    static void closeClient() {
        http.shutdownNow();
    }

    static Stream<Arguments> exchanges() {
        return Stream.of(
                Arguments.of("GET answered with a Content-Length", "GET", "/hello", "", 200, "Hello, World!", "content-length", "13"),
                Arguments.of("view runs on a virtual thread", "GET", "/thread", "", 200, "virtual=true", "server", "Quintet"),
                Arguments.of("own Server header, not Jetty's", "GET", "/hello", "", 200, "Hello, World!", "server", "Quintet"),
                Arguments.of("content type written as given", "GET", "/hello", "", 200, "Hello, World!", "content-type", "text/plain"),
                Arguments.of("POST body read by the view", "POST", "/echo", "abc", 200, "POST 3 abc", "content-length", "10"),
                Arguments.of("PUT body read by the view", "PUT", "/echo", "xy", 200, "PUT 2 xy", "server", "Quintet"),
                Arguments.of("path decoded, query kept raw", "GET", "/m%65ta?a=%20b&c", "", 200, "GET /meta ?a=%20b&c http 127.0.0.1", "server", "Quintet"),
                Arguments.of("view's 404 passed through", "GET", "/missing", "", 404, "Not Found", "content-length", "9"),
                Arguments.of("view exception becomes a bare 500", "GET", "/boom", "", 500, "Server Error (500)", "content-type", "text/plain; charset=utf-8"),
                Arguments.of("204 carries no Content-Length", "GET", "/no-content", "", 204, "", "content-length", null),
                Arguments.of("body at the limit accepted", "POST", "/echo", "a".repeat(MAX_BODY), 200, "POST 1000 " + "a".repeat(MAX_BODY), "server", "Quintet"),
                Arguments.of("body over the limit refused with 413", "POST", "/echo", "a".repeat(MAX_BODY + 1), 413, "Request body too large", "server", "Quintet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void exchange(String name, String method, String path, String body, int status, String content,
                  String header, String headerValue) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).isEqualTo(content);
        assertThat(response.headers().firstValue(header).orElse(null)).isEqualTo(headerValue);
        assertThat(response.headers().firstValue("date")).isPresent();
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        byte[] big = new byte[MAX_BODY * 4];
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(url("/echo"))
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        assertThat(http.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    }

    @Test
    void chunkedBodyOverTheLimitIsA413EvenWhenTheViewSwallowsTheError() throws Exception {
        byte[] big = new byte[MAX_BODY * 4];
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(url("/swallow"))
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("Request body too large");
    }

    @Test
    void chunkedBodyUnderTheLimitIsRead() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(url("/echo"))
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("hi".getBytes()))).build();
        assertThat(http.send(request, BodyHandlers.ofString()).body()).isEqualTo("POST -1 hi");
    }

    @Test
    void gzippedBodyFromAViewPassesThroughUntouched() throws Exception {
        HttpResponse<byte[]> response = http.send(get("/gzip"), BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(response.body()).isEqualTo(SiteViews.GZIPPED);
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneConnection() throws Exception {
        try (RawHttp raw = new RawHttp(server.port())) {
            for (int i = 0; i < 3; i++) {
                raw.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertThat(raw.read(false).body()).isEqualTo("Hello, World!");
            }
        }
    }

    @Test
    void headSendsGetHeadersAndNoBody() throws Exception {
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send("HEAD /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Reply head = raw.read(true);
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.headers()).containsEntry("content-length", "13").containsEntry("server", "Quintet");
            // had a body been sent, this would read it instead of the next status line
            raw.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(raw.read(false).body()).isEqualTo("Hello, World!");
        }
    }

    @Test
    void headOfAStreamingResponseSendsNoChunks() throws Exception {
        site.release.countDown();
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send("HEAD /stream HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(raw.read(true).status()).isEqualTo(200);
            raw.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(raw.read(false).body()).isEqualTo("Hello, World!");
        }
        awaitTrue(() -> site.lastStream.closed);
    }

    @Test
    void streamingChunksArriveBeforeTheResponseEnds() throws Exception {
        HttpResponse<InputStream> response = http.send(get("/stream"), BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("transfer-encoding")).contains("chunked");
        try (InputStream body = response.body()) {
            // the view is still blocked before its second chunk: the first must already be here
            assertThat(new String(body.readNBytes(6), StandardCharsets.UTF_8)).isEqualTo("first;");
            site.release.countDown();
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        }
    }

    @Test
    void streamingResponseIsClosedOnceWritten() throws Exception {
        site.release.countDown();
        assertThat(http.send(get("/stream"), BodyHandlers.ofString()).body()).isEqualTo("first;second");
        awaitTrue(() -> site.lastStream.closed);
    }

    @Test
    void failingStreamAbortsTheResponse() {
        assertThatThrownBy(() -> http.send(get("/broken-stream"), BodyHandlers.ofString()))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void spooledUploadsAreDeletedOnceAnswered() throws Exception {
        byte[] body = dev.quintet.test.internal.BodyEncoder.multipart(
                java.util.Map.of("doc", dev.quintet.test.TestFile.of("big.txt", "x".repeat(500))));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(url("/upload"))
                .header("Content-Type", dev.quintet.test.internal.BodyEncoder.MULTIPART_CONTENT)
                .POST(BodyPublishers.ofByteArray(body)).build();
        assertThat(http.send(request, BodyHandlers.ofString()).body()).isEqualTo("spooled 500");
        awaitTrue(() -> !java.nio.file.Files.exists(site.lastUpload));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void hostHeaderReachesTheView() throws Exception {
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send("GET /host HTTP/1.1\r\nHost: example.com:8080\r\n\r\n");
            assertThat(raw.read(false).body()).isEqualTo("host=example.com:8080");
        }
    }

    @Test
    void asteriskFormOptionsReachesTheHandler() throws Exception {
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Reply reply = raw.read(false);
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.body()).isEqualTo("Not Found");
        }
    }

    @Test
    void malformedHostHeaderIsA400() throws Exception {
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send("GET /host HTTP/1.1\r\nHost: exa mple.com\r\n\r\n");
            assertThat(raw.read(false).status()).isEqualTo(400);
        }
    }

    @Test
    void oversizedHeadersAreA431() throws Exception {
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send("GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(5000) + "\r\n\r\n");
            assertThat(raw.read(false).status()).isEqualTo(431);
        }
    }

    @Test
    void gracefulStopFinishesInFlightRequestsAndRefusesNewConnections() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(get("/slow"), BodyHandlers.ofString());
        assertThat(site.slowStarted.await(5, TimeUnit.SECONDS)).isTrue();
        int port = server.port();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitRefused(port);
        assertThat(slow).isNotDone();
        site.release.countDown();
        HttpResponse<String> response = slow.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("slow done");
        stopping.get(5, TimeUnit.SECONDS);
        assertThat(server.isRunning()).isFalse();
    }

    @Test
    void idleConnectionsCloseAfterTheIdleTimeout() throws Exception {
        QuintetServer quick = QuintetServer.builder().view(site).port(0).idleTimeout(Duration.ofMillis(300))
                .stopOnShutdown(false).build().start();
        try (RawHttp raw = new RawHttp(quick.port())) {
            raw.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(raw.read(false).status()).isEqualTo(200);
            long idleStart = System.nanoTime();
            assertThat(raw.closedByServer()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - idleStart)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(5));
        } finally {
            quick.stop();
        }
    }

    @Test
    void stopGivesUpOnRequestsOutlastingTheGracePeriod() throws Exception {
        QuintetServer impatient = QuintetServer.builder().view(site).port(0).gracePeriod(Duration.ofMillis(300))
                .stopOnShutdown(false).build().start();
        try (RawHttp raw = new RawHttp(impatient.port())) {
            raw.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(site.slowStarted.await(5, TimeUnit.SECONDS)).isTrue();
            long stopStart = System.nanoTime();
            impatient.stop();
            assertThat(Duration.ofNanos(System.nanoTime() - stopStart)).isLessThan(Duration.ofSeconds(5));
            assertThat(raw.closedByServer()).isTrue();
        }
    }

    private static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            try {
                new Socket("127.0.0.1", port).close();
                Thread.sleep(20);
            } catch (java.io.IOException refused) {
                assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
                return;
            }
        }
        throw new AssertionError("server still accepting connections after stop began");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(url(path));
        builder.method(method, body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return http.send(builder.build(), BodyHandlers.ofString());
    }

    private java.net.http.HttpRequest get(String path) {
        return java.net.http.HttpRequest.newBuilder(url(path)).build();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void jettyIsToldTheReferenceSizeSoThatStartingItStartsNoJmx() {
        QuintetServer.builder();
        assertThat(System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine")).isEqualTo("16");
    }
}
