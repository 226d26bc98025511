package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The response family: status, reason, headers, content and refusals. */
class HttpResponseTest {

    static Stream<Arguments> family() {
        return Stream.of(
                // name, response, status, reason, Content-Type, content
                Arguments.of("HttpResponse", (Supplier<HttpResponse>) () -> new HttpResponse("hi"), 200, "OK",
                        "text/html; charset=utf-8", "hi"),
                Arguments.of("empty HttpResponse", (Supplier<HttpResponse>) HttpResponse::new, 200, "OK", "text/html; charset=utf-8", ""),
                Arguments.of("custom status and type", (Supplier<HttpResponse>) () -> new HttpResponse("x", "text/plain", 201), 201,
                        "Created", "text/plain", "x"),
                Arguments.of("null content type is the default", (Supplier<HttpResponse>) () -> new HttpResponse("x", null, 200), 200,
                        "OK", "text/html; charset=utf-8", "x"),
                Arguments.of("HttpResponseBadRequest", (Supplier<HttpResponse>) () -> new HttpResponseBadRequest("bad"), 400,
                        "Bad Request", "text/html; charset=utf-8", "bad"),
                Arguments.of("HttpResponseForbidden", (Supplier<HttpResponse>) HttpResponseForbidden::new, 403, "Forbidden",
                        "text/html; charset=utf-8", ""),
                Arguments.of("HttpResponseNotFound", (Supplier<HttpResponse>) () -> new HttpResponseNotFound("<h1>Not Found</h1>"), 404,
                        "Not Found", "text/html; charset=utf-8", "<h1>Not Found</h1>"),
                Arguments.of("HttpResponseNotAllowed", (Supplier<HttpResponse>) () -> new HttpResponseNotAllowed(List.of("GET", "POST")),
                        405, "Method Not Allowed", "text/html; charset=utf-8", ""),
                Arguments.of("HttpResponseGone", (Supplier<HttpResponse>) HttpResponseGone::new, 410, "Gone", "text/html; charset=utf-8", ""),
                Arguments.of("HttpResponseServerError", (Supplier<HttpResponse>) () -> new HttpResponseServerError("oops", "text/plain"),
                        500, "Internal Server Error", "text/plain", "oops"),
                Arguments.of("HttpResponseNotModified", (Supplier<HttpResponse>) HttpResponseNotModified::new, 304, "Not Modified", null, ""),
                Arguments.of("HttpResponseRedirect", (Supplier<HttpResponse>) () -> new HttpResponseRedirect("/next/"), 302, "Found",
                        "text/html; charset=utf-8", ""),
                Arguments.of("HttpResponseRedirect keeping the request", (Supplier<HttpResponse>) () -> new HttpResponseRedirect("/n/", true),
                        307, "Temporary Redirect", "text/html; charset=utf-8", ""),
                Arguments.of("HttpResponsePermanentRedirect", (Supplier<HttpResponse>) () -> new HttpResponsePermanentRedirect("/n/"), 301,
                        "Moved Permanently", "text/html; charset=utf-8", ""),
                Arguments.of("HttpResponsePermanentRedirect keeping the request",
                        (Supplier<HttpResponse>) () -> new HttpResponsePermanentRedirect("/n/", true), 308, "Permanent Redirect",
                        "text/html; charset=utf-8", ""),
                Arguments.of("JsonResponse", (Supplier<HttpResponse>) () -> new JsonResponse(java.util.Map.of("a", 1)), 200, "OK",
                        "application/json", "{\"a\": 1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("family")
    void answersWithItsStatus(String name, Supplier<HttpResponse> make, int status, String reason, String type, String content) {
        HttpResponse r = make.get();
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.reasonPhrase()).isEqualTo(reason);
        assertThat(r.header("Content-Type")).isEqualTo(type);
        assertThat(r.text()).isEqualTo(content);
        assertThat(r.isStreaming()).isFalse();
    }

    @Test
    void notAllowedListsThePermittedMethods() {
        HttpResponseNotAllowed r = new HttpResponseNotAllowed(List.of("GET", "HEAD", "POST"));
        assertThat(r.header("Allow")).isEqualTo("GET, HEAD, POST");
        assertThat(r.permittedMethods()).containsExactly("GET", "HEAD", "POST");
    }

    @Test
    void notModifiedRefusesContent() {
        HttpResponseNotModified r = new HttpResponseNotModified();
        assertThat(r.hasHeader("Content-Type")).isFalse();
        assertThatThrownBy(() -> r.setContent("x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("You cannot set content to a 304 (Not Modified) response");
        r.setContent(new byte[0]);
        assertThat(r.content()).isEmpty();
    }

    static Stream<Arguments> redirects() {
        return Stream.of(
                // name, URL, expected Location or null when refused, refusal message
                Arguments.of("absolute path", "/next/", "/next/", null),
                Arguments.of("relative path", "next/", "next/", null),
                Arguments.of("query only", "?page=2", "?page=2", null),
                Arguments.of("http", "http://example.com/", "http://example.com/", null),
                Arguments.of("https", "https://example.com/a?b=c#d", "https://example.com/a?b=c#d", null),
                Arguments.of("ftp", "ftp://example.com/file", "ftp://example.com/file", null),
                Arguments.of("scheme in upper case", "HTTPS://example.com/", "HTTPS://example.com/", null),
                Arguments.of("scheme-relative", "//example.com/", "//example.com/", null),
                Arguments.of("unicode escaped as an IRI", "/café/?q=é", "/caf%C3%A9/?q=%C3%A9", null),
                Arguments.of("spaces escaped", "/a b/", "/a%20b/", null),
                Arguments.of("existing escapes kept", "/a%20b/", "/a%20b/", null),
                Arguments.of("colon in a path segment is not a scheme", "/a:b/", "/a:b/", null),
                Arguments.of("javascript", "javascript:alert(1)", null, "Unsafe redirect to URL with protocol 'javascript'"),
                Arguments.of("javascript in upper case", "JavaScript:alert(1)", null, "Unsafe redirect to URL with protocol 'javascript'"),
                Arguments.of("leading space", " javascript:alert(1)", null, "Unsafe redirect to URL with protocol 'javascript'"),
                Arguments.of("tab inside the scheme", "java\tscript:alert(1)", null, "Unsafe redirect to URL with protocol 'javascript'"),
                Arguments.of("newline inside the scheme", "java\nscript:alert(1)", null, "Unsafe redirect to URL with protocol 'javascript'"),
                Arguments.of("data", "data:text/html,<script>alert(1)</script>", null, "Unsafe redirect to URL with protocol 'data'"),
                Arguments.of("mailto", "mailto:a@example.com", null, "Unsafe redirect to URL with protocol 'mailto'"),
                Arguments.of("file", "file:///etc/passwd", null, "Unsafe redirect to URL with protocol 'file'"),
                Arguments.of("exactly 2048 characters", "/" + "a".repeat(2047), "/" + "a".repeat(2047), null),
                Arguments.of("2049 characters", "/" + "a".repeat(2048), null, "Unsafe redirect exceeding 2048 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redirects")
    void redirectsOnlyToSafeUrls(String name, String url, String location, String refusal) {
        for (Supplier<HttpResponseRedirectBase> make : List.<Supplier<HttpResponseRedirectBase>>of(
                () -> new HttpResponseRedirect(url), () -> new HttpResponsePermanentRedirect(url))) {
            if (refusal == null) {
                HttpResponseRedirectBase r = make.get();
                assertThat(r.url()).isEqualTo(location);
                assertThat(r.header("Location")).isEqualTo(location);
            } else {
                assertThatThrownBy(make::get).isInstanceOf(DisallowedRedirect.class).isInstanceOf(SuspiciousOperation.class)
                        .hasMessage(refusal);
            }
        }
    }

    static Stream<Arguments> charsets() {
        return Stream.of(
                Arguments.of("default utf-8", HttpResponse.DEFAULT_CONTENT_TYPE, "utf-8", new byte[] {(byte) 0xc3, (byte) 0xa9}),
                Arguments.of("latin-1 from the content type", "text/plain; charset=iso-8859-1", "iso-8859-1", new byte[] {(byte) 0xe9}),
                Arguments.of("quoted charset", "text/plain; charset=\"UTF-16BE\"", "UTF-16BE", new byte[] {0, (byte) 0xe9}),
                Arguments.of("no charset parameter", "text/plain", "utf-8", new byte[] {(byte) 0xc3, (byte) 0xa9}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charsets")
    void encodesWithTheResponseCharset(String name, String type, String charset, byte[] bytes) {
        HttpResponse r = new HttpResponse("é", type, 200);
        assertThat(r.charset()).isEqualTo(charset);
        assertThat(r.content()).isEqualTo(bytes);
        r.setContent("é");
        assertThat(r.content()).isEqualTo(bytes);
        assertThat(r.text()).isEqualTo("é");
    }

    @Test
    void explicitCharsetOverridesTheHeader() {
        HttpResponse r = new HttpResponse();
        r.setCharset("iso-8859-1");
        r.setContent("é");
        assertThat(r.content()).containsExactly(0xe9);
    }

    @Test
    void writeAppends() {
        HttpResponse r = new HttpResponse("a");
        r.write("b");
        r.write("é".getBytes(StandardCharsets.UTF_8));
        assertThat(r.text()).isEqualTo("abé");
        assertThat(r.streamingContent().next()).isEqualTo(r.content());
    }

    @Test
    void headersAreCaseInsensitive() {
        HttpResponse r = new HttpResponse();
        r.setHeader("X-Frame-Options", "DENY");
        r.setDefaultHeader("x-frame-options", "SAMEORIGIN");
        assertThat(r.header("x-FRAME-options")).isEqualTo("DENY");
        r.removeHeader("X-FRAME-OPTIONS");
        assertThat(r.hasHeader("X-Frame-Options")).isFalse();
    }

    @Test
    void reasonPhraseCanBeOverriddenAndDefaultsForUnknownCodes() {
        HttpResponse r = new HttpResponse("", null, 599);
        assertThat(r.reasonPhrase()).isEqualTo("Unknown Status Code");
        r.setReasonPhrase("Custom");
        assertThat(r.reasonPhrase()).isEqualTo("Custom");
    }

    @Test
    void closeRunsEveryCloserOnce() {
        HttpResponse r = new HttpResponse();
        int[] closed = new int[1];
        r.addResourceCloser(() -> closed[0]++);
        r.addResourceCloser(() -> closed[0]++);
        r.close();
        r.close();
        assertThat(closed[0]).isEqualTo(2);
    }
}
