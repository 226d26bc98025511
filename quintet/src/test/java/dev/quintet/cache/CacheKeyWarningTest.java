package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Django's {@code memcache_key_warnings}, message for message. */
class CacheKeyWarningTest {
    private static final String CHARS = "Cache key contains characters that will cause errors if used with memcached: ";

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("a clean key", ":1:key", List.of()),
            Arguments.of("250 characters is the limit", "k".repeat(250), List.of()),
            Arguments.of("a space", ":1:a b", List.of(CHARS + "':1:a b'")),
            Arguments.of("a newline", ":1:a\nb", List.of(CHARS + "':1:a\\nb'")),
            Arguments.of("a control character", ":1:a\u0001b", List.of(CHARS + "':1:a\\x01b'")),
            Arguments.of("DEL", ":1:a\u007fb", List.of(CHARS + "':1:a\\x7fb'")),
            Arguments.of("non-ASCII is fine", ":1:clé", List.of()),
            Arguments.of("too long and a space", "k".repeat(250) + " ", List.of(
                    "Cache key will cause errors if used with memcached: '" + "k".repeat(250) + " ' (longer than 250)",
                    CHARS + "'" + "k".repeat(250) + " '")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void messages(String name, String key, List<String> expected) {
        assertThat(CacheKeyWarning.messages(key)).isEqualTo(expected);
    }
}
