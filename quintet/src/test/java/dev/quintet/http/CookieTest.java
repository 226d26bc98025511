package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Set-Cookie headers written exactly as Django's {@code SimpleCookie} writes them. */
class CookieTest {

    static Stream<Arguments> formatting() {
        return Stream.of(
                Arguments.of("plain", Cookie.of("k", "v"), "k=v; Path=/"),
                Arguments.of("empty value is quoted", Cookie.of("k", ""), "k=\"\"; Path=/"),
                Arguments.of("space quotes the value", Cookie.of("k", "a b"), "k=\"a b\"; Path=/"),
                Arguments.of("semicolon escaped in octal", Cookie.of("k", "a;b"), "k=\"a\\073b\"; Path=/"),
                Arguments.of("comma escaped in octal", Cookie.of("k", "a,b"), "k=\"a\\054b\"; Path=/"),
                Arguments.of("double quote and backslash escaped", Cookie.of("k", "say \"hi\" \\o/"), "k=\"say \\\"hi\\\" \\\\o/\"; Path=/"),
                Arguments.of("latin-1 escaped in octal", Cookie.of("k", "é"), "k=\"\\351\"; Path=/"),
                Arguments.of("legal punctuation unquoted", Cookie.of("k", "a!#$%&'*+-.^_`|~:b"), "k=a!#$%&'*+-.^_`|~:b; Path=/"),
                Arguments.of("equals sign quoted", Cookie.of("k", "a=b"), "k=\"a=b\"; Path=/"),
                Arguments.of("no path", Cookie.of("k", "v").path(null), "k=v"),
                Arguments.of("every attribute in SimpleCookie's order",
                        Cookie.of("k", "v").domain(".example.com").expires("Wed, 21 Oct 2026 07:28:00 GMT").httpOnly()
                                .path("/app/").sameSite("Strict").secure(),
                        "k=v; Domain=.example.com; expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Path=/app/; SameSite=Strict; Secure"),
                Arguments.of("max-age with an explicit expires", Cookie.of("k", "v").expires("Thu, 01 Jan 1970 00:00:00 GMT").maxAge(0),
                        "k=v; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"),
                Arguments.of("SameSite None", Cookie.of("k", "v").sameSite("None").secure(), "k=v; Path=/; SameSite=None; Secure"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatting")
    void formatsSetCookie(String name, Cookie cookie, String expected) {
        assertThat(cookie.headerValue()).isEqualTo(expected);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("space in the name", (Runnable) () -> Cookie.of("a b", "v"), "Illegal key 'a b'"),
                Arguments.of("empty name", (Runnable) () -> Cookie.of("", "v"), "Illegal key ''"),
                Arguments.of("semicolon in the name", (Runnable) () -> Cookie.of("a;b", "v"), "Illegal key 'a;b'"),
                Arguments.of("bad SameSite", (Runnable) () -> Cookie.of("k", "v").sameSite("loose"),
                        "samesite must be \"lax\", \"none\", or \"strict\"."),
                Arguments.of("expires after max-age", (Runnable) () -> Cookie.of("k", "v").maxAge(5).expires(Instant.now()),
                        "'expires' and 'max_age' can't be used together."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesBadCookies(String name, Runnable make, String message) {
        assertThatThrownBy(make::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    static Stream<Arguments> deletions() {
        return Stream.of(
                Arguments.of("default path", (Consumer<HttpResponse>) r -> r.deleteCookie("c"),
                        "c=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"),
                Arguments.of("path and domain", (Consumer<HttpResponse>) r -> r.deleteCookie("c", "/app/", ".example.com", null),
                        "c=\"\"; Domain=.example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/app/"),
                Arguments.of("__Secure- prefix adds Secure", (Consumer<HttpResponse>) r -> r.deleteCookie("__Secure-c"),
                        "__Secure-c=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Secure"),
                Arguments.of("__Host- prefix adds Secure", (Consumer<HttpResponse>) r -> r.deleteCookie("__Host-c"),
                        "__Host-c=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Secure"),
                Arguments.of("SameSite None adds Secure", (Consumer<HttpResponse>) r -> r.deleteCookie("c", "/", null, "None"),
                        "c=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=None; Secure"),
                Arguments.of("SameSite Lax kept without Secure", (Consumer<HttpResponse>) r -> r.deleteCookie("c", "/", null, "Lax"),
                        "c=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax"),
                Arguments.of("deleting replaces a cookie set earlier", (Consumer<HttpResponse>) r -> {
                    r.setCookie("c", "v");
                    r.deleteCookie("c");
                }, "c=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletions")
    void deletesCookiesAsDjango(String name, Consumer<HttpResponse> change, String expected) {
        HttpResponse response = new HttpResponse();
        change.accept(response);
        assertThat(response.setCookieHeaders()).containsExactly(expected);
    }

    @Test
    void maxAgeFillsInExpires() {
        HttpResponse response = new HttpResponse();
        Instant before = Instant.now();
        response.setCookie(Cookie.of("k", "v").maxAge(Duration.ofHours(1)).httpOnly());
        String header = response.setCookieHeaders().getFirst();
        assertThat(header).matches("k=v; expires=[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT; HttpOnly; Max-Age=3600; Path=/");
        String expires = header.substring(header.indexOf("expires=") + 8, header.indexOf("; HttpOnly"));
        Instant when = ZonedDateTime.parse(expires, DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
                .withZone(ZoneOffset.UTC)).toInstant();
        assertThat(Duration.between(before, when).toSeconds()).isBetween(3598L, 3601L);
    }

    @Test
    void expiresInstantComputesMaxAge() {
        Cookie c = Cookie.of("k", "v").expires(Instant.now().plusSeconds(100));
        assertThat(c.maxAge()).isBetween(99L, 101L);
        assertThat(c.expires()).endsWith(" GMT");
    }

    @Test
    void expiresInThePastIsMaxAgeZero() {
        assertThat(Cookie.of("k", "v").expires(Instant.now().minusSeconds(100)).maxAge()).isZero();
    }

    @Test
    void cookiesKeepTheirOrderAndOneHeaderEach() {
        HttpResponse response = new HttpResponse();
        response.setCookie("b", "2");
        response.setCookie(Cookie.of("a", "1").secure());
        response.setCookie("b", "3");
        assertThat(response.setCookieHeaders()).isEqualTo(List.of("b=3; Path=/", "a=1; Path=/; Secure"));
        assertThat(response.cookies().keySet()).containsExactly("b", "a");
        assertThat(response.hasHeader("Set-Cookie")).isFalse();
    }
}
