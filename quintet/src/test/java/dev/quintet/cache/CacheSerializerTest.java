package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored text format, and what the decoder refuses. */
class CacheSerializerTest {
    private final CacheSerializer serializer = CacheContract.SERIALIZER;

    static Stream<Arguments> encodings() {
        return Stream.of(
            Arguments.of("a Long is bare digits (Redis can INCRBY it)", 42L, "42"),
            Arguments.of("a negative Long", -7L, "-7"),
            Arguments.of("a String is a JSON string", "42", "\"42\""),
            Arguments.of("an Integer is tagged", 5, "[\"i\",5]"),
            Arguments.of("null", null, "null"),
            Arguments.of("a Boolean", true, "true"),
            Arguments.of("a list", List.of(1L, "a"), "[\"L\",[1,\"a\"]]"),
            Arguments.of("a map", Map.of("k", 1L), "[\"M\",[\"k\",1]]"),
            Arguments.of("a registered record", new CacheContract.Point(1, 2, "p"),
                    "[\"R\",\"test.Point\",{\"x\":1,\"y\":2,\"label\":\"p\"}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void encodes(String name, Object value, String text) {
        assertThat(serializer.encode(value)).isEqualTo(text);
        assertThat(serializer.decode(text)).isEqualTo(value);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
            Arguments.of("an unknown tag", "[\"X\",1]"),
            Arguments.of("an unregistered type name", "[\"R\",\"java.lang.ProcessBuilder\",{\"command\":[\"sh\"]}]"),
            Arguments.of("a bare object", "{\"@class\":\"java.io.File\"}"),
            Arguments.of("a bare number that is not a long", "1.5"),
            Arguments.of("not JSON", "[\"L\","),
            Arguments.of("an overlong integer", "99999999999999999999"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatItDidNotWrite(String name, String text) {
        assertThatThrownBy(() -> serializer.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandardSerializerDoesNotKnowApplicationTypes() {
        assertThatThrownBy(() -> CacheSerializer.standard().encode(new CacheContract.Point(1, 2, "p")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("register it");
        String text = serializer.encode(new CacheContract.Point(1, 2, "p"));
        assertThatThrownBy(() -> CacheSerializer.standard().decode(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unregistered");
    }

    @Test
    void aNameIsRegisteredOnce() {
        assertThatThrownBy(() -> CacheSerializer.builder().register("a", String.class).register("a", Integer.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
