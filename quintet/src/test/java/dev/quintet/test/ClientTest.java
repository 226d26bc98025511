package dev.quintet.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.template.Engine;
import dev.quintet.template.loaders.LocMemLoader;
import dev.quintet.test.internal.BodyEncoder;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientTest {
    static final Engine TEMPLATES = Engine.builder().loaders(new LocMemLoader(Map.of(
            "base.html", "<{% block body %}{% endblock %}>",
            "blog/post.html", "{% extends 'base.html' %}{% block body %}{{ title }}{% endblock %}"))).build();

    /** A site whose views show what arrived, set cookies, redirect and render templates. */
    static final View SITE = request -> {
        String path = request.path();
        String query = request.queryString();
        if (path.startsWith("/redirect/")) {
            int n = Integer.parseInt(path.substring("/redirect/".length()));
            return n == 0 ? text("arrived " + request.method()) : redirect(302, "/redirect/" + (n - 1));
        }
        return switch (path) {
            case "/echo" -> text(echo(request));
            case "/set" -> {
                HttpResponse response = text("set");
                response.setHeader("Set-Cookie", query.replace("&", "; "));
                yield response;
            }
            case "/loop" -> redirect(302, "/loop");
            case "/307" -> redirect(307, "/echo");
            case "/301-absolute" -> redirect(301, "https://other.example/echo?x=1");
            case "/relative/here" -> redirect(303, "../echo");
            case "/json" -> new HttpResponse("{\"title\":\"Hi\",\"tags\":[1,2]}", "application/json", 200);
            case "/latin" -> new HttpResponse("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=iso-8859-1", 200);
            case "/template" -> text(TEMPLATES.getTemplate("blog/post.html").render(Map.of("title", "Hi")));
            case "/record" -> {
                RequestRecording.record("mails", "to ada");
                yield text("recorded");
            }
            case "/boom" -> throw new IllegalStateException("boom");
            case "/checked" -> throw new IOException("disk");
            default -> new HttpResponse("nope", "text/plain", 404);
        };
    };

    private static String echo(HttpRequest request) throws IOException {
        return request.method() + " " + request.rawScheme() + "://" + request.headers().get("Host")
                + request.path() + " ?" + request.queryString()
                + " type=" + request.headers().get("Content-Type")
                + " cookie=" + request.headers().get("Cookie")
                + " body=" + new String(request.bodyStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static HttpResponse text(String text) {
        return new HttpResponse(text, "text/plain", 200);
    }

    private static HttpResponse redirect(int status, String location) {
        HttpResponse response = new HttpResponse(new byte[0], null, status);
        response.setHeader("Location", location);
        return response;
    }

    private final Client client = new Client(SITE);

    static Stream<Arguments> requests() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("q", "a b");
        ordered.put("tag", List.of("x", "y&z"));
        return Stream.of(
                Arguments.of("plain GET", (Function<Client, TestResponse>) c -> c.get("/echo"),
                        "GET http://testserver/echo ? type=null cookie=null body="),
                Arguments.of("query data encoded, repeated keys",
                        (Function<Client, TestResponse>) c -> c.get("/echo", ordered),
                        "GET http://testserver/echo ?q=a+b&tag=x&tag=y%26z type=null cookie=null body="),
                Arguments.of("query in the path kept, data appended",
                        (Function<Client, TestResponse>) c -> c.get("/echo?a=1", Map.of("b", "2")),
                        "GET http://testserver/echo ?a=1&b=2 type=null cookie=null body="),
                Arguments.of("path percent-decoded",
                        (Function<Client, TestResponse>) c -> c.get("/%65cho"),
                        "GET http://testserver/echo ? type=null cookie=null body="),
                Arguments.of("form urlencoded",
                        (Function<Client, TestResponse>) c -> c.post("/echo", Map.of("name", "Ada L")),
                        "POST http://testserver/echo ? type=application/x-www-form-urlencoded cookie=null body=name=Ada+L"),
                Arguments.of("JSON from a map",
                        (Function<Client, TestResponse>) c -> c.post("/echo", Map.of("n", 1), "application/json"),
                        "POST http://testserver/echo ? type=application/json cookie=null body={\"n\":1}"),
                Arguments.of("raw text body with its type",
                        (Function<Client, TestResponse>) c -> c.put("/echo", "raw", "text/plain"),
                        "PUT http://testserver/echo ? type=text/plain cookie=null body=raw"),
                Arguments.of("PATCH JSON string sent as is",
                        (Function<Client, TestResponse>) c -> c.patch("/echo", "[1]", "application/json"),
                        "PATCH http://testserver/echo ? type=application/json cookie=null body=[1]"),
                Arguments.of("DELETE", (Function<Client, TestResponse>) c -> c.delete("/echo"),
                        "DELETE http://testserver/echo ? type=null cookie=null body="),
                Arguments.of("OPTIONS", (Function<Client, TestResponse>) c -> c.options("/echo"),
                        "OPTIONS http://testserver/echo ? type=null cookie=null body="),
                Arguments.of("HEAD reaches the view", (Function<Client, TestResponse>) c -> c.head("/echo"),
                        "HEAD http://testserver/echo ? type=null cookie=null body="),
                Arguments.of("secure request and extra header",
                        (Function<Client, TestResponse>) c -> c.request("GET", "/echo").secure(true)
                                .header("Host", "example.com").send(),
                        "GET https://example.com/echo ? type=null cookie=null body="),
                Arguments.of("cookie set by hand is sent",
                        (Function<Client, TestResponse>) c -> {
                            c.setCookie("theme", "dark");
                            return c.get("/echo");
                        },
                        "GET http://testserver/echo ? type=null cookie=theme=dark body="),
                Arguments.of("307 keeps method and body",
                        (Function<Client, TestResponse>) c -> c.request("POST", "/307").body("b", "text/plain").follow(true).send(),
                        "POST http://testserver/echo ? type=text/plain cookie=null body=b"),
                Arguments.of("absolute redirect changes host and scheme, drops to GET",
                        (Function<Client, TestResponse>) c -> c.request("POST", "/301-absolute").follow(true).send(),
                        "GET https://other.example/echo ?x=1 type=null cookie=null body="),
                Arguments.of("relative redirect resolved against the path",
                        (Function<Client, TestResponse>) c -> c.request("GET", "/relative/here").follow(true).send(),
                        "GET http://testserver/echo ? type=null cookie=null body="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void requestArrivesAsSent(String name, Function<Client, TestResponse> send, String echoed) {
        assertThat(send.apply(client).content()).isEqualTo(echoed);
    }

    static Stream<Arguments> cookieSequences() {
        return Stream.of(
                Arguments.of("set cookie sent back", List.of("/set?a=1"), "/echo", "a=1"),
                Arguments.of("cookie replaced", List.of("/set?a=1", "/set?a=2"), "/echo", "a=2"),
                Arguments.of("Max-Age=0 deletes", List.of("/set?a=1", "/set?a=&Max-Age=0"), "/echo", "null"),
                Arguments.of("past Expires deletes",
                        List.of("/set?a=1", "/set?a=&expires=Thu, 01 Jan 1970 00:00:00 GMT"), "/echo", "null"),
                Arguments.of("future Max-Age kept", List.of("/set?a=1&Max-Age=3600"), "/echo", "a=1"),
                Arguments.of("path not matching not sent", List.of("/set?a=1&Path=/admin"), "/echo", "null"),
                Arguments.of("path matching sent", List.of("/set?a=1&Path=/echo"), "/echo", "a=1"),
                Arguments.of("path prefix must end at a slash", List.of("/set?a=1&Path=/ech"), "/echo", "null"),
                Arguments.of("more specific path first", List.of("/set?a=1", "/set?a=2&Path=/echo"), "/echo", "a=2; a=1"),
                Arguments.of("several cookies joined", List.of("/set?a=1", "/set?b=2"), "/echo", "a=1; b=2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cookieSequences")
    void cookiesPersistBetweenRequests(String name, List<String> visits, String path, String cookieHeader) {
        visits.forEach(client::get);
        assertThat(client.get(path).content()).contains("cookie=" + cookieHeader + " ");
    }

    @Test
    void redirectsFollowedAreRecorded() {
        TestResponse response = client.request("GET", "/redirect/2").follow(true).send();
        assertThat(response.content()).isEqualTo("arrived GET");
        assertThat(response.redirectChain()).containsExactly(
                new RedirectHop("/redirect/1", 302), new RedirectHop("/redirect/0", 302));
        assertThat(response.request().path()).isEqualTo("/redirect/0");
    }

    @Test
    void redirectsNotFollowedByDefault() {
        TestResponse response = client.get("/redirect/1");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/redirect/0");
        assertThat(response.redirectChain()).isEmpty();
    }

    @Test
    void redirectLoopIsAnError() {
        assertThatThrownBy(() -> client.request("GET", "/loop").follow(true).send())
                .isInstanceOf(RedirectCycleException.class).hasMessageContaining("Redirect loop detected.");
    }

    @Test
    void jsonBodyParsed() {
        TestResponse response = client.get("/json");
        assertThat(response.json().get("title").asText()).isEqualTo("Hi");
        assertThat(response.json(Map.class).get("tags")).isEqualTo(List.of(1, 2));
    }

    @Test
    void contentDecodedWithTheResponseCharset() {
        assertThat(client.get("/latin").content()).isEqualTo("caf\u00e9");
    }

    @Test
    void templatesRecordedPerRequest() {
        TestResponse response = client.get("/template");
        assertThat(response.content()).isEqualTo("<Hi>");
        assertThat(response.templateNames()).containsExactly("blog/post.html", "base.html");
        assertThat(response.templates()).extracting(t -> t.engine()).containsOnly(TEMPLATES);
        assertThat(response.context()).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("title", "Hi"));
        assertThat(response.context().get("title")).isEqualTo("Hi");
        assertThat(client.get("/echo").templates()).isEmpty();
        assertThat(client.get("/echo").context()).isEmpty();
    }

    @Test
    void frameworkCodeRecordsOtherEventsPerRequest() {
        assertThat(client.get("/record").recorded("mails")).containsExactly("to ada");
        assertThat(client.get("/echo").recorded("mails")).isEmpty();
    }

    @Test
    void recordingOutsideTheClientIsIgnored() {
        RequestRecording.record("mails", "ignored");
        assertThat(RequestRecording.CURRENT.isBound()).isFalse();
        TEMPLATES.getTemplate("blog/post.html").render(Map.of());
        assertThat(client.get("/echo").templates()).isEmpty();
    }

    @Test
    void viewExceptionsReachTheTest() {
        assertThatThrownBy(() -> client.get("/boom")).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThatThrownBy(() -> client.get("/checked")).isInstanceOf(UndeclaredThrowableException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void multipartBodyWithAFile() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", "Report");
        form.put("doc", TestFile.of("a \"b\".txt", "hello"));
        String content = client.post("/echo", form).content();
        String b = BodyEncoder.BOUNDARY;
        assertThat(content).isEqualTo("POST http://testserver/echo ? type=multipart/form-data; boundary=" + b
                + " cookie=null body=--" + b + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nReport\r\n"
                + "--" + b + "\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"a \\\"b\\\".txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--" + b + "--\r\n");
    }

    @Test
    void resolverMatchComesFromTheRequest() {
        assertThat(client.get("/echo").resolverMatch()).isNull();
    }
}
