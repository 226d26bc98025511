package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MultiValueDictTest {

    private static MultiValueDict<String> sample() {
        MultiValueDict<String> d = new MultiValueDict<>();
        d.appendList("name", "Adrian");
        d.appendList("name", "Simon");
        d.setList("position", List.of("Developer"));
        d.setList("empty", List.of());
        return d;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("get is the last value", (Function<MultiValueDict<String>, Object>) d -> d.get("name"), "Simon"),
                Arguments.of("getList", (Function<MultiValueDict<String>, Object>) d -> d.getList("name"), List.of("Adrian", "Simon")),
                Arguments.of("get of an empty list is null", (Function<MultiValueDict<String>, Object>) d -> d.get("empty"), null),
                Arguments.of("get with default of an empty list", (Function<MultiValueDict<String>, Object>) d -> d.get("empty", "x"), "x"),
                Arguments.of("getList with default", (Function<MultiValueDict<String>, Object>) d -> d.getList("nope", List.of("d")), List.of("d")),
                Arguments.of("set replaces", (Function<MultiValueDict<String>, Object>) d -> {
                    d.set("name", "Jacob");
                    return d.getList("name");
                }, List.of("Jacob")),
                Arguments.of("setDefault keeps an existing value", (Function<MultiValueDict<String>, Object>) d -> d.setDefault("position", "x"),
                        "Developer"),
                Arguments.of("setDefault sets an absent key", (Function<MultiValueDict<String>, Object>) d -> d.setDefault("new", "x"), "x"),
                Arguments.of("pop answers the values", (Function<MultiValueDict<String>, Object>) d -> List.of(d.pop("name"), d.containsKey("name")),
                        List.of(List.of("Adrian", "Simon"), false)),
                Arguments.of("update appends", (Function<MultiValueDict<String>, Object>) d -> {
                    MultiValueDict<String> other = new MultiValueDict<>();
                    other.appendList("name", "Jacob");
                    d.update(other);
                    return d.getList("name");
                }, List.of("Adrian", "Simon", "Jacob")),
                Arguments.of("copy is independent", (Function<MultiValueDict<String>, Object>) d -> {
                    MultiValueDict<String> copy = d.copy();
                    copy.appendList("name", "Jacob");
                    return d.getList("name");
                }, List.of("Adrian", "Simon")),
                Arguments.of("dict gives last values, null for an empty list",
                        (Function<MultiValueDict<String>, Object>) d -> d.dict().toString(), "{name=Simon, position=Developer, empty=null}"),
                Arguments.of("size counts keys", (Function<MultiValueDict<String>, Object>) MultiValueDict::size, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesAsDjangosMultiValueDict(String name, Function<MultiValueDict<String>, Object> action, Object expected) {
        assertThat(action.apply(sample())).isEqualTo(expected);
    }
}
