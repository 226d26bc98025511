package dev.quintet.views.decorators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.View;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpTest {
    private static final View OK = request -> new HttpResponse("ok");

    static Stream<Arguments> cases() {
        UnaryOperator<View> getPost = v -> Http.requireHttpMethods(v, "get", "POST");
        return Stream.of(
                arguments("requireGET allows GET", (UnaryOperator<View>) Http::requireGET, "GET", 200, null),
                arguments("requireGET refuses POST", (UnaryOperator<View>) Http::requireGET, "POST", 405, "GET"),
                arguments("requireGET refuses HEAD", (UnaryOperator<View>) Http::requireGET, "HEAD", 405, "GET"),
                arguments("requirePOST allows POST", (UnaryOperator<View>) Http::requirePOST, "POST", 200, null),
                arguments("requirePOST refuses GET", (UnaryOperator<View>) Http::requirePOST, "GET", 405, "POST"),
                arguments("requireSafe allows HEAD", (UnaryOperator<View>) Http::requireSafe, "HEAD", 200, null),
                arguments("requireSafe refuses DELETE", (UnaryOperator<View>) Http::requireSafe, "DELETE", 405, "GET, HEAD"),
                arguments("requireHttpMethods upper-cases its list", getPost, "GET", 200, null),
                arguments("requireHttpMethods lists every method", getPost, "PUT", 405, "GET, POST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decorators(String name, UnaryOperator<View> decorator, String method, int status, String allow) throws Exception {
        HttpRequest request = HttpRequest.builder(RequestConfig.defaults(List.of("*"))).method(method).path("/x/").build();
        HttpResponse response = decorator.apply(OK).handle(request);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Allow")).isEqualTo(allow);
    }

    @Test
    void anEmptyMethodListIsAProgrammingError() {
        assertThatThrownBy(() -> Http.requireHttpMethods(OK)).isInstanceOf(IllegalArgumentException.class);
    }
}
