package dev.quintet.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.test.Client;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code View.asView}: init arguments checked at start-up, a fresh instance per request. */
class AsViewTest {

    static final class Counter extends View {
        protected int calls;
        protected String label = "n";

        @Override
        protected HttpResponse get(HttpRequest request) {
            calls++;
            return new HttpResponse(label + "=" + calls);
        }
    }

    static Stream<Arguments> badArgs() {
        return Stream.of(
                arguments("unknown name", Map.of("lable", "x"),
                        "Counter() received an invalid keyword 'lable'. asView only accepts arguments that are "
                                + "already attributes of the class: [calls, label]"),
                arguments("HTTP method name", Map.of("get", "x"),
                        "The method name get is not accepted as a keyword argument to Counter()."),
                arguments("wrong type", Map.of("calls", "two"), "Counter.calls is a int, the init argument is a String"),
                arguments("request is not an argument", Map.of("request", "x"),
                        "Counter() received an invalid keyword 'request'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArgs")
    void bad_init_arguments_fail_when_asView_is_called(String name, Map<String, ?> args, String message) {
        assertThatThrownBy(() -> View.asView(Counter::new, args)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void every_request_gets_a_fresh_instance_with_the_init_arguments() {
        Client client = new Client(View.asView(Counter::new, Map.of("label", "hits")));
        assertThat(client.get("/").content()).isEqualTo("hits=1");
        assertThat(client.get("/").content()).isEqualTo("hits=1");
    }
}
