package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The request's data other than forms and hosts: META, cookies, scheme, URIs, body. */
class HttpRequestTest {
    private static final RequestConfig CONFIG = RequestConfig.defaults(List.of("testserver", "example.com"));

    private static HttpRequest.Builder request() {
        return HttpRequest.builder(CONFIG).server("testserver", 80);
    }

    @Test
    void metaIsTheCgiView() {
        HttpRequest r = request().method("POST").path("/a/b/").queryString("x=1").remoteAddr("10.0.0.7")
                .header("Host", "testserver").header("User-Agent", "curl/8").header("Content-Type", "text/plain")
                .header("Content-Length", "3").header("X-Custom-Thing", "v").header("Accept", "text/html")
                .header("Accept", "application/json").body("abc".getBytes(StandardCharsets.UTF_8)).build();
        assertThat(r.META()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("REQUEST_METHOD", "POST"), Map.entry("PATH_INFO", "/a/b/"), Map.entry("SCRIPT_NAME", ""),
                Map.entry("QUERY_STRING", "x=1"), Map.entry("REMOTE_ADDR", "10.0.0.7"),
                Map.entry("SERVER_NAME", "testserver"), Map.entry("SERVER_PORT", "80"),
                Map.entry("SERVER_PROTOCOL", "HTTP/1.1"), Map.entry("HTTP_HOST", "testserver"),
                Map.entry("HTTP_USER_AGENT", "curl/8"), Map.entry("CONTENT_TYPE", "text/plain"),
                Map.entry("CONTENT_LENGTH", "3"), Map.entry("HTTP_X_CUSTOM_THING", "v"),
                Map.entry("HTTP_ACCEPT", "text/html,application/json")));
    }

    static Stream<Arguments> headerNames() {
        return Stream.of(
                Arguments.of("exact", "User-Agent", "curl/8"),
                Arguments.of("any case", "user-AGENT", "curl/8"),
                Arguments.of("underscores for hyphens, as in templates", "user_agent", "curl/8"),
                Arguments.of("absent", "X-Nope", null),
                Arguments.of("absent with underscores", "x_nope", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerNames")
    void looksUpHeaders(String name, String header, String expected) {
        HttpRequest r = request().header("User-Agent", "curl/8").build();
        assertThat(r.headers().get(header)).isEqualTo(expected);
        assertThat(r.headers().contains(header)).isEqualTo(expected != null);
    }

    static Stream<Arguments> accepts() {
        return Stream.of(
                Arguments.of("no Accept header accepts anything", null, "application/json", true),
                Arguments.of("exact type", "text/html", "text/html", true),
                Arguments.of("other type", "text/html", "application/json", false),
                Arguments.of("subtype wildcard", "text/*", "text/plain", true),
                Arguments.of("subtype wildcard, other main type", "text/*", "application/json", false),
                Arguments.of("full wildcard", "text/html, */*;q=0.8", "image/png", true),
                Arguments.of("q=0 refuses", "text/html;q=0, application/json", "text/html", false),
                Arguments.of("empty header accepts nothing", "", "text/html", false),
                Arguments.of("range with parameters matches the bare type", "text/html;level=1", "text/html", true),
                Arguments.of("bare range does not match a type with parameters", "text/html", "text/html;level=1", false),
                Arguments.of("case-insensitive", "Text/HTML", "text/html", true),
                Arguments.of("asking for a wildcard", "application/json", "*/*", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepts")
    void acceptsMediaTypes(String name, String accept, String mediaType, boolean expected) {
        HttpRequest.Builder b = request();
        if (accept != null) {
            b.header("Accept", accept);
        }
        assertThat(b.build().accepts(mediaType)).isEqualTo(expected);
    }

    static Stream<Arguments> preferred() {
        return Stream.of(
                Arguments.of("by quality", "text/html,application/json;q=0.8", List.of("application/json", "text/html"), "text/html"),
                Arguments.of("specific beats wildcard", "*/*,application/json", List.of("text/html", "application/json"), "application/json"),
                Arguments.of("first offered on a tie", "*/*", List.of("text/plain", "text/html"), "text/plain"),
                Arguments.of("none acceptable", "application/json", List.of("text/html"), null),
                Arguments.of("no candidates", "text/html", List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("preferred")
    void picksThePreferredType(String name, String accept, List<String> offered, String expected) {
        assertThat(request().header("Accept", accept).build().preferredType(offered)).isEqualTo(expected);
    }

    @Test
    void listsAcceptedTypesByPreference() {
        HttpRequest r = request().header("Accept", "*/*;q=0.8, text/*;q=0.9, text/html, application/xhtml+xml").build();
        assertThat(r.acceptedTypes()).containsExactly("text/html", "application/xhtml+xml", "text/*", "*/*");
    }

    @Test
    void metaIsReadOnly() {
        assertThatThrownBy(() -> request().build().META().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<Arguments> cookies() {
        return Stream.of(
                Arguments.of("two cookies", List.of("chips=ahoy; vienna=finger"), Map.of("chips", "ahoy", "vienna", "finger")),
                Arguments.of("semicolons split even inside quotes", List.of("keebler=\"E=mc2; L=\\\"Loves\\\"; fudge=\\012;\""),
                        Map.of("keebler", "\"E=mc2", "L", "\\\"Loves\\\"", "fudge", "\\012", "", "\"")),
                Arguments.of("= inside an unquoted value", List.of("keebler=E=mc2"), Map.of("keebler", "E=mc2")),
                Arguments.of("colon in the name", List.of("key:term=value:term"), Map.of("key:term", "value:term")),
                Arguments.of("brackets", List.of("a=b; c=[; d=r; f=h"), Map.of("a", "b", "c", "[", "d", "r", "f", "h")),
                Arguments.of("unicode", List.of("saint=André Bessette"), Map.of("saint", "André Bessette")),
                Arguments.of("whitespace as document.cookie", List.of("  =  b  ;  ;  =  ;   c  =  ;  "), Map.of("", "b", "c", "")),
                Arguments.of("no = is a nameless value", List.of("a=b; bare"), Map.of("a", "b", "", "bare")),
                Arguments.of("quoted value unquoted", List.of("a=\"hello world\""), Map.of("a", "hello world")),
                Arguments.of("octal and backslash escapes", List.of("a=\"x\\054y\\\"z\""), Map.of("a", "x,y\"z")),
                Arguments.of("later duplicate wins", List.of("a=1; a=2"), Map.of("a", "2")),
                Arguments.of("several Cookie headers", List.of("a=1", "b=2"), Map.of("a", "1", "b", "2")),
                Arguments.of("no header", List.of(), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cookies")
    void parsesCookies(String name, List<String> headers, Map<String, String> expected) {
        HttpRequest.Builder b = request();
        headers.forEach(h -> b.header("Cookie", h));
        assertThat(b.build().COOKIES()).isEqualTo(expected);
    }

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of("no proxy setting: the connection's scheme", null, "https", "http", "http"),
                Arguments.of("proxy says https", "X-Forwarded-Proto", "https", "http", "https"),
                Arguments.of("proxy says http over a TLS connection", "X-Forwarded-Proto", "http", "https", "http"),
                Arguments.of("first of a list", "X-Forwarded-Proto", "https, http", "http", "https"),
                Arguments.of("first of a list, not https", "X-Forwarded-Proto", "http,https", "http", "http"),
                Arguments.of("header absent: the connection's scheme", "X-Forwarded-Proto", null, "https", "https"),
                Arguments.of("META-style setting name", "HTTP_X_FORWARDED_PROTO", "https", "http", "https"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void honoursSecureProxySslHeader(String name, String setting, String headerValue, String raw, String expected) {
        RequestConfig config = setting == null ? CONFIG : CONFIG.withSecureProxySslHeader(setting, "https");
        HttpRequest.Builder b = HttpRequest.builder(config).scheme(raw);
        if (headerValue != null) {
            b.header("X-Forwarded-Proto", headerValue);
        }
        HttpRequest r = b.build();
        assertThat(r.scheme()).isEqualTo(expected);
        assertThat(r.isSecure()).isEqualTo(expected.equals("https"));
        assertThat(r.rawScheme()).isEqualTo(raw);
    }

    static Stream<Arguments> fullPaths() {
        return Stream.of(
                Arguments.of("plain", "/foo/", "", false, "/foo/"),
                Arguments.of("with query", "/foo/", "a=1&b=2", false, "/foo/?a=1&b=2"),
                Arguments.of("reserved characters in the path", "/;some/?awful/=path/foo:bar/", "", false,
                        "/%3Bsome/%3Fawful/%3Dpath/foo:bar/"),
                Arguments.of("unicode path", "/café/", "", false, "/caf%C3%A9/"),
                Arguments.of("space in path", "/a b/", "", false, "/a%20b/"),
                Arguments.of("query escaped as an IRI", "/", "q=a b&x=é&y=%20", false, "/?q=a%20b&x=%C3%A9&y=%20"),
                Arguments.of("slash forced", "/foo", "a=1", true, "/foo/?a=1"),
                Arguments.of("slash not doubled", "/foo/", "", true, "/foo/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullPaths")
    void buildsFullPath(String name, String path, String query, boolean slash, String expected) {
        assertThat(request().path(path).queryString(query).build().fullPath(slash)).isEqualTo(expected);
    }

    static Stream<Arguments> absoluteUris() {
        return Stream.of(
                Arguments.of("no location: the request itself", "/foo/", "x=1", null, "http://testserver/foo/?x=1"),
                Arguments.of("absolute path", "/foo/", "", "/bar/", "http://testserver/bar/"),
                Arguments.of("relative path joins the directory", "/foo/baz", "", "bar", "http://testserver/foo/bar"),
                Arguments.of("parent segment", "/foo/baz/", "", "../bar", "http://testserver/foo/bar"),
                Arguments.of("dot segments in an absolute path", "/foo/", "", "/a/./b/../c", "http://testserver/a/c"),
                Arguments.of("query only", "/foo/", "x=1", "?page=2", "http://testserver/foo/?page=2"),
                Arguments.of("fragment only", "/foo/", "", "#top", "http://testserver/foo/#top"),
                Arguments.of("absolute URL kept", "/foo/", "", "https://other.org/x", "https://other.org/x"),
                Arguments.of("scheme-relative URL", "/foo/", "", "//example.com/bar", "http://example.com/bar"),
                Arguments.of("request path starting with //", "//evil.com/", "", null, "http://testserver//evil.com/"),
                Arguments.of("unicode escaped", "/foo/", "", "/café/", "http://testserver/caf%C3%A9/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("absoluteUris")
    void buildsAbsoluteUri(String name, String path, String query, String location, String expected) {
        HttpRequest r = request().header("Host", "testserver").path(path).queryString(query).build();
        assertThat(r.buildAbsoluteUri(location)).isEqualTo(expected);
    }

    @Test
    void absoluteUriUsesTheProxiedScheme() {
        HttpRequest r = HttpRequest.builder(CONFIG.withSecureProxySslHeader("X-Forwarded-Proto", "https"))
                .header("Host", "example.com").header("X-Forwarded-Proto", "https").path("/a/").build();
        assertThat(r.buildAbsoluteUri()).isEqualTo("https://example.com/a/");
    }

    static Stream<Arguments> contentTypes() {
        return Stream.of(
                Arguments.of("absent", null, "", Map.of(), null),
                Arguments.of("plain", "application/json", "application/json", Map.of(), null),
                Arguments.of("lower-cased, charset kept", "Text/HTML; Charset=ISO-8859-1", "text/html",
                        Map.of("charset", "ISO-8859-1"), "ISO-8859-1"),
                Arguments.of("quoted parameter", "multipart/form-data; boundary=\"a;b\"", "multipart/form-data",
                        Map.of("boundary", "a;b"), null),
                Arguments.of("unknown charset ignored", "text/plain; charset=nonsense-9", "text/plain",
                        Map.of("charset", "nonsense-9"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentTypes")
    void parsesContentType(String name, String header, String type, Map<String, String> params, String encoding) {
        HttpRequest.Builder b = request();
        if (header != null) {
            b.header("Content-Type", header);
        }
        HttpRequest r = b.build();
        assertThat(r.contentType()).isEqualTo(type);
        assertThat(r.contentParams()).isEqualTo(params);
        assertThat(r.encoding()).isEqualTo(encoding);
    }

    @Test
    void settingTheEncodingReparsesGet() {
        HttpRequest r = request().queryString("a=%E9").build();
        r.setEncoding("iso-8859-1");
        assertThat(r.GET().get("a")).isEqualTo("é");
    }

    @Test
    void getIsLimitedByTheFieldCount() {
        HttpRequest r = HttpRequest.builder(CONFIG.withUploadLimits(-1, 2, -1)).queryString("a=1&b=2&c=3").build();
        assertThatThrownBy(r::GET).isInstanceOf(TooManyFieldsSent.class).isInstanceOf(BadRequest.class);
    }

    static Stream<Arguments> bodies() {
        UnaryOperator<RequestConfig> limit10 = c -> c.withUploadLimits(10, 1000, 100);
        return Stream.of(
                Arguments.of("under the limit", limit10, 9, true, true),
                Arguments.of("exactly at the limit", limit10, 10, true, true),
                Arguments.of("just over, declared length", limit10, 11, true, false),
                Arguments.of("exactly at the limit, unknown length", limit10, 10, false, true),
                Arguments.of("just over, unknown length", limit10, 11, false, false),
                Arguments.of("no limit", (UnaryOperator<RequestConfig>) c -> c.withUploadLimits(-1, 1000, 100), 5000, false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void readsBodyWithinTheLimit(String name, UnaryOperator<RequestConfig> config, int size, boolean declared, boolean ok) {
        byte[] data = "x".repeat(size).getBytes(StandardCharsets.US_ASCII);
        HttpRequest r = HttpRequest.builder(config.apply(CONFIG))
                .body(new java.io.ByteArrayInputStream(data), declared ? size : -1).build();
        if (ok) {
            assertThat(r.body()).isEqualTo(data);
            assertThat(r.body()).isSameAs(r.body());
        } else {
            assertThatThrownBy(r::body).isInstanceOf(RequestDataTooBig.class)
                    .hasMessage("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.");
        }
    }

    @Test
    void declaredOversizeBodyIsRefusedWithoutReading() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("must not be read");
            }
        };
        HttpRequest r = request().body(untouchable, RequestConfig.DEFAULT_MAX_MEMORY + 1).build();
        assertThatThrownBy(r::body).isInstanceOf(RequestDataTooBig.class);
    }

    @Test
    void endlessBodyOfUnknownLengthIsRefusedInBoundedMemory() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        HttpRequest r = request().body(endless, -1).build();
        assertThatThrownBy(r::body).isInstanceOf(RequestDataTooBig.class);
    }

    @Test
    void bodyAfterReadingTheStreamIsRefused() throws IOException {
        HttpRequest r = request().body("abc".getBytes(StandardCharsets.UTF_8)).build();
        assertThat(r.bodyStream().read()).isEqualTo('a');
        assertThatThrownBy(r::body).isInstanceOf(RawPostDataException.class)
                .hasMessage("You cannot access body after reading from request's data stream");
    }

    @Test
    void streamAfterBodyReplaysTheBytes() throws IOException {
        HttpRequest r = request().body("abc".getBytes(StandardCharsets.UTF_8)).build();
        r.body();
        assertThat(r.bodyStream().readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unreadableBodyIsABadRequest() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        HttpRequest r = request().body(broken, 5).build();
        assertThatThrownBy(r::body).isInstanceOf(UnreadablePostError.class).isInstanceOf(BadRequest.class)
                .hasMessageContaining("connection reset");
    }
}
