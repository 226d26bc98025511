package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Django's snake_case attribute names read Java's camelCase members, so templates ported from Django work
 * unchanged: {@code {{ post.get_absolute_url }}}, {@code {{ user.is_authenticated }}}, {@code {{ c.created_at }}}.
 */
class SnakeCaseLookupTest {
    /** A bean with the shapes Django templates reach for. */
    public static final class Post {
        public final String createdAt = "2026-11-21";
        public final String a_b = "exact";
        public final String aB = "camel";

        public String getAbsoluteUrl() {
            return "/posts/1/";
        }

        public String getFullName() {
            return "Ada Lovelace";
        }

        public boolean isAuthenticated() {
            return true;
        }

        public boolean hasComments() {
            return false;
        }
    }

    /** A record: its components are read by their names. */
    public record Comment(String authorName) {
    }

    private static final Engine ENGINE = Engine.builder().stringIfInvalid("?").build();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("get_absolute_url calls getAbsoluteUrl()", "{{ x.get_absolute_url }}", new Post(), "/posts/1/"),
                Arguments.of("full_name calls getFullName()", "{{ x.full_name }}", new Post(), "Ada Lovelace"),
                Arguments.of("get_full_name calls getFullName()", "{{ x.get_full_name }}", new Post(), "Ada Lovelace"),
                Arguments.of("is_authenticated calls isAuthenticated()", "{{ x.is_authenticated }}", new Post(), "True"),
                Arguments.of("has_comments calls hasComments()", "{{ x.has_comments }}", new Post(), "False"),
                Arguments.of("created_at reads the createdAt field", "{{ x.created_at }}", new Post(), "2026-11-21"),
                Arguments.of("an exact member wins over its camelCase twin", "{{ x.a_b }}", new Post(), "exact"),
                Arguments.of("camelCase names still read as written", "{{ x.createdAt }}/{{ x.aB }}", new Post(), "2026-11-21/camel"),
                Arguments.of("record components by their Django names", "{{ x.author_name }}", new Comment("grace"), "grace"),
                Arguments.of("in a condition", "{% if x.is_authenticated %}in{% endif %}", new Post(), "in"),
                Arguments.of("an unknown snake_case name is invalid", "{{ x.no_such_thing }}", new Post(), "?"),
                Arguments.of("dictionary keys are exact: no camelCase for maps", "{{ x.created_at }}", Map.of("createdAt", "k"), "?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolves(String name, String source, Object x, String expected) {
        assertThat(ENGINE.fromString(source).render(Map.of("x", x))).isEqualTo(expected);
    }
}
