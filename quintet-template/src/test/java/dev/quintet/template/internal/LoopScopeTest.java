package dev.quintet.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link LoopScope} behaves as a {@link HashMap} under the same operations (differential test). */
class LoopScopeTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                script("empty", ""),
                script("put and get", "+item=1 ?item ?other"),
                script("rebind in place", "+item=1 +forloop=2 +item=3 ?item ?forloop"),
                script("grows past capacity", "+a=1 +b=2 +c=3 +d=4 +e=5 ?a ?e ?c"),
                script("equal but not identical names", "+item=1 ?" + new String("item")),
                script("null value is present", "+x=null ?x"),
                script("remove middle keeps order of the rest", "+a=1 +b=2 +c=3 -b ?a ?b ?c"),
                script("remove missing", "+a=1 -z ?a"),
                script("iterator removes", "+a=1 +b=2 +c=3 !b ?a ?b ?c"),
                script("clear", "+a=1 +b=2 # ?a"));
    }

    private static Arguments script(String name, String ops) {
        return Arguments.of(Named.of(name, ops));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void behavesAsAHashMap(String ops) {
        Map<String, Object> scope = new LoopScope(2);
        Map<String, Object> reference = new HashMap<>();
        for (String op : ops.split(" ")) {
            if (op.isEmpty()) {
                continue;
            }
            assertThat(apply(scope, op)).as(op).isEqualTo(apply(reference, op));
            assertThat(scope).as("after " + op).isEqualTo(reference);
        }
        assertThat(scope).hasSameSizeAs(reference).isEqualTo(reference);
    }

    private static Object apply(Map<String, Object> map, String op) {
        String arg = op.substring(1);
        return switch (op.charAt(0)) {
            case '+' -> {
                String[] kv = arg.split("=", 2);
                yield map.put(kv[0], kv[1].equals("null") ? null : kv[1]);
            }
            case '?' -> map.containsKey(arg) + ":" + map.get(arg);
            case '-' -> map.remove(arg);
            case '!' -> {
                for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext();) {
                    if (it.next().getKey().equals(arg)) {
                        it.remove();
                    }
                }
                yield map.size();
            }
            case '#' -> {
                map.clear();
                yield map.size();
            }
            default -> throw new IllegalArgumentException(op);
        };
    }
}
