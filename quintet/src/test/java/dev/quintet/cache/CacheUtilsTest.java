package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Django's TestMakeTemplateFragmentKey, same inputs, same keys. */
class CacheUtilsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("without vary on", "a.fragment", null, "template.cache.a.fragment.d41d8cd98f00b204e9800998ecf8427e"),
            Arguments.of("one vary on", "foo", List.of("abc"), "template.cache.foo.493e283d571a73056196f1a68efd0f66"),
            Arguments.of("many vary on", "bar", List.of("abc", "def"), "template.cache.bar.17c1a507a0cb58384f4c639067a93520"),
            Arguments.of("proper escaping", "spam", List.of("abc:def%"), "template.cache.spam.06c8ae8e8c430b69fb0a6443504153dc"),
            Arguments.of("ints", "foo", List.of(1, 2, 3, 4, 5), "template.cache.foo.7ae8fd2e0d25d651c683bdeebdb29461"),
            Arguments.of("unicode", "foo", List.of("42º", "😀"), "template.cache.foo.7ced1c94e543668590ba39b3c08b0237"),
            Arguments.of("long", "foo", List.of("x".repeat(10000)), "template.cache.foo.3670b349b5124aa56bdb50678b02b23a"),
            Arguments.of("Python str of True, None, 1.0", "foo", Arrays.asList(true, null, 1.0),
                    "template.cache.foo.d30a16efb1ba21e3f285c63279a4298f"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void makeTemplateFragmentKey(String name, String fragment, List<?> varyOn, String expected) {
        assertThat(CacheUtils.makeTemplateFragmentKey(fragment, varyOn)).isEqualTo(expected);
    }
}
