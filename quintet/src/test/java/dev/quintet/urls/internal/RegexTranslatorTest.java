package dev.quintet.urls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Python-style URL regexes in, Java patterns and group names out. */
class RegexTranslatorTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("python named group", "^(?P<year_num>[0-9]{4})/$", "^([0-9]{4})/$", List.of("year_num")),
                arguments("java named group", "^(?<year>[0-9]{4})/$", "^([0-9]{4})/$", List.of("year")),
                arguments("plain groups", "^([a-z]+)/(\\d+)$", "^([a-z]+)/(\\d+)$", Arrays.asList(null, null)),
                arguments("non-capturing and lookaround", "^(?:a)(?=b)(?<=b)(?!c)$", "^(?:a)(?=b)(?<=b)(?!c)$", List.of()),
                arguments("python back-reference", "^(?P<x>a)(?P=x)$", "^(a)(?:\\1)$", List.of("x")),
                arguments("java back-reference", "^(?<x>a)\\k<x>$", "^(a)(?:\\1)$", List.of("x")),
                arguments("end of input", "^a\\Z", "^a\\z", List.of()),
                arguments("comment dropped", "^a(?#note)b$", "^ab$", List.of()),
                arguments("parens in class are literal", "^[()](?P<n>x)$", "^[()](x)$", List.of("n")),
                arguments("bracket in class is literal", "^[[a]$", "^[\\[a]$", List.of()),
                arguments("leading bracket in class", "^[]a]$", "^[\\]a]$", List.of()),
                arguments("escaped paren is not a group", "^\\((?P<n>x)\\)$", "^\\((x)\\)$", List.of("n")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void translates(String name, String source, String java, List<String> names) {
        RegexTranslator.Compiled c = RegexTranslator.compile(source);
        assertThat(c.pattern().pattern()).isEqualTo(java);
        assertThat(c.groupNames().subList(1, c.groupNames().size())).isEqualTo(names);
    }
}
