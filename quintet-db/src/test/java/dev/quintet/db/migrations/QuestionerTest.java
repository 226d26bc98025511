package dev.quintet.db.migrations;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The questions makemigrations asks: on a terminal, from flags, and the one-off default literals. */
class QuestionerTest {
    static Stream<Arguments> literals() {
        return Stream.of(
                arguments("42", 42),
                arguments("-7", -7),
                arguments("12345678901", 12345678901L),
                arguments("5L", 5L),
                arguments("4.5", 4.5d),
                arguments("\"text\"", "text"),
                arguments("\"say \\\"hi\\\"\"", "say \"hi\""),
                arguments("true", true),
                arguments("false", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literals")
    void parsesOneOffDefaults(String typed, Object expected) {
        assertThat(Questioner.parseLiteral(typed)).isEqualTo(expected);
    }

    static Stream<Arguments> conversations() {
        return Stream.of(
                arguments("field rename confirmed", "y\n", "post", true, "Was post.title renamed to post.headline? [y/N] "),
                arguments("field rename denied", "n\n", "post", false, "Was post.title renamed to post.headline? [y/N] "),
                arguments("empty answer means no", "\n", "post", false, "[y/N]"),
                arguments("model rename", "yes\n", null, true, "Was the model blog.title renamed to headline? [y/N] "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void asksAboutRenamesOnATerminal(String name, String typed, String model, boolean expected, String prompt) {
        StringWriter out = new StringWriter();
        Questioner q = Questioner.interactive(new BufferedReader(new StringReader(typed)), new PrintWriter(out, true));
        assertThat(q.askRename("blog", model, "title", "headline")).isEqualTo(expected);
        assertThat(out.toString()).contains(prompt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literals")
    void asksForADefaultUntilItIsALiteral(String typed, Object expected) {
        StringWriter out = new StringWriter();
        Questioner q = Questioner.interactive(new BufferedReader(new StringReader("not a literal\n" + typed + "\n")), new PrintWriter(out, true));
        assertThat(q.askDefault("blog", "post", "views")).isEqualTo(expected);
        assertThat(out.toString()).contains("Not a Java literal: not a literal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flags")
    void answersFromFlagsWithoutATerminal(String name, String model, String oldName, String newName, boolean expected) {
        Questioner q = Questioner.nonInteractive(Map.of("blog.post.title", "headline", "blog.post", "article"));
        assertThat(q.askRename("blog", model, oldName, newName)).isEqualTo(expected);
    }

    static Stream<Arguments> flags() {
        return Stream.of(
                arguments("declared field rename", "post", "title", "headline", true),
                arguments("another field", "post", "body", "headline", false),
                arguments("declared model rename", null, "post", "article", true),
                arguments("another model", null, "draft", "article", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flags")
    void missingDefaultFailsWithoutATerminal(String name, String model, String oldName, String newName, boolean ignored) {
        assertThatThrownBy(() -> Questioner.nonInteractive(Map.of()).askDefault("blog", "post", oldName))
                .isInstanceOf(MigrationError.class).hasMessageContaining("(blog.post." + oldName + ")");
    }
}
