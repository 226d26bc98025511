package dev.quintet.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.template.Engine;
import dev.quintet.template.loaders.LocMemLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The template assertions, on a response and as a scope, with Django's messages. */
class AssertionsTest {
    static final Engine ENGINE = Engine.builder().loaders(new LocMemLoader(Map.of(
            "base.html", "<{% block body %}{% endblock %}>",
            "page.html", "{% extends 'base.html' %}{% block body %}{% for i in items %}"
                    + "{% include '_item.html' %}{% endfor %}{% endblock %}",
            "_item.html", "[{{ i }}]"))).build();

    /** {@code /page}: page.html, its parent and three includes; {@code /string}: a nameless template; else none. */
    static final View SITE = request -> switch (request.path()) {
        case "/page" -> new HttpResponse(ENGINE.getTemplate("page.html").render(Map.of("items", List.of(1, 2, 3))));
        case "/string" -> new HttpResponse(ENGINE.fromString("{{ 1 }}").render(Map.of()));
        default -> new HttpResponse("plain");
    };

    private final Client client = new Client(SITE);

    static Stream<Arguments> templateUsed() {
        // name, path, template, count (-1: any), failure message (null: passes)
        return Stream.of(
                arguments("the view's template", "/page", "page.html", -1, null),
                arguments("the parent it extends", "/page", "base.html", -1, null),
                arguments("an include, counted", "/page", "_item.html", 3, null),
                arguments("the template, once", "/page", "page.html", 1, null),
                arguments("wrong count", "/page", "_item.html", 2, "Template '_item.html' was expected to be "
                        + "rendered 2 time(s) but was actually rendered 3 time(s)."),
                arguments("not rendered", "/page", "other.html", -1, "Template 'other.html' was not a template "
                        + "used to render the response. Actual template(s) used: page.html, base.html, _item.html, "
                        + "_item.html, _item.html"),
                arguments("no template at all", "/plain", "page.html", -1,
                        "No templates used to render the response"),
                arguments("a template without a name does not count", "/string", "page.html", -1,
                        "No templates used to render the response"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateUsed")
    void assert_template_used_on_a_response(String name, String path, String template, int count, String failure) {
        TestResponse response = client.get(path);
        expect(() -> {
            if (count < 0) {
                Assertions.assertTemplateUsed(response, template);
            } else {
                Assertions.assertTemplateUsed(response, template, count);
            }
        }, failure);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateUsed")
    void assert_template_used_as_a_scope(String name, String path, String template, int count, String failure) {
        expect(() -> {
            if (count < 0) {
                Assertions.assertTemplateUsed(template, () -> client.get(path));
            } else {
                Assertions.assertTemplateUsed(template, count, () -> client.get(path));
            }
        }, failure);
    }

    static Stream<Arguments> templateNotUsed() {
        // name, path, template, failure message (null: passes)
        return Stream.of(
                arguments("another template", "/page", "other.html", null),
                arguments("no template at all", "/plain", "page.html", null),
                arguments("the view's template", "/page", "page.html",
                        "Template 'page.html' was used unexpectedly in rendering the response"),
                arguments("an include", "/page", "_item.html",
                        "Template '_item.html' was used unexpectedly in rendering the response"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateNotUsed")
    void assert_template_not_used_on_a_response(String name, String path, String template, String failure) {
        TestResponse response = client.get(path);
        expect(() -> Assertions.assertTemplateNotUsed(response, template), failure);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateNotUsed")
    void assert_template_not_used_as_a_scope(String name, String path, String template, String failure) {
        expect(() -> Assertions.assertTemplateNotUsed(template, () -> client.get(path)), failure);
    }

    @Test
    void a_scope_sees_renders_outside_the_client_and_only_inside_its_body() {
        ENGINE.getTemplate("_item.html").render(Map.of());
        Assertions.assertTemplateUsed("base.html", 1, () -> ENGINE.getTemplate("page.html").render(Map.of()));
        Assertions.assertTemplateNotUsed("_item.html", () -> ENGINE.getTemplate("page.html").render(Map.of()));
    }

    @Test
    void a_failing_body_propagates_unchecked() {
        assertThatThrownBy(() -> Assertions.assertTemplateUsed("page.html", () -> {
            throw new IllegalStateException("view failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("view failed");
    }

    @Test
    void context_merges_the_contexts_first_template_first() {
        TestResponse response = client.get("/page");
        assertThat(Assertions.templateNames(response)).containsExactly("page.html", "base.html", "_item.html",
                "_item.html", "_item.html");
        assertThat(Assertions.context(response)).containsEntry("items", List.of(1, 2, 3)).containsEntry("i", 1);
    }

    private static void expect(org.assertj.core.api.ThrowableAssert.ThrowingCallable check, String failure) {
        if (failure == null) {
            assertThatCode(check).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(check).isInstanceOf(AssertionError.class).hasMessage(failure);
        }
    }
}
