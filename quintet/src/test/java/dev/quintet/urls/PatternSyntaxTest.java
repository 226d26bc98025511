package dev.quintet.urls;

import static dev.quintet.urls.UrlFixtures.v;
import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mistakes caught when a pattern is written, and the converter registry's rules. */
class PatternSyntaxTest {
    static Stream<Arguments> invalid() {
        return Stream.of(
                arguments("whitespace in brackets", (Supplier<Object>) () -> path("a/<int: x>/", v("a")),
                        "URL route 'a/<int: x>/' cannot contain whitespace in angle brackets <…>."),
                arguments("name not an identifier", (Supplier<Object>) () -> path("a/<int:2x>/", v("a")),
                        "URL route 'a/<int:2x>/' uses parameter name '2x' which isn't a valid identifier."),
                arguments("name with dash", (Supplier<Object>) () -> path("a/<my-name>/", v("a")),
                        "URL route 'a/<my-name>/' uses parameter name 'my-name' which isn't a valid identifier."),
                arguments("name used twice", (Supplier<Object>) () -> path("<int:x>/<int:x>/", v("a")),
                        "URL route '<int:x>/<int:x>/' uses parameter name 'x' twice."),
                arguments("bad regex", (Supplier<Object>) () -> rePath("^a/(?P<x>[0-9]+/$", v("a")),
                        "URL regex '^a/(?P<x>[0-9]+/$' is not a valid regular expression"),
                arguments("regex group name twice", (Supplier<Object>) () -> rePath("^(?P<x>a)(?P<x>b)$", v("a")),
                        "redefinition of group name 'x'"),
                arguments("namespace without app name", (Supplier<Object>) () -> path("a/", include(List.of(), null, "ns")),
                        "Specifying a namespace in include() without providing an app_name is not supported."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejects(String name, Supplier<Object> build, String message) {
        assertThatThrownBy(build::get).isInstanceOf(InvalidUrlPattern.class).hasMessageContaining(message);
    }

    @Test
    void underscoredGroupNamesAndBackReferences() {
        UrlConf conf = UrlConf.of(List.of(rePath("^(?P<first_part>[a-z]+)-(?P=first_part)/$", v("echo"), "echo")));
        assertThat(conf.resolve("/ab-ab/").kwargs().getString("first_part")).isEqualTo("ab");
        assertThatThrownBy(() -> conf.resolve("/ab-cd/")).isInstanceOf(Resolver404.class);
    }

    @Test
    void duplicateConverterRejected() {
        assertThatThrownBy(() -> UrlConf.builder().converter("int", new UrlFixtures.EvenConverter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Converter 'int' is already registered.");
        assertThatThrownBy(() -> Converters.defaults().register("even", new UrlFixtures.EvenConverter())
                .register("even", new UrlFixtures.EvenConverter()))
                .hasMessage("Converter 'even' is already registered.");
    }

    @Test
    void registryIsImmutable() {
        Converters base = Converters.defaults();
        Converters extended = base.register("even", new UrlFixtures.EvenConverter());
        assertThat(base.get("even")).isNull();
        assertThat(extended.get("even")).isInstanceOf(UrlFixtures.EvenConverter.class);
        assertThat(extended.names()).containsExactly("int", "str", "slug", "uuid", "path", "even");
    }
}
