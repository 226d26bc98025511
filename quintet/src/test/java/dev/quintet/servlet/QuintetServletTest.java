package dev.quintet.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.View;
import dev.quintet.servlet.ServletFakes.Incoming;
import dev.quintet.servlet.ServletFakes.Outgoing;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuintetServletTest {
    /** Describes the request it got. */
    static final View ECHO = request -> {
        if (request.path().equals("/boom")) {
            throw new IllegalStateException("boom");
        }
        return new HttpResponse(describe(request), "text/plain", 200);
    };

    private static String describe(HttpRequest r) throws java.io.IOException {
        return r.method() + " " + r.rawScheme() + " " + r.path() + " ?" + r.queryString()
                + " from " + r.remoteAddr() + " to " + r.serverName() + ":" + r.serverPort()
                + " accept=" + r.headers().getAll("Accept") + " len=" + r.contentLength()
                + " body=" + new String(r.bodyStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static final List<String[]> ACCEPT = List.of(new String[] {"Accept", "text/html"},
            new String[] {"accept", "*/*"});

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("root mapping: servlet path is the path, headers once per name",
                        new Incoming("GET", "http", "/posts/1/", null, "page=2", ACCEPT, new byte[0], 0),
                        "GET http /posts/1/ ?page=2 from 10.0.0.7 to 10.0.0.1:8443 accept=[text/html, */*] len=-1 body="),
                Arguments.of("/* mapping: path info is the path",
                        new Incoming("GET", "https", "", "/caf\u00e9/", null, List.of(), new byte[0], 0),
                        "GET https /caf\u00e9/ ? from 10.0.0.7 to 10.0.0.1:8443 accept=[] len=-1 body="),
                Arguments.of("empty path is the root",
                        new Incoming("GET", "http", "", null, null, List.of(), new byte[0], 0),
                        "GET http / ? from 10.0.0.7 to 10.0.0.1:8443 accept=[] len=-1 body="),
                Arguments.of("body with a length",
                        new Incoming("POST", "http", "/f", null, null, List.of(), "a=1".getBytes(), 3),
                        "POST http /f ? from 10.0.0.7 to 10.0.0.1:8443 accept=[] len=3 body=a=1"),
                Arguments.of("chunked body",
                        new Incoming("PUT", "http", "/f", null, null, List.of(), "xyz".getBytes(), -1),
                        "PUT http /f ? from 10.0.0.7 to 10.0.0.1:8443 accept=[] len=-1 body=xyz"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void requestConverted(String name, Incoming in, String described) throws Exception {
        Outgoing out = serve(ECHO, in);
        assertThat(out.body.toString(StandardCharsets.UTF_8)).isEqualTo(described);
        assertThat(out.contentLength).isEqualTo(described.getBytes(StandardCharsets.UTF_8).length);
        assertThat(out.headers).contains("Content-Type: text/plain");
    }

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of("status and headers", "GET", (View) r -> withHeader(new HttpResponse("made", "text/html", 201), "X-A", "1"),
                        201, List.of("Content-Type: text/html", "X-A: 1"), 4L, "made"),
                Arguments.of("HEAD: length, no body", "HEAD", (View) r -> new HttpResponse("made", "text/html", 200),
                        200, List.of("Content-Type: text/html"), 4L, ""),
                Arguments.of("204: no length", "GET", (View) r -> new HttpResponse(new byte[0], "text/plain", 204),
                        204, List.of("Content-Type: text/plain"), -1L, ""),
                Arguments.of("cookies as Set-Cookie headers", "GET", (View) r -> {
                    HttpResponse response = new HttpResponse("c", "text/plain", 200);
                    response.setCookie("a", "1");
                    response.deleteCookie("b");
                    return response;
                }, 200, List.of("Content-Type: text/plain", "Set-Cookie: a=1; Path=/",
                        "Set-Cookie: b=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"), 1L, "c"),
                Arguments.of("view exception: bare 500", "GET", (View) r -> {
                    throw new IllegalStateException("boom");
                }, 500, List.of(), 18L, "Server Error (500)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void responseWritten(String name, String method, View view, int status, List<String> headers,
                         long length, String body) throws Exception {
        Outgoing out = serve(view, new Incoming(method, "http", "/", null, null, List.of(), new byte[0], 0));
        assertThat(out.status).isEqualTo(status);
        assertThat(out.headers).containsExactlyElementsOf(headers);
        assertThat(out.contentLength).isEqualTo(length);
        assertThat(out.body.toString(StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void streamingResponseFlushesEachChunkAndIsClosed() throws Exception {
        boolean[] closed = {false};
        HttpResponse streaming = new HttpResponse(new byte[0], "text/plain", 200) {
            @Override
            public boolean isStreaming() {
                return true;
            }

            @Override
            public Iterator<byte[]> streamingContent() {
                return List.of("ab".getBytes(), "cde".getBytes()).iterator();
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Outgoing out = serve(r -> streaming, new Incoming("GET", "http", "/", null, null, List.of(), new byte[0], 0));
        assertThat(out.body.toString(StandardCharsets.UTF_8)).isEqualTo("abcde");
        assertThat(out.flushedAt).containsExactly(2, 5);
        assertThat(out.contentLength).isEqualTo(-1);
        assertThat(closed[0]).isTrue();
    }

    private static HttpResponse withHeader(HttpResponse response, String name, String value) {
        response.setHeader(name, value);
        return response;
    }

    private static Outgoing serve(View view, Incoming in) throws Exception {
        Outgoing out = new Outgoing();
        new QuintetServlet(view, RequestConfig.defaults(List.of("*"))).service(ServletFakes.request(in), out.proxy());
        return out;
    }
}
