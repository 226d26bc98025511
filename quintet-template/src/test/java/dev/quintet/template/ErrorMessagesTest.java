package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quintet.template.library.Library;
import dev.quintet.template.loaders.LocMemLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
    private final LocMemLoader templates = new LocMemLoader();
    private final Engine engine = Engine.builder().loaders(templates)
            .library("extras", new Library().filter("shout", (v, a, c) -> v + "!")).build();

    private TemplateSyntaxError syntaxError(String name, String source) {
        templates.put(name, source);
        return catchThrowableOfType(TemplateSyntaxError.class, () -> engine.getTemplate(name));
    }

    @Test
    void unknownTagNamesTemplateLineColumnAndShowsTheLine() {
        TemplateSyntaxError e = syntaxError("pages/home.html", "<h1>Hi</h1>\n<p>\n  {% frobnicate x %}\n</p>");
        assertThat(e.templateName()).isEqualTo("pages/home.html");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.sourceLine()).isEqualTo("  {% frobnicate x %}");
        assertThat(e.getMessage())
                .contains("Invalid block tag on line 3: 'frobnicate'. Did you forget to register or load this tag?")
                .contains("in template 'pages/home.html', line 3, column 3")
                .contains("3 |   {% frobnicate x %}")
                .endsWith("\n" + " ".repeat("  3 | ".length() + 2) + "^");
    }

    @Test
    void unclosedTagNamesTheOpeningTagAndTheExpectedEndTag() {
        TemplateSyntaxError e = syntaxError("a.html", "x\n{% for i in l %}\n{{ i }}\n");
        assertThat(e.rawMessage()).isEqualTo("Unclosed tag on line 2: 'for'. Looking for one of: empty, endfor.");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.sourceLine()).isEqualTo("{% for i in l %}");
    }

    @Test
    void unknownFilterIsASyntaxErrorWithALoadHint() {
        TemplateSyntaxError e = syntaxError("f.html", "{{ name|shout }}");
        assertThat(e.rawMessage()).startsWith("Invalid filter: 'shout'").contains("{% load extras %}");
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void wrongArgumentCountIsCaughtAtParseTime() {
        Engine e2 = Engine.builder().builtins(new Library()
                .filter(new dev.quintet.template.library.Filter("needsone", (v, a, c) -> v,
                        dev.quintet.template.library.Filter.Arity.REQUIRED, false, false, false))
                .filter(new dev.quintet.template.library.Filter("takesnone", (v, a, c) -> v,
                        dev.quintet.template.library.Filter.Arity.NONE, false, false, false)))
                .build();
        assertThatThrownBy(() -> e2.fromString("{{ x|needsone }}")).hasMessageContaining("needsone requires 2 arguments, 1 provided");
        assertThatThrownBy(() -> e2.fromString("{{ x|takesnone:1 }}")).hasMessageContaining("takesnone requires 1 arguments, 2 provided");
    }

    @Test
    void extendsNotFirstAndDuplicateBlock() {
        templates.put("base.html", "{% block a %}{% endblock %}");
        assertThat(syntaxError("c1.html", "{% if x %}{% endif %}\n{% extends \"base.html\" %}").getMessage())
                .contains("must be the first tag in the template.").contains("line 2");
        TemplateSyntaxError dup = syntaxError("c2.html", "{% block a %}{% endblock %}\n\n{% block a %}{% endblock %}");
        assertThat(dup.rawMessage()).isEqualTo("'block' tag with name 'a' appears more than once");
        assertThat(dup.line()).isEqualTo(3);
    }

    @Test
    void errorInsideAnIncludedTemplateNamesThatTemplate() {
        templates.put("inc.html", "ok\n{% bad %}");
        templates.put("page.html", "{% include \"inc.html\" %}");
        Template page = engine.getTemplate("page.html");
        TemplateSyntaxError e = catchThrowableOfType(TemplateSyntaxError.class, () -> page.render(Map.of()));
        assertThat(e.templateName()).isEqualTo("inc.html");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void filterExceptionsPropagateWrappedWithThePlace() {
        Engine e2 = Engine.builder().loaders(templates).builtins(new Library().filter("boom", (v, a, c) -> {
            throw new IllegalArgumentException("kaboom");
        })).build();
        templates.put("boom.html", "line one\n  {{ x|boom }}");
        TemplateRenderError e = catchThrowableOfType(TemplateRenderError.class,
                () -> e2.getTemplate("boom.html").render(Map.of("x", 1)));
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("kaboom");
        assertThat(e.templateName()).isEqualTo("boom.html");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).contains("filter 'boom'").contains("kaboom").contains("2 |   {{ x|boom }}");
    }

    @Test
    void missingVariablesNeverThrow() {
        assertThat(engine.fromString("[{{ a.b.c }}{% firstof a.b 'x' %}]").render(Map.of())).isEqualTo("[x]");
    }

    @Test
    void templatesFromStringsAreNamedUnknownSource() {
        TemplateSyntaxError e = catchThrowableOfType(TemplateSyntaxError.class, () -> engine.fromString("{% nope %}"));
        assertThat(e.templateName()).isEqualTo("<unknown source>");
        assertThat(engine.fromString("{{ x }}", "inline").name()).isEqualTo("inline");
        TemplateSyntaxError named = catchThrowableOfType(TemplateSyntaxError.class, () -> engine.fromString("{% nope %}", "inline"));
        assertThat(named.templateName()).isEqualTo("inline");
    }

    @Test
    void emptyTagsAreErrors() {
        assertThatThrownBy(() -> engine.fromString("{{ }}")).hasMessageContaining("Empty variable tag on line 1");
        assertThatThrownBy(() -> engine.fromString("x\n{% %}")).hasMessageContaining("Empty block tag on line 2");
    }

    @Test
    void underscoreVariablesAreRejected() {
        assertThatThrownBy(() -> engine.fromString("{{ _private }}"))
                .hasMessageContaining("Variables and attributes may not begin with underscores: '_private'");
        assertThatThrownBy(() -> engine.fromString("{{ a._b }}")).hasMessageContaining("may not begin with underscores");
    }

    @Test
    void urlWithoutResolverIsAClearError() {
        assertThatThrownBy(() -> engine.fromString("{% url 'home' %}").render(Map.of()))
                .isInstanceOf(TemplateRenderError.class).hasMessageContaining("needs a URL resolver");
        assertThatThrownBy(() -> engine.fromString("{% load static %}{% static 'a' %}").render(Map.of()))
                .hasMessageContaining("needs a static resolver");
    }
}
