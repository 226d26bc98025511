package dev.quintet.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.http.HttpResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LiveServerTest {
    @RegisterExtension
    static final LiveServer LIVE = LiveServer.of(
            () -> request -> new HttpResponse("live " + request.path() + " " + request.headers().get("Host"), "text/plain", 200));

    @RegisterExtension
    final LiveServer perTest = LiveServer.of(() -> request -> new HttpResponse("per-test", "text/plain", 200));

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("root", "/", "live / 127.0.0.1:"),
                Arguments.of("path without slash", "posts/", "live /posts/ 127.0.0.1:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void servesOverRealHttp(String name, String path, String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String answer = http.send(HttpRequest.newBuilder(LIVE.uri(path)).build(), BodyHandlers.ofString()).body();
            assertThat(answer).isEqualTo(body + LIVE.port());
        }
    }

    @Test
    void instanceFieldRunsPerTest() throws Exception {
        assertThat(perTest.port()).isNotEqualTo(LIVE.port()).isPositive();
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertThat(http.send(HttpRequest.newBuilder(perTest.uri("/")).build(), BodyHandlers.ofString()).body())
                    .isEqualTo("per-test");
        }
    }
}
