package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryDictTest {

    static Stream<Arguments> parsing() {
        return Stream.of(
                Arguments.of("empty", "", Map.of()),
                Arguments.of("one pair", "a=1", Map.of("a", List.of("1"))),
                Arguments.of("duplicates keep every value in order", "a=1&a=2&b=3", Map.of("a", List.of("1", "2"), "b", List.of("3"))),
                Arguments.of("key without = is blank", "a", Map.of("a", List.of(""))),
                Arguments.of("blank value", "a=", Map.of("a", List.of(""))),
                Arguments.of("blank key", "=1", Map.of("", List.of("1"))),
                Arguments.of("empty pairs skipped", "a=1&&b=2&", Map.of("a", List.of("1"), "b", List.of("2"))),
                Arguments.of("only separators", "&&", Map.of()),
                Arguments.of("second = belongs to the value", "a=b=c", Map.of("a", List.of("b=c"))),
                Arguments.of("plus is a space", "a+b=c+d", Map.of("a b", List.of("c d"))),
                Arguments.of("percent escapes", "a=%20%2B%26%3D", Map.of("a", List.of(" +&="))),
                Arguments.of("lower-case hex", "a=%2b", Map.of("a", List.of("+"))),
                Arguments.of("utf-8 escapes", "name=%C3%A9t%C3%A9", Map.of("name", List.of("été"))),
                Arguments.of("raw unicode", "name=été&k=日本", Map.of("name", List.of("été"), "k", List.of("日本"))),
                Arguments.of("emoji escape", "e=%F0%9F%98%80", Map.of("e", List.of("😀"))),
                Arguments.of("semicolon is not a separator", "a;b=c", Map.of("a;b", List.of("c"))),
                Arguments.of("escaped key", "%61%62=1", Map.of("ab", List.of("1"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsing")
    void parses(String name, String query, Map<String, List<String>> expected) {
        assertThat(QueryDict.parse(query).lists()).isEqualTo(expected);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("bad hex digits", "a=%zz", "Invalid percent-encoding '%zz' in query data."),
                Arguments.of("truncated escape", "a=%4", "Invalid percent-encoding '%4' in query data."),
                Arguments.of("lone percent", "a=100%", "Invalid percent-encoding '%' in query data."),
                Arguments.of("bad escape in key", "%g1=x", "Invalid percent-encoding '%g1' in query data."),
                Arguments.of("invalid utf-8 byte", "a=%FF", "Invalid UTF-8 in query data."),
                Arguments.of("truncated utf-8 sequence", "a=%C3", "Invalid UTF-8 in query data."),
                Arguments.of("overlong utf-8", "a=%C0%AF", "Invalid UTF-8 in query data."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesMalformed(String name, String query, String message) {
        assertThatThrownBy(() -> QueryDict.parse(query)).isInstanceOf(BadRequest.class).hasMessage(message);
    }

    static Stream<Arguments> fieldLimits() {
        return Stream.of(
                Arguments.of("under", "a=1&b=2", 3, true),
                Arguments.of("exactly at", "a=1&b=2&c=3", 3, true),
                Arguments.of("just over", "a=1&b=2&c=3&d=4", 3, false),
                Arguments.of("empty pairs count as Python counts them", "a=1&&b=2", 2, false),
                Arguments.of("zero allows an empty query", "", 0, true),
                Arguments.of("zero refuses one field", "a", 0, false),
                Arguments.of("negative is no limit", "a&b&c&d&e", -1, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldLimits")
    void limitsFields(String name, String query, int max, boolean ok) {
        if (ok) {
            assertThat(QueryDict.parse(query, StandardCharsets.UTF_8, max)).isNotNull();
        } else {
            assertThatThrownBy(() -> QueryDict.parse(query, StandardCharsets.UTF_8, max))
                    .isInstanceOf(TooManyFieldsSent.class)
                    .hasMessage("The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.");
        }
    }

    static Stream<Arguments> encoding() {
        return Stream.of(
                Arguments.of("plain", "a=1", null, "a=1"),
                Arguments.of("repeated keys", "a=1&a=2&b=3", null, "a=1&a=2&b=3"),
                Arguments.of("space as plus", "q=hello+world", null, "q=hello+world"),
                Arguments.of("reserved characters escaped", "next=%2Fa%26b%2F", null, "next=%2Fa%26b%2F"),
                Arguments.of("safe characters kept", "next=%2Fa%26b%2F", "/", "next=/a%26b/"),
                Arguments.of("safe mode writes spaces as %20", "q=a+b", "/", "q=a%20b"),
                Arguments.of("unicode as utf-8", "name=%C3%A9", null, "name=%C3%A9"),
                Arguments.of("blank value", "a", null, "a="),
                Arguments.of("unreserved kept", "a=-_.~", null, "a=-_.~"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoding")
    void urlencodes(String name, String query, String safe, String expected) {
        assertThat(QueryDict.parse(query).urlencode(safe)).isEqualTo(expected);
    }

    static Stream<Arguments> access() {
        QueryDict q = QueryDict.parse("a=1&a=2&b=");
        return Stream.of(
                Arguments.of("get is the last value", q.get("a"), "2"),
                Arguments.of("blank value is not the default", q.get("b", "x"), ""),
                Arguments.of("absent key gives null", q.get("zz"), null),
                Arguments.of("absent key gives the default", q.get("zz", "d"), "d"),
                Arguments.of("getList", q.getList("a"), List.of("1", "2")),
                Arguments.of("getList of absent key", q.getList("zz"), List.of()),
                Arguments.of("keys in order", List.copyOf(q.keys()), List.of("a", "b")),
                Arguments.of("items give last values", q.items().stream().map(e -> e.getKey() + ":" + e.getValue()).toList(),
                        List.of("a:2", "b:")),
                Arguments.of("dict", q.dict(), Map.of("a", "2", "b", "")),
                Arguments.of("containsKey", q.containsKey("b"), true),
                Arguments.of("not containsKey", q.containsKey("c"), false),
                Arguments.of("immutable", q.isMutable(), false),
                Arguments.of("copy is mutable", q.copy().isMutable(), true),
                Arguments.of("copy is equal", q.copy(), q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("access")
    void accesses(String name, Object actual, Object expected) {
        assertThat(actual).isEqualTo(expected);
    }

    static Stream<Arguments> mutations() {
        return Stream.<Arguments>of(
                Arguments.of("set", (Consumer<QueryDict>) q -> q.set("a", "x")),
                Arguments.of("appendList", (Consumer<QueryDict>) q -> q.appendList("a", "x")),
                Arguments.of("setList", (Consumer<QueryDict>) q -> q.setList("a", List.of("x"))),
                Arguments.of("pop", (Consumer<QueryDict>) q -> q.pop("a")),
                Arguments.of("setDefault", (Consumer<QueryDict>) q -> q.setDefault("z", "x")),
                Arguments.of("update", (Consumer<QueryDict>) q -> q.update(QueryDict.parse("c=1"))),
                Arguments.of("clear", (Consumer<QueryDict>) QueryDict::clear));
    }

    @ParameterizedTest(name = "{0} is refused on an immutable dict and allowed on its copy")
    @MethodSource("mutations")
    void refusesMutationWhenImmutable(String name, Consumer<QueryDict> change) {
        QueryDict q = QueryDict.parse("a=1");
        assertThatThrownBy(() -> change.accept(q)).isInstanceOf(IllegalStateException.class)
                .hasMessage("This QueryDict instance is immutable");
        QueryDict copy = q.copy();
        change.accept(copy);
        assertThat(q.lists()).isEqualTo(Map.of("a", List.of("1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copies")
    void mutableCopyBuildsNewQueries(String name, Consumer<QueryDict> change, String expected) {
        QueryDict copy = QueryDict.parse("q=django&page=1").copy();
        change.accept(copy);
        assertThat(copy.urlencode()).isEqualTo(expected);
    }

    static Stream<Arguments> copies() {
        return Stream.of(
                Arguments.of("set replaces", (Consumer<QueryDict>) q -> q.set("page", "2"), "q=django&page=2"),
                Arguments.of("appendList adds", (Consumer<QueryDict>) q -> q.appendList("page", "2"),
                        "q=django&page=1&page=2"),
                Arguments.of("pop removes", (Consumer<QueryDict>) q -> q.pop("page"), "q=django"),
                Arguments.of("update appends", (Consumer<QueryDict>) q -> q.update(QueryDict.parse("q=x")),
                        "q=django&q=x&page=1"));
    }
}
