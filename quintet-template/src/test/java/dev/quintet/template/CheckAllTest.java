package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.template.loaders.LocMemLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAllTest {
    @TempDir
    Path tmp;

    @Test
    void reportsEverySyntaxErrorAtOnce() {
        LocMemLoader mem = new LocMemLoader(Map.of(
                "ok.html", "{{ x }}",
                "bad1.html", "line\n{% if %}{% endif %}",
                "bad2.html", "{{ x|nosuch }}",
                "bad3.html", "{% for x in y %}",
                "base.html", "{% block a %}{% endblock %}",
                "child.html", "{% extends \"base.html\" %}"));
        Engine engine = Engine.builder().loaders(mem).build();
        List<TemplateSyntaxError> errors = engine.checkAll();
        assertThat(errors).extracting(TemplateException::templateName)
                .containsExactlyInAnyOrder("bad1.html", "bad2.html", "bad3.html");
        TemplateSyntaxError first = errors.stream().filter(e -> e.templateName().equals("bad1.html")).findFirst().orElseThrow();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.rawMessage()).isEqualTo("Unexpected end of expression in if tag.");
    }

    @Test
    void reportsReferencesToMissingTemplates() {
        LocMemLoader mem = new LocMemLoader(Map.of(
                "a.html", "{% extends \"missing-base.html\" %}",
                "b.html", "x\n{% include \"missing-inc.html\" %}",
                "c.html", "{% include name %}"));
        List<TemplateSyntaxError> errors = Engine.builder().loaders(mem).build().checkAll();
        assertThat(errors).extracting(TemplateException::rawMessage).containsExactlyInAnyOrder(
                "{% extends %} names a template that does not exist: 'missing-base.html'",
                "{% include %} names a template that does not exist: 'missing-inc.html'");
        assertThat(errors).filteredOn(e -> e.templateName().equals("b.html")).extracting(TemplateException::line).containsExactly(2);
    }

    @Test
    void checksFilesInEveryDirectoryIncludingShadowedOnes() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("same.html"), "fine");
        Files.writeString(b.resolve("same.html"), "{% broken %}");
        Files.createDirectories(b.resolve("sub"));
        Files.writeString(b.resolve("sub/other.html"), "{{ }}");
        List<TemplateSyntaxError> errors = Engine.builder().dirs(a, b).build().checkAll();
        assertThat(errors).hasSize(2);
        assertThat(errors).extracting(TemplateException::rawMessage)
                .anyMatch(m -> m.startsWith("Invalid block tag on line 1: 'broken'"))
                .anyMatch(m -> m.startsWith("Empty variable tag"));
    }

    @Test
    void cleanProjectHasNoErrors() {
        Engine engine = Engine.builder().apps(getClass().getClassLoader(), "dev/quintet/template/testapp").build();
        assertThat(engine.checkAll()).isEmpty();
    }
}
