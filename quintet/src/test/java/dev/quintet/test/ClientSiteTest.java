package dev.quintet.test;

import static dev.quintet.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.http.JsonResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The client in front of a whole site: settings, URLconf, the standard handler. */
class ClientSiteTest {
    static final Settings SETTINGS = Settings.builder()
            .allowedHosts("example.com")
            .secretKey("client-site-test-secret-key-long-enough-0123456789-abcdefghij")
            .rootUrlconf(List.of(
                    path("posts/<int:pk>/", r -> new HttpResponse("post " + r.kwargs().getInt("pk")), "post_detail"),
                    path("search/", r -> new HttpResponse("q=" + r.GET().get("q")), "search"),
                    path("login/", r -> {
                        HttpResponse response = new HttpResponseRedirect("/posts/1/");
                        response.setCookie("sessionid", r.POST().get("user"));
                        return response;
                    }, "login"),
                    path("whoami/", r -> new JsonResponse(Map.of("user", String.valueOf(r.COOKIES().get("sessionid")))), "whoami"),
                    path("upload/", r -> new HttpResponse(r.FILES().get("doc").name() + ":" + r.FILES().get("doc").size()
                            + ":" + r.POST().get("title")), "upload"),
                    path("host/", r -> new HttpResponse(r.host()), "host")))
            .build();

    private final Client client = new Client(SETTINGS);

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("URL kwargs converted", "/posts/7/", 200, "post 7", "post_detail"),
                Arguments.of("query data parsed by GET()", "/search/?q=caf%C3%A9", 200, "q=caf\u00e9", "search"),
                Arguments.of("testserver is an allowed host", "/host/", 200, "testserver", "host"),
                Arguments.of("unknown path is a 404", "/nope/", 404, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page(String name, String path, int status, String content, String urlName) {
        TestResponse response = client.get(path);
        assertThat(response.status()).isEqualTo(status);
        if (content != null) {
            assertThat(response.content()).isEqualTo(content);
        }
        if (urlName != null) {
            assertThat(response.resolverMatch().urlName()).isEqualTo(urlName);
        }
    }

    @Test
    void loginCookieFollowsTheUser() {
        TestResponse login = client.request("POST", "/login/").form(Map.of("user", "ada")).follow(true).send();
        assertThat(login.redirectChain()).containsExactly(new RedirectHop("/posts/1/", 302));
        assertThat(login.content()).isEqualTo("post 1");
        assertThat(client.cookies()).containsEntry("sessionid", "ada");
        assertThat(client.get("/whoami/").json().get("user").asText()).isEqualTo("ada");
    }

    @Test
    void uploadedFileParsedByTheRequest() {
        TestResponse response = client.post("/upload/", Map.of("title", "Report", "doc", TestFile.of("a.txt", "hello")));
        assertThat(response.content()).isEqualTo("a.txt:5:Report");
    }

    @Test
    void disallowedHostIsA400() {
        assertThat(client.request("GET", "/host/").header("Host", "evil.example").send().status()).isEqualTo(400);
    }
}
