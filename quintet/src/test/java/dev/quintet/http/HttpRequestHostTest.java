package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code request.host()} against {@code ALLOWED_HOSTS}, as Django's {@code get_host()}. */
class HttpRequestHostTest {
    private static final List<String> DJANGO_ALLOWED = List.of("forward.com", "example.com", "internal.com",
            "12.34.56.78", "[2001:19f0:feee::dead:beef:cafe]", "xn--4ca9at.com", ".multitenant.com",
            "INSENSITIVE.com", "[::ffff:169.254.169.254]");
    private static final String OK = "OK";

    static Stream<Arguments> hosts() {
        return Stream.of(
                // name, allowed hosts, debug, Host header, expected (OK: the host as sent, else the error)
                Arguments.of("exact name", DJANGO_ALLOWED, false, "example.com", OK),
                Arguments.of("exact name with port", DJANGO_ALLOWED, false, "example.com:80", OK),
                Arguments.of("IPv4", DJANGO_ALLOWED, false, "12.34.56.78", OK),
                Arguments.of("IPv4 with port", DJANGO_ALLOWED, false, "12.34.56.78:443", OK),
                Arguments.of("IPv6 literal", DJANGO_ALLOWED, false, "[2001:19f0:feee::dead:beef:cafe]", OK),
                Arguments.of("IPv6 literal with port", DJANGO_ALLOWED, false, "[2001:19f0:feee::dead:beef:cafe]:8080", OK),
                Arguments.of("IPv4-mapped IPv6", DJANGO_ALLOWED, false, "[::ffff:169.254.169.254]", OK),
                Arguments.of("punycode", DJANGO_ALLOWED, false, "xn--4ca9at.com", OK),
                Arguments.of("subdomain of a dotted pattern", DJANGO_ALLOWED, false, "anything.multitenant.com", OK),
                Arguments.of("deep subdomain of a dotted pattern", DJANGO_ALLOWED, false, "a.b.multitenant.com", OK),
                Arguments.of("the dotted pattern's own domain", DJANGO_ALLOWED, false, "multitenant.com", OK),
                Arguments.of("pattern compared case-insensitively", DJANGO_ALLOWED, false, "insensitive.com", OK),
                Arguments.of("host compared case-insensitively", DJANGO_ALLOWED, false, "EXAMPLE.com", OK),
                Arguments.of("trailing dot", DJANGO_ALLOWED, false, "example.com.", OK),
                Arguments.of("trailing dot with port", DJANGO_ALLOWED, false, "example.com.:80", OK),
                Arguments.of("other domain", DJANGO_ALLOWED, false, "other.com",
                        "Invalid HTTP_HOST header: 'other.com'. You may need to add 'other.com' to ALLOWED_HOSTS."),
                Arguments.of("other domain with port names the domain", DJANGO_ALLOWED, false, "evil.com:80",
                        "Invalid HTTP_HOST header: 'evil.com:80'. You may need to add 'evil.com' to ALLOWED_HOSTS."),
                Arguments.of("suffix without the dot boundary", DJANGO_ALLOWED, false, "evilmultitenant.com",
                        "Invalid HTTP_HOST header: 'evilmultitenant.com'. You may need to add 'evilmultitenant.com' to ALLOWED_HOSTS."),
                Arguments.of("exact pattern does not allow subdomains", DJANGO_ALLOWED, false, "www.example.com",
                        "Invalid HTTP_HOST header: 'www.example.com'. You may need to add 'www.example.com' to ALLOWED_HOSTS."),
                Arguments.of("other IPv6", DJANGO_ALLOWED, false, "[::1]",
                        "Invalid HTTP_HOST header: '[::1]'. You may need to add '[::1]' to ALLOWED_HOSTS."),
                Arguments.of("userinfo", DJANGO_ALLOWED, false, "example.com@evil.tld",
                        "Invalid HTTP_HOST header: 'example.com@evil.tld'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("userinfo with colon", DJANGO_ALLOWED, false, "example.com:dr.frankenstein@evil.tld",
                        "Invalid HTTP_HOST header: 'example.com:dr.frankenstein@evil.tld'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("path after port", DJANGO_ALLOWED, false, "example.com:80/badpath",
                        "Invalid HTTP_HOST header: 'example.com:80/badpath'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("space after colon", DJANGO_ALLOWED, false, "example.com: recovermypassword.com",
                        "Invalid HTTP_HOST header: 'example.com: recovermypassword.com'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("empty port", DJANGO_ALLOWED, false, "example.com:",
                        "Invalid HTTP_HOST header: 'example.com:'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("non-numeric port", DJANGO_ALLOWED, false, "example.com:http",
                        "Invalid HTTP_HOST header: 'example.com:http'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("underscore", DJANGO_ALLOWED, false, "under_score.example.com",
                        "Invalid HTTP_HOST header: 'under_score.example.com'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("unbracketed IPv6", DJANGO_ALLOWED, false, "2001:19f0:feee::dead:beef:cafe",
                        "Invalid HTTP_HOST header: '2001:19f0:feee::dead:beef:cafe'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("non-ASCII name", DJANGO_ALLOWED, false, "exämple.com",
                        "Invalid HTTP_HOST header: 'exämple.com'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("empty host", DJANGO_ALLOWED, false, "",
                        "Invalid HTTP_HOST header: ''. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("quote in host uses double quotes", DJANGO_ALLOWED, false, "ex'ample.com",
                        "Invalid HTTP_HOST header: \"ex'ample.com\". The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("wildcard allows anything valid", List.of("*"), false, "anything.example.org:8080", OK),
                Arguments.of("wildcard still refuses invalid hosts", List.of("*"), false, "bad host",
                        "Invalid HTTP_HOST header: 'bad host'. The domain name provided is not valid according to RFC 1034/1035."),
                Arguments.of("empty list refuses when not in debug", List.of(), false, "localhost",
                        "Invalid HTTP_HOST header: 'localhost'. You may need to add 'localhost' to ALLOWED_HOSTS."),
                Arguments.of("debug with empty list allows localhost", List.of(), true, "localhost:8000", OK),
                Arguments.of("debug with empty list allows subdomains of localhost", List.of(), true, "app.localhost", OK),
                Arguments.of("debug with empty list allows 127.0.0.1", List.of(), true, "127.0.0.1:8000", OK),
                Arguments.of("debug with empty list allows [::1]", List.of(), true, "[::1]:8000", OK),
                Arguments.of("debug with empty list refuses others", List.of(), true, "example.com",
                        "Invalid HTTP_HOST header: 'example.com'. You may need to add 'example.com' to ALLOWED_HOSTS."),
                Arguments.of("debug with a list uses the list only", List.of("example.com"), true, "localhost",
                        "Invalid HTTP_HOST header: 'localhost'. You may need to add 'localhost' to ALLOWED_HOSTS."),
                Arguments.of("an empty pattern matches nothing", List.of(""), false, "example.com",
                        "Invalid HTTP_HOST header: 'example.com'. You may need to add 'example.com' to ALLOWED_HOSTS."));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("hosts")
    void validatesHost(String name, List<String> allowed, boolean debug, String host, String expected) {
        HttpRequest request = HttpRequest.builder(RequestConfig.defaults(allowed).withDebug(debug))
                .header("Host", host).build();
        if (expected.equals(OK)) {
            assertThat(request.host()).isEqualTo(host);
        } else {
            assertThatThrownBy(request::host).isInstanceOf(DisallowedHost.class)
                    .isInstanceOf(SuspiciousOperation.class).hasMessage(expected);
        }
    }

    static Stream<Arguments> withoutHostHeader() {
        return Stream.of(
                Arguments.of("default http port left out", "http", 80, "testserver"),
                Arguments.of("other port kept", "http", 8000, "testserver:8000"),
                Arguments.of("default https port left out", "https", 443, "testserver"),
                Arguments.of("port 80 kept for https", "https", 80, "testserver:80"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutHostHeader")
    void rebuildsHostFromServerName(String name, String scheme, int port, String expected) {
        HttpRequest request = HttpRequest.builder(RequestConfig.defaults(List.of("testserver")))
                .scheme(scheme).server("testserver", port).build();
        assertThat(request.host()).isEqualTo(expected);
    }

    static Stream<Arguments> forwarded() {
        return Stream.of(
                Arguments.of("X-Forwarded-Host ignored by default", false, false, "proxied.com", "8443", "example.com", "80"),
                Arguments.of("X-Forwarded-Host trusted", true, false, "proxied.com", "8443", "proxied.com", "80"),
                Arguments.of("X-Forwarded-Port trusted", false, true, "proxied.com", "8443", "example.com", "8443"),
                Arguments.of("both trusted", true, true, "proxied.com", "8443", "proxied.com", "8443"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forwarded")
    void honoursForwardedHeadersOnlyWhenTrusted(String name, boolean useHost, boolean usePort, String fwdHost,
                                                String fwdPort, String host, String port) {
        HttpRequest request = HttpRequest.builder(RequestConfig.defaults(List.of("example.com", "proxied.com"))
                        .withForwardedHeaders(useHost, usePort))
                .header("Host", "example.com").header("X-Forwarded-Host", fwdHost)
                .header("X-Forwarded-Port", fwdPort).server("example.com", 80).build();
        assertThat(request.host()).isEqualTo(host);
        assertThat(request.getPort()).isEqualTo(port);
    }
}
