package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.template.loaders.CachedLoader;
import dev.quintet.template.loaders.LocMemLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link RenderObserver}: which templates a render reports, in which order, with which context. */
class RenderObserverTest {
    private static final Map<String, String> TEMPLATES = Map.of(
            "page.html", "page",
            "base.html", "<{% block body %}{% endblock %}>",
            "child.html", "{% extends 'base.html' %}{% block body %}child{% endblock %}",
            "grandchild.html", "{% extends 'child.html' %}{% block body %}grand {{ block.super }}{% endblock %}",
            "item.html", "[{{ item }}{{ extra }}]",
            "list.html", "{% for item in items %}{% include 'item.html' %}{% endfor %}",
            "child_include.html", "{% extends 'base.html' %}{% block body %}{% include 'item.html' %}{% endblock %}",
            "include_only.html", "{% include 'item.html' with extra='!' only %}",
            "dynamic_parent.html", "{% extends parent %}{% block body %}dyn{% endblock %}");

    static Stream<Arguments> engines() {
        return Stream.of(
                arguments("loaded each time", Engine.builder().loaders(new LocMemLoader(TEMPLATES)).build()),
                arguments("cached loader", Engine.builder()
                        .loaders(new CachedLoader(List.of(new LocMemLoader(TEMPLATES)), false)).build()));
    }

    static Stream<Arguments> renders() {
        // name, template, variables, templates reported in order
        List<Arguments> cases = List.of(
                arguments("one template", "page.html", Map.of(), List.of("page.html")),
                arguments("extends: the child, then its parent", "child.html", Map.of(),
                        List.of("child.html", "base.html")),
                arguments("two levels of extends", "grandchild.html", Map.of(),
                        List.of("grandchild.html", "child.html", "base.html")),
                arguments("include in a loop: once per inclusion", "list.html", Map.of("items", List.of(1, 2, 3)),
                        List.of("list.html", "item.html", "item.html", "item.html")),
                arguments("include inside a block, after the parent", "child_include.html", Map.of("item", 1),
                        List.of("child_include.html", "base.html", "item.html")),
                arguments("include ... only", "include_only.html", Map.of(),
                        List.of("include_only.html", "item.html")),
                arguments("parent named by a variable", "dynamic_parent.html", Map.of("parent", "child.html"),
                        List.of("dynamic_parent.html", "child.html", "base.html")));
        return engines().flatMap(engine -> cases.stream().map(c -> arguments(
                c.get()[0] + " (" + engine.get()[0] + ")", engine.get()[1], c.get()[1], c.get()[2], c.get()[3])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void reports_every_template_rendered(String name, Engine engine, String template, Map<String, ?> values,
            List<String> expected) {
        List<String> seen = new ArrayList<>();
        RenderObserver.observe((t, c) -> seen.add(t.name()), () -> engine.getTemplate(template).render(values));
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void the_context_is_the_one_each_template_starts_with() {
        Engine engine = engine();
        List<Map<String, Object>> contexts = new ArrayList<>();
        String html = RenderObserver.observe((t, c) -> contexts.add(c.flatten()),
                () -> engine.fromString("{% include 'item.html' with extra='?' %}{% include 'include_only.html' %}")
                        .render(Map.of("item", "a")));
        assertThat(html).isEqualTo("[a?][!]");
        assertThat(contexts).hasSize(4);
        assertThat(contexts.get(0)).containsEntry("item", "a").doesNotContainKey("extra");
        assertThat(contexts.get(1)).containsEntry("item", "a");
        assertThat(String.valueOf(contexts.get(1).get("extra"))).isEqualTo("?"); // a SafeString literal
        assertThat(contexts.get(3)).doesNotContainKey("item");
        assertThat(String.valueOf(contexts.get(3).get("extra"))).isEqualTo("!");
    }

    @Test
    void a_template_made_from_a_string_has_no_name() {
        List<Template> seen = new ArrayList<>();
        RenderObserver.observe((t, c) -> seen.add(t), () -> engine().fromString("x").render(Map.of()));
        assertThat(seen).singleElement().satisfies(t -> assertThat(t.name()).isNull());
    }

    @Test
    void context_processors_have_run_when_the_observer_is_called() {
        Engine engine = Engine.builder().loaders(new LocMemLoader(TEMPLATES))
                .contextProcessor(request -> Map.of("user", "ada")).build();
        List<Object> users = new ArrayList<>();
        RenderObserver.observe((t, c) -> users.add(c.get("user")),
                () -> engine.getTemplate("child.html").render(Context.forRequest("request", Map.of())));
        assertThat(users).containsExactly("ada", "ada");
    }

    @Test
    void nested_scopes_reach_both_observers_and_end_with_their_body() {
        Engine engine = engine();
        List<String> outer = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        String result = RenderObserver.observe((t, c) -> outer.add(t.name()), () -> {
            engine.getTemplate("page.html").render(Map.of());
            return RenderObserver.observe((t, c) -> inner.add(t.name()),
                    () -> engine.getTemplate("child.html").render(Map.of()));
        });
        engine.getTemplate("item.html").render(Map.of());
        assertThat(result).isEqualTo("<child>");
        assertThat(outer).containsExactly("page.html", "child.html", "base.html");
        assertThat(inner).containsExactly("child.html", "base.html");
    }

    @Test
    void renders_on_other_threads_are_not_seen() throws Exception {
        Engine engine = engine();
        List<String> seen = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            RenderObserver.observe((t, c) -> seen.add(t.name()), () -> {
                Future<String> elsewhere = executor.submit(() -> engine.getTemplate("page.html").render(Map.of()));
                try {
                    assertThat(elsewhere.get()).isEqualTo("page");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                engine.getTemplate("item.html").render(Map.of());
            });
        }
        assertThat(seen).containsExactly("item.html");
    }

    private static Engine engine() {
        return Engine.builder().loaders(new LocMemLoader(TEMPLATES)).build();
    }
}
