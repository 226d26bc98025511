package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An engine's {@link AttributeResolver}: claimed classes read through it, others as before, asked once per node and class. */
class AttributeResolverTest {
    /** A value whose public field is stale until loaded, like a deferred ORM field. */
    public static final class Lazy {
        public String body;
        int loads;

        public String load(String name) {
            loads++;
            body = "loaded " + name;
            return body;
        }
    }

    /** A plain bean the resolver declines. */
    public record Plain(String body) {
    }

    private static final AtomicInteger ASKED = new AtomicInteger();
    private static final AttributeResolver RESOLVER = (type, name) -> {
        ASKED.incrementAndGet();
        if (type != Lazy.class) {
            return null;
        }
        return name.equals("body") ? o -> ((Lazy) o).load(name) : o -> AttributeResolver.MISSING;
    };
    private static final Engine WITH = Engine.builder().attributeResolver(RESOLVER).stringIfInvalid("?").build();
    private static final Engine WITHOUT = Engine.builder().stringIfInvalid("?").build();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("claimed class reads through the resolver", WITH, "{{ x.body }}", new Lazy(), "loaded body"));
        cases.add(Arguments.of("claimed class, attribute the resolver calls missing", WITH, "{{ x.other }}", new Lazy(), "?"));
        cases.add(Arguments.of("declined class keeps the engine's lookup", WITH, "{{ x.body }}", new Plain("plain"), "plain"));
        cases.add(Arguments.of("no resolver reads the public field", WITHOUT, "{{ x.body }}", new Lazy(), "None"));
        cases.add(Arguments.of("inside a loop and an if", WITH, "{% for y in l %}{% if y.body %}{{ y.body }};{% endif %}{% endfor %}",
                null, "loaded body;loaded body;"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolves(String name, Engine engine, String source, Object x, String expected) {
        Map<String, Object> context = x == null ? Map.of("l", List.of(new Lazy(), new Lazy())) : Map.of("x", x);
        assertThat(engine.fromString(source).render(context)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} renders")
    @MethodSource("renders")
    void asks_once_per_node_and_class(int renders) {
        Template t = WITH.fromString("{% for y in l %}{{ y.body }}{% endfor %}");
        int before = ASKED.get();
        for (int i = 0; i < renders; i++) {
            t.render(Map.of("l", List.of(new Lazy(), new Lazy(), new Lazy())));
        }
        assertThat(ASKED.get() - before).isEqualTo(1);
    }

    static Stream<Integer> renders() {
        return Stream.of(1, 3);
    }
}
