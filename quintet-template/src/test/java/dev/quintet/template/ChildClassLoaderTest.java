package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attribute lookups work on classes the engine's class loader cannot see (web apps, plugins). */
class ChildClassLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void recordFromAChildClassLoader() throws Exception {
        Path src = tmp.resolve("p/Item.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package p; public record Item(String name, int price) { public String label() { return name + \"!\"; } }");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", tmp.toString(), src.toString());
        assertThat(rc).isZero();
        try (URLClassLoader child = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            Object item = child.loadClass("p.Item").getConstructor(String.class, int.class).newInstance("pen", 3);
            Template t = Engine.builder().build().fromString("{{ i.name }} {{ i.price }} {{ i.label }}");
            assertThat(t.render(Map.of("i", item))).isEqualTo("pen 3 pen!");
            assertThat(t.render(Map.of("i", item))).isEqualTo("pen 3 pen!");
        }
    }
}
