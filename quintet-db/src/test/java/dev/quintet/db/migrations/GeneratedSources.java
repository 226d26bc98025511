package dev.quintet.db.migrations;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Compiles the migrations makemigrations wrote into a temp source root and loads their indexes, as a build would. */
final class GeneratedSources {
    final Path root;
    private int round;

    GeneratedSources() throws IOException {
        this.root = Files.createTempDirectory("quintet-migrations-src");
    }

    /** Compiles every source under the root (fresh output folder) and returns a loader for the classes. */
    ClassLoader compile() throws IOException {
        return compile(true);
    }

    /**
     * Compiles every source under the root; without the test classes on the class path when {@code withTestClasses}
     * is false, which proves that the sources name none of the test models.
     */
    ClassLoader compile(boolean withTestClasses) throws IOException {
        Path out = root.resolveSibling(root.getFileName() + "-classes-" + (round++));
        Files.createDirectories(out);
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
        }
        if (files.isEmpty()) {
            return getClass().getClassLoader();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if (!withTestClasses) {
            cp = String.join(java.io.File.pathSeparator, Stream.of(cp.split(java.io.File.pathSeparator))
                    .filter(e -> !e.replace('\\', '/').endsWith("/test-classes") && !e.replace('\\', '/').endsWith("/test-classes/")).toList());
        }
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", cp, "-proc:none", "-Xlint:all", "-Werror"));
        args.addAll(files);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(String[]::new));
        if (rc != 0) {
            throw new AssertionError("Generated migrations do not compile:\n" + err);
        }
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    }

    /** The index of an app's migrations package, or none when nothing was written yet. */
    static MigrationIndex index(ClassLoader loader, String pkg) {
        try {
            return (MigrationIndex) Class.forName(pkg + ".Migrations", true, loader).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return MigrationIndex.none();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    String read(String pkg, String className) {
        try {
            return Files.readString(root.resolve(pkg.replace('.', '/')).resolve(className + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
