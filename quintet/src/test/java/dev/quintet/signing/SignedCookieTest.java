package dev.quintet.signing;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.http.Cookie;
import dev.quintet.http.HttpResponse;
import dev.quintet.test.Client;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignedCookieTest {
    /** Django 5.2: {@code response.set_signed_cookie("theme", "dark", salt="ui")} with SECRET_KEY 'k'. */
    static final String DJANGO_SIGNED = "dark:1xUfoR:rkurltM5S5thEWGVZ3MPW1AvIby6YK83ENBCgMXHs6k";
    static final Settings KEY = Settings.builder().secretKey("k").build();
    static final Settings SETTINGS = KEY.toBuilder().rootUrlconf(urlpatterns(
            path("set/", r -> {
                HttpResponse response = new HttpResponse("set");
                Signing.setSignedCookie(response, KEY, Cookie.of("theme", "light"), "ui");
                return response;
            }),
            path("get/", r -> new HttpResponse(Signing.getSignedCookie(r, KEY, "theme", "none", "ui", null)))))
            .build();

    static Stream<Arguments> cookies() {
        return Stream.of(
                Arguments.of("signed by Django", DJANGO_SIGNED, "dark"),
                Arguments.of("tampered value", DJANGO_SIGNED.replace("dark", "evil"), "none"),
                Arguments.of("unsigned", "dark", "none"),
                Arguments.of("legacy salt (older Django)", Signing.cookieSigner(KEY, "themeui").sign("dark"), "dark"),
                Arguments.of("other salt", Signing.cookieSigner(KEY, Signing.cookieSalt("theme", "other")).sign("dark"), "none"),
                Arguments.of("expired", new TimestampSigner("django.http.cookiesk", java.util.List.of(),
                        Signing.cookieSalt("theme", "ui"), java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC))
                        .sign("dark"), "dark"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cookies")
    void signedCookiesAreReadOnlyWhenValid(String name, String value, String expected) {
        Client client = new Client(SETTINGS);
        client.setCookie("theme", value);
        assertThat(client.get("/get/").content()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void quintetSignedCookiesRoundTrip() {
        Client client = new Client(SETTINGS);
        assertThat(client.get("/set/").cookies().get("theme").value()).startsWith("light:");
        assertThat(client.get("/get/").content()).isEqualTo("light");
    }
}
