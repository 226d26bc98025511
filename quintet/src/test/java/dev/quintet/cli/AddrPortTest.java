package dev.quintet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.cli.internal.AddrPort;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddrPortTest {
    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("port only", "8080", "127.0.0.1", 8080, "127.0.0.1:8080"),
                Arguments.of("every interface", "0.0.0.0:8080", "0.0.0.0", 8080, "0.0.0.0:8080"),
                Arguments.of("0 shorthand", "0:8000", "0.0.0.0", 8000, "0.0.0.0:8000"),
                Arguments.of("IPv6 in brackets", "[::1]:8000", "::1", 8000, "[::1]:8000"),
                Arguments.of("host name", "localhost:9000", "localhost", 9000, "localhost:9000"),
                Arguments.of("port zero", "0", "127.0.0.1", 0, "127.0.0.1:0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void parses(String name, String text, String host, int port, String shown) {
        AddrPort parsed = AddrPort.parse(text);
        assertThat(parsed.host()).isEqualTo(host);
        assertThat(parsed.port()).isEqualTo(port);
        assertThat(parsed.toString()).isEqualTo(shown);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("empty", "", "\"\" is not a valid port number or address:port pair."),
                Arguments.of("missing port", "localhost:", "\"localhost:\" is not a valid port number or address:port pair."),
                Arguments.of("unbracketed IPv6", "::1:8000", "\"::1:8000\" is not a valid port number or address:port pair."),
                Arguments.of("port out of range", "70000", "\"70000\" is not a valid port number."),
                Arguments.of("huge port", "0.0.0.0:99999999999", "\"99999999999\" is not a valid port number."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejects(String name, String text, String message) {
        assertThatThrownBy(() -> AddrPort.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
