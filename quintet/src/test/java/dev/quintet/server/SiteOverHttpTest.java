package dev.quintet.server;

import static dev.quintet.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.BaseHandler;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.StreamingHttpResponse;
import dev.quintet.middleware.GZipMiddleware;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A whole site (settings, middleware, URLconf, BaseHandler) behind the real server. */
class SiteOverHttpTest {
    static final String BIG = "Quintet! ".repeat(200);

    static final Settings SETTINGS = Settings.builder()
            .allowedHosts("localhost", "127.0.0.1")
            .secretKey("test-secret-key-that-is-long-enough-for-the-checks-0123456789")
            .middleware(GZipMiddleware::new)
            .rootUrlconf(List.of(
                    path("big/", r -> new HttpResponse(BIG, "text/plain", 200)),
                    path("host/", r -> new HttpResponse("host=" + r.host(), "text/plain", 200)),
                    path("cookies/", r -> {
                        HttpResponse response = new HttpResponse("ok", "text/plain", 200);
                        response.setCookie("a", "1");
                        response.setCookie("b", "2");
                        return response;
                    }),
                    path("stream/", r -> new StreamingHttpResponse(List.of("one,", "two").iterator(), "text/plain"))))
            .build();

    static QuintetServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = QuintetServer.builder().handler(new BaseHandler(SETTINGS)).settings(SETTINGS)
                .port(0).stopOnShutdown(false).build().start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        http.close();
    }

    static Stream<Arguments> hosts() {
        return Stream.of(
                Arguments.of("allowed host", "localhost:8000", 200, "host=localhost:8000"),
                Arguments.of("allowed IP", "127.0.0.1", 200, "host=127.0.0.1"),
                Arguments.of("host not in ALLOWED_HOSTS is a 400", "evil.example", 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hosts")
    void hostValidatedByTheRequest(String name, String host, int status, String body) throws Exception {
        try (RawHttp raw = new RawHttp(server.port())) {
            raw.send("GET /host/ HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            RawHttp.Reply reply = raw.read(false);
            assertThat(reply.status()).isEqualTo(status);
            if (body != null) {
                assertThat(reply.body()).isEqualTo(body);
            }
        }
    }

    @Test
    void gzipMiddlewareCompressesAndTheServerSendsTheCompressedLength() throws Exception {
        var response = http.send(request("/big/").header("Accept-Encoding", "gzip").build(), BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(response.headers().firstValue("content-length")).contains(String.valueOf(response.body().length));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(BIG);
        }
    }

    @Test
    void withoutAcceptEncodingTheBodyIsPlain() throws Exception {
        var response = http.send(request("/big/").build(), BodyHandlers.ofString());
        assertThat(response.headers().firstValue("content-encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(BIG);
    }

    @Test
    void everyCookieIsItsOwnSetCookieHeader() throws Exception {
        var response = http.send(request("/cookies/").build(), BodyHandlers.ofString());
        assertThat(response.headers().allValues("set-cookie")).containsExactly("a=1; Path=/", "b=2; Path=/");
    }

    @Test
    void streamingResponseIsChunked() throws Exception {
        var response = http.send(request("/stream/").build(), BodyHandlers.ofString());
        assertThat(response.headers().firstValue("transfer-encoding")).contains("chunked");
        assertThat(response.body()).isEqualTo("one,two");
    }

    @Test
    void unknownPathIsTheHandlers404() throws Exception {
        assertThat(http.send(request("/missing/").build(), BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }
}
