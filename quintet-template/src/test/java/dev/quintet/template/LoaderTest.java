package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quintet.template.loaders.CachedLoader;
import dev.quintet.template.loaders.ClasspathLoader;
import dev.quintet.template.loaders.FileSystemLoader;
import dev.quintet.template.loaders.LocMemLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {
    @TempDir
    Path tmp;

    private Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void filesystemDirsAreSearchedInOrder() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        write(a, "x.html", "from a");
        write(b, "x.html", "from b");
        write(b, "sub/y.html", "y in b");
        Engine engine = Engine.builder().dirs(a, b).build();
        assertThat(engine.getTemplate("x.html").render(Map.of())).isEqualTo("from a");
        assertThat(engine.getTemplate("sub/y.html").render(Map.of())).isEqualTo("y in b");
        assertThat(engine.getTemplate("x.html").origin().name()).isEqualTo(a.resolve("x.html").toAbsolutePath().toString());
    }

    @Test
    void templateDoesNotExistListsEveryPathTried() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Engine engine = Engine.builder().dirs(a, b).apps(getClass().getClassLoader(), "dev/quintet/template/testapp").build();
        TemplateDoesNotExist e = catchThrowableOfType(TemplateDoesNotExist.class, () -> engine.getTemplate("nope.html"));
        assertThat(e.tried()).extracting(t -> t.origin().name()).containsExactly(
                a.resolve("nope.html").toAbsolutePath().toString(),
                b.resolve("nope.html").toAbsolutePath().toString(),
                "classpath:dev/quintet/template/testapp/templates/nope.html");
        assertThat(e.getMessage()).contains("nope.html").contains("Tried:").contains("Source does not exist");
    }

    @Test
    void pathsEscapingTheDirectoryAreNotTried() {
        Engine engine = Engine.builder().dirs(tmp).build();
        TemplateDoesNotExist e = catchThrowableOfType(TemplateDoesNotExist.class, () -> engine.getTemplate("../etc/passwd"));
        assertThat(e.tried()).isEmpty();
    }

    @Test
    void classpathAppTemplates() {
        Engine engine = Engine.builder().apps(getClass().getClassLoader(), "dev.quintet.template.testapp").build();
        assertThat(engine.getTemplate("testapp/hello.html").render(Map.of("name", "World"))).isEqualTo("Hello World!\n");
        assertThat(new ClasspathLoader(getClass().getClassLoader(), List.of("dev/quintet/template/testapp")).templateNames())
                .contains("testapp/hello.html", "testapp/child.html");
    }

    @Test
    void extendsTheSameNameFurtherDownTheSearchPath() throws IOException {
        Path project = tmp.resolve("project");
        write(project, "base.html", "{% extends \"base.html\" %}{% block title %}Project {{ block.super }}{% endblock %}");
        Engine engine = Engine.builder().dirs(project).apps(getClass().getClassLoader(), "dev/quintet/template/testapp").build();
        assertThat(engine.getTemplate("base.html").render(Map.of())).isEqualTo("<title>Project App</title>\n");
    }

    @Test
    void cachedLoaderKeepsTemplatesWhenNotDebug() throws IOException {
        Path p = write(tmp, "t.html", "one");
        Engine engine = Engine.builder().dirs(tmp).build();
        Template first = engine.getTemplate("t.html");
        Files.writeString(p, "two");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(engine.getTemplate("t.html")).isSameAs(first);
        engine.reset();
        assertThat(engine.getTemplate("t.html").render(Map.of())).isEqualTo("two");
    }

    @Test
    void debugModeRereadsChangedFiles() throws IOException {
        Path p = write(tmp, "t.html", "one");
        Engine engine = Engine.builder().dirs(tmp).debug(true).build();
        Template first = engine.getTemplate("t.html");
        assertThat(engine.getTemplate("t.html")).isSameAs(first);
        Files.writeString(p, "two, longer");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(engine.getTemplate("t.html").render(Map.of())).isEqualTo("two, longer");
    }

    @Test
    void debugModeDoesNotRememberMisses() throws IOException {
        Engine engine = Engine.builder().dirs(tmp).debug(true).build();
        catchThrowableOfType(TemplateDoesNotExist.class, () -> engine.getTemplate("late.html"));
        write(tmp, "late.html", "here now");
        assertThat(engine.getTemplate("late.html").render(Map.of())).isEqualTo("here now");
    }

    @Test
    void locmemAndCachedLoaders() {
        LocMemLoader mem = new LocMemLoader(Map.of("a.html", "A{{ x }}"));
        Engine engine = Engine.builder().loaders(new CachedLoader(List.of(mem), false)).build();
        assertThat(engine.getTemplate("a.html").render(Map.of("x", 1))).isEqualTo("A1");
        assertThat(engine.getTemplate("a.html")).isSameAs(engine.getTemplate("a.html"));
    }

    @Test
    void selectTemplateTakesTheFirstThatExists() {
        Engine engine = Engine.builder().loaders(new LocMemLoader(Map.of("b.html", "B"))).build();
        assertThat(engine.selectTemplate(List.of("a.html", "b.html")).render(Map.of())).isEqualTo("B");
        TemplateDoesNotExist e = catchThrowableOfType(TemplateDoesNotExist.class,
                () -> engine.selectTemplate(List.of("x.html", "y.html")));
        assertThat(e.name()).isEqualTo("x.html, y.html");
        assertThat(e.tried()).hasSize(2);
    }

    @Test
    void partialsLoadWithHashNames() {
        Engine engine = Engine.builder().loaders(new LocMemLoader(Map.of(
                "page.html", "<ul>{% for i in items %}{% partialdef item inline %}<li>{{ i }}</li>{% endpartialdef %}{% endfor %}</ul>"))).build();
        assertThat(engine.getTemplate("page.html").render(Map.of("items", List.of(1, 2)))).isEqualTo("<ul><li>1</li><li>2</li></ul>");
        assertThat(engine.getTemplate("page.html#item").render(Map.of("i", 7))).isEqualTo("<li>7</li>");
        assertThat(catchThrowableOfType(TemplateDoesNotExist.class, () -> engine.getTemplate("page.html#nope")).name())
                .isEqualTo("nope");
    }

    @Test
    void filesystemLoaderListsTemplates() throws IOException {
        write(tmp, "a.html", "");
        write(tmp, "d/b.txt", "");
        assertThat(new FileSystemLoader(List.of(tmp)).templateNames()).containsExactly("a.html", "d/b.txt");
    }
}
