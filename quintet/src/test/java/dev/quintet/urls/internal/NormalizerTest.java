package dev.quintet.urls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Django's regex_helper.normalize cases: each form printed as Django's "%(name)s" format plus its params. */
class NormalizerTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("empty", "", List.of(" []")),
                arguments("escapes", "\\\\\\^\\$\\.\\|\\?\\*\\+\\(\\)\\[", List.of("\\^$.|?*+()[ []")),
                arguments("positional groups", "(.*)-(.+)", List.of("%(_0)s-%(_1)s [_0, _1]")),
                arguments("non-capturing group", "(?:non-capturing)", List.of("non-capturing []")),
                arguments("named groups", "(?P<first_group_name>.*)-(?P<second_group_name>.*)",
                        List.of("%(first_group_name)s-%(second_group_name)s [first_group_name, second_group_name]")),
                arguments("back-reference", "(?P<first_group_name>.*)-(?P=first_group_name)",
                        List.of("%(first_group_name)s-%(first_group_name)s [first_group_name]")),
                arguments("anchors dropped", "^articles/(?P<year>[0-9]+)/\\Z", List.of("articles/%(year)s/ [year]")),
                arguments("dollar ends", "^a/$b", List.of("a/ []")),
                arguments("optional group gives two forms", "^opt/(?:page-(?P<page_number>[0-9]+)/)?$",
                        List.of("opt/ []", "opt/page-%(page_number)s/ [page_number]")),
                arguments("optional literal dropped", "^ab?c$", List.of("ac []")),
                arguments("star drops", "^a*b$", List.of("b []")),
                arguments("plus keeps one", "^a+b$", List.of("ab []")),
                arguments("counted repeat", "^a{3}b$", List.of("aaab []")),
                arguments("range repeat keeps minimum", "^a{2,5}b$", List.of("aab []")),
                arguments("lazy quantifier", "^a+?b$", List.of("ab []")),
                arguments("class gives first char", "^[xyz]/$", List.of("x/ []")),
                arguments("class repeated", "^[0-9]{4}$", List.of("0000 []")),
                arguments("digit and word classes", "^\\d\\w\\s\\D\\W$", List.of("0x x! []")),
                arguments("dot", "^a.b$", List.of("a.b []")),
                arguments("lookahead skipped", "^a(?=b)c$", List.of("ac []")),
                arguments("top-level alternation not reversible", "^a|b$", List.of(" []")),
                arguments("alternation inside a group is skipped with it", "^(a|b)$", List.of("%(_0)s [_0]")),
                arguments("optional positional group", "^a(b)?$", List.of("a []", "a%(_0)s [_0]")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void normalizes(String name, String regex, List<String> expected) {
        assertThat(Normalizer.normalize(regex).stream().map(NormalizerTest::show).toList()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonReversible")
    void rejects(String regex, String message) {
        assertThatThrownBy(() -> Normalizer.normalize(regex)).hasMessage(message);
    }

    static Stream<Arguments> nonReversible() {
        return Stream.of(
                arguments("(?i)abc", "Non-reversible reg-exp portion: '(?i'"),
                arguments("(?Px)", "Non-reversible reg-exp portion: '(?Px'"));
    }

    private static String show(Normalizer.Form form) {
        StringBuilder sb = new StringBuilder();
        for (Object piece : form.pieces()) {
            sb.append(piece instanceof Normalizer.Slot s ? "%(" + s.name() + ")s" : piece);
        }
        return sb + " " + form.params();
    }
}
