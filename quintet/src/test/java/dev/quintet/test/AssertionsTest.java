package dev.quintet.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.forms.CharField;
import dev.quintet.forms.Form;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.MultiValueDict;
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

/** The assertions on responses — templates (on a response and as a scope), content, redirects, form errors — with Django's messages. */
class AssertionsTest {
    static final Engine ENGINE = Engine.builder().loaders(new LocMemLoader(Map.of(
            "base.html", "<{% block body %}{% endblock %}>",
            "page.html", "{% extends 'base.html' %}{% block body %}{% for i in items %}"
                    + "{% include '_item.html' %}{% endfor %}{% endblock %}",
            "_item.html", "[{{ i }}]"))).build();

    /** A form with a required, short {@code name}. */
    static final class NameForm extends Form {
        NameForm(MultiValueDict<String> data) {
            super(data);
            field("name", new CharField().maxLength(3));
        }
    }

    /**
     * {@code /page}: page.html, its parent and three includes; {@code /string}: a nameless template;
     * {@code /form}: a bound form (and an unbound one) in the context; {@code /redirect}, {@code /gone},
     * {@code /missing}: a 302 to {@code /page}, to {@code /gone}, a 404; else plain text.
     */
    static final View SITE = request -> switch (request.path()) {
        case "/page" -> new HttpResponse(ENGINE.getTemplate("page.html").render(Map.of("items", List.of(1, 2, 3))));
        case "/string" -> new HttpResponse(ENGINE.fromString("{{ 1 }}").render(Map.of()));
        case "/form" -> {
            MultiValueDict<String> data = new MultiValueDict<>();
            data.set("name", "toolong");
            yield new HttpResponse(ENGINE.fromString("{{ form.name.value }}").render(Map.of(
                    "form", new NameForm(data), "unbound", new NameForm(null), "other", "x")));
        }
        case "/redirect" -> redirect("/page");
        case "/gone" -> redirect("/missing");
        case "/missing" -> new HttpResponse("missing", "text/plain", 404);
        default -> new HttpResponse("plain plain");
    };

    private static HttpResponse redirect(String to) {
        HttpResponse response = new HttpResponse("", "text/plain", 302);
        response.setHeader("Location", to);
        return response;
    }

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

    static Stream<Arguments> otherAssertions() {
        // name, assertion on the client, failure message (null: passes)
        return Stream.of(
                check("contains", c -> Assertions.assertContains(c.get("/plain"), "plain"), null),
                check("contains, counted", c -> Assertions.assertContains(c.get("/plain"), "plain", 2), null),
                check("contains, wrong count", c -> Assertions.assertContains(c.get("/plain"), "plain", 1),
                        "Found 2 instances of 'plain' in response (expected 1)"),
                check("contains, absent", c -> Assertions.assertContains(c.get("/plain"), "nope"),
                        "Couldn't find 'nope' in the following response\nplain plain"),
                check("contains, wrong status", c -> Assertions.assertContains(c.get("/missing"), "missing"),
                        "Couldn't retrieve content: Response code was 404 (expected 200) looking for 'missing'"),
                check("contains, given status", c -> Assertions.assertContains(c.get("/missing"), "missing", 1, 404),
                        null),
                check("not contains", c -> Assertions.assertNotContains(c.get("/plain"), "nope"), null),
                check("not contains, present", c -> Assertions.assertNotContains(c.get("/plain"), "plain"),
                        "'plain' unexpectedly found in the following response\nplain plain"),
                check("redirects", c -> Assertions.assertRedirects(c.get("/redirect"), "/page"), null),
                check("redirects, elsewhere", c -> Assertions.assertRedirects(c.get("/redirect"), "/other"),
                        "Response redirected to '/page', expected '/other'"),
                check("redirects, not a redirect", c -> Assertions.assertRedirects(c.get("/plain"), "/page"),
                        "Response didn't redirect as expected: Response code was 200 (expected 302)"),
                check("redirects, target fetched", c -> Assertions.assertRedirects(c.get("/redirect"), "/page", 302,
                        200, c), null),
                check("redirects, target fails", c -> Assertions.assertRedirects(c.get("/gone"), "/missing", 302,
                        200, c), "Couldn't retrieve redirection page '/missing': response code was 404 (expected 200)"),
                check("form error", c -> Assertions.assertFormError(c.get("/form"), "form", "name",
                        List.of("Ensure this value has at most 3 characters (it has 7).")), null),
                check("form error, other errors", c -> Assertions.assertFormError(c.get("/form"), "form", "name",
                        List.of("This field is required.")), "The errors of field 'name' on form form don't match: "
                        + "[Ensure this value has at most 3 characters (it has 7).] != [This field is required.]"),
                check("form error, no non-field errors", c -> Assertions.assertFormError(c.get("/form"), "form", null,
                        List.of()), null),
                check("form error, no such form", c -> Assertions.assertFormError(c.get("/form"), "other", "name",
                        List.of()), "The context has no form named 'other'"),
                check("form error, unbound", c -> Assertions.assertFormError(c.get("/form"), "unbound", "name",
                        List.of()), "The form unbound is not bound, it will never have any errors."),
                check("form error, no such field", c -> Assertions.assertFormError(c.get("/form"), "form", "age",
                        List.of()), "The form form does not contain the field 'age'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherAssertions")
    void content_redirect_and_form_assertions(String name, java.util.function.Consumer<Client> assertion,
            String failure) {
        expect(() -> assertion.accept(client), failure);
    }

    private static Arguments check(String name, java.util.function.Consumer<Client> assertion, String failure) {
        return arguments(name, assertion, failure);
    }

    private static void expect(org.assertj.core.api.ThrowableAssert.ThrowingCallable check, String failure) {
        if (failure == null) {
            assertThatCode(check).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(check).isInstanceOf(AssertionError.class).hasMessage(failure);
        }
    }
}
