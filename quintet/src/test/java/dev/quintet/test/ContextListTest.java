package dev.quintet.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ContextList}: lookups search the contexts in order, as Django's. */
class ContextListTest {
    private static final ContextList CONTEXTS = ContextList.of(List.of(
            Map.of("title", "page", "page_obj", 3),
            nullable("title", "base", "user", null),
            "not a context",
            Map.of("item", 1)));

    static Stream<Arguments> lookups() {
        // name, key, found, value
        return Stream.of(
                arguments("only in the first", "page_obj", true, 3),
                arguments("in two: the first wins", "title", true, "page"),
                arguments("in a later one", "item", true, 1),
                arguments("held as null", "user", true, null),
                arguments("in none", "missing", false, "default"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void looks_a_name_up_in_every_context(String name, String key, boolean found, Object value) {
        assertThat(CONTEXTS.containsKey(key)).isEqualTo(found);
        assertThat(CONTEXTS.get(key, "default")).isEqualTo(value);
        if (found) {
            assertThat(CONTEXTS.get(key)).isEqualTo(value);
            assertThat(CONTEXTS.flatten()).containsEntry(key, value);
        } else {
            assertThat(CONTEXTS.flatten()).doesNotContainKey(key);
        }
    }

    @Test
    void a_missing_name_is_an_error_naming_it_and_the_names_there_are() {
        assertThatThrownBy(() -> CONTEXTS.get("missing")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("'missing' is in no context of the templates rendered; the names there are "
                        + CONTEXTS.keys());
        assertThat(CONTEXTS.keys()).hasSize(4);
        assertThatThrownBy(() -> ContextList.of(List.of()).get("x")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("'x' is in no context of the templates rendered (no template was rendered)");
    }

    @Test
    void is_the_list_of_the_contexts_in_order() {
        assertThat(CONTEXTS).hasSize(3);
        assertThat(CONTEXTS.get(2)).isEqualTo(Map.of("item", 1));
        assertThat(CONTEXTS.keys()).containsExactlyInAnyOrder("title", "page_obj", "user", "item");
        assertThatThrownBy(() -> CONTEXTS.get(0).put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Map<String, Object> nullable(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new HashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
