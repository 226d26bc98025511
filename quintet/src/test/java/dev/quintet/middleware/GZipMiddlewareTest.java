package dev.quintet.middleware;

import static dev.quintet.middleware.Site.headers;
import static dev.quintet.middleware.Site.pick;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.StreamingHttpResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GZipMiddlewareTest {
    static final String LONG = "Quintet compresses this text because it repeats. ".repeat(20);
    static final byte[] NOISE = new byte[400];

    static {
        new Random(42).nextBytes(NOISE);
    }

    private static final Site SITE = new Site(Settings.builder().middleware(GZipMiddleware::new).rootUrlconf(urlpatterns(
            path("long/", request -> new HttpResponse(LONG)),
            path("short/", request -> new HttpResponse("short")),
            path("encoded/", request -> {
                HttpResponse r = new HttpResponse(LONG);
                r.setHeader("Content-Encoding", "br");
                return r;
            }),
            path("noise/", request -> new HttpResponse(NOISE, "application/octet-stream", 200)),
            path("strong/", request -> {
                HttpResponse r = new HttpResponse(LONG);
                r.setHeader("ETag", "\"abc\"");
                r.setHeader("Vary", "Cookie");
                return r;
            }),
            path("stream/", request -> {
                StreamingHttpResponse r = new StreamingHttpResponse(List.of("first chunk ", "second chunk ", "third"));
                r.setHeader("ETag", "\"s\"");
                return r;
            }),
            path("weak/", request -> {
                HttpResponse r = new HttpResponse(LONG);
                r.setHeader("ETag", "W/\"abc\"");
                return r;
            }))).build());

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("compressed for gzip clients", "/long/", "gzip, deflate, br",
                        headers("Content-Encoding", "gzip", "Vary", "Accept-Encoding")),
                arguments("q-values do not matter", "/long/", "br;q=1.0, gzip;q=0.5",
                        headers("Content-Encoding", "gzip")),
                arguments("not for clients without gzip", "/long/", "br, deflate",
                        headers("Content-Encoding", null, "Vary", "Accept-Encoding")),
                arguments("not for bodies under 200 bytes", "/short/", "gzip",
                        headers("Content-Encoding", null, "Vary", null)),
                arguments("not when already encoded", "/encoded/", "gzip", headers("Content-Encoding", "br", "Vary", null)),
                arguments("not when it would not shrink", "/noise/", "gzip",
                        headers("Content-Encoding", null, "Vary", "Accept-Encoding")),
                arguments("a strong ETag is weakened, Vary extended", "/strong/", "gzip",
                        headers("ETag", "W/\"abc\"", "Vary", "Cookie, Accept-Encoding")),
                arguments("a weak ETag stays", "/weak/", "gzip", headers("ETag", "W/\"abc\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gzip(String name, String path, String acceptEncoding, Map<String, String> expected) {
        HttpResponse response = SITE.send("GET " + path, "Accept-Encoding", acceptEncoding);
        assertThat(pick(response, expected)).isEqualTo(expected);
    }

    @Test
    void streamingResponsesAreCompressedChunkByChunk() throws IOException {
        HttpResponse response = SITE.send("GET /stream/", "Accept-Encoding", "gzip");
        assertThat(pick(response, headers("Content-Encoding", "gzip", "Vary", "Accept-Encoding", "ETag", "W/\"s\"",
                "Content-Length", null))).containsEntry("Content-Encoding", "gzip").containsEntry("ETag", "W/\"s\"")
                .containsEntry("Content-Length", null);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<byte[]> chunks = new ArrayList<>();
        response.streamingContent().forEachRemaining(chunks::add);
        assertThat(chunks).hasSize(4);
        for (byte[] chunk : chunks) {
            all.write(chunk);
        }
        // Each flushed chunk is decodable on its own: the first one already holds "first chunk ".
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(all.toByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first chunk second chunk third");
        }
    }

    @Test
    void compressedBodyInflatesToTheOriginalWithARandomFileNameInTheHeader() throws IOException {
        HttpResponse response = SITE.send("GET /long/", "Accept-Encoding", "gzip");
        byte[] gz = response.content();
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(gz.length));
        assertThat(gz[3]).as("FNAME flag").isEqualTo((byte) 0x08);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(LONG);
        }
    }
}
