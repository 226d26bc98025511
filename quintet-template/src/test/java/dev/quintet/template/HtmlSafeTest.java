package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Objects implementing {@link HtmlSafe} (Django's {@code __html__}) render unescaped, where output is autoescaped. */
class HtmlSafeTest {
    /** A value whose markup is trusted, and whose toString is not. */
    public record Badge(String text) implements HtmlSafe {
        @Override
        public SafeString toHtml() {
            return SafeString.of("<b>" + text + "</b>");
        }

        @Override
        public String toString() {
            return "<i>" + text + "</i>";
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("variable", "{{ v }}", "<b>x</b>"),
                Arguments.of("autoescape_off_uses_str", "{% autoescape off %}{{ v }}{% endautoescape %}", "<i>x</i>"),
                Arguments.of("attribute_lookup", "{{ v.text }}", "x"),
                Arguments.of("plain_object_escaped", "{{ p }}", "&lt;p&gt;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renders(String name, String template, String expected) {
        Object plain = new Object() {
            @Override
            public String toString() {
                return "<p>";
            }
        };
        String out = Engine.builder().build().fromString(template).render(Map.of("v", new Badge("x"), "p", plain));
        assertThat(out).isEqualTo(expected);
    }
}
