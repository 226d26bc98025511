package dev.quintet.contrib.staticfiles;

import dev.quintet.apps.App;
import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.StaticSettings;
import dev.quintet.contrib.staticfiles.internal.SafePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where static files are found: Django's {@code FileSystemFinder} ({@code STATICFILES_DIRS}, in
 * order) then {@code AppDirectoriesFinder} (each installed app's {@code <classpath root>/static/}
 * folder, in {@code INSTALLED_APPS} order, from a directory or a jar). The first root holding a
 * name wins.
 *
 * <pre>{@code
 * StaticFinders finders = StaticFinders.of(settings.staticFiles(), settings.installedApps());
 * Optional<Path> css = finders.find("blog/app.css");
 * }</pre>
 */
public final class StaticFinders {
    private final List<Path> roots;

    private StaticFinders(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Finders over {@code STATICFILES_DIRS} and the apps' {@code static/} folders. */
    public static StaticFinders of(StaticSettings settings, List<App> apps) {
        List<Path> roots = new ArrayList<>(settings.dirs());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = StaticFinders.class.getClassLoader();
        }
        for (App app : apps) {
            String folder = (app.classpathRoot().isEmpty() ? "" : app.classpathRoot() + "/") + "static";
            URL url = loader.getResource(folder);
            if (url != null) {
                roots.add(toPath(url, folder));
            }
        }
        return new StaticFinders(roots);
    }

    /** Finders over the given directories only. */
    public static StaticFinders ofDirs(List<Path> dirs) {
        return new StaticFinders(dirs);
    }

    /** The roots searched, in order. */
    public List<Path> roots() {
        return roots;
    }

    /** The file for {@code name} in the first root that has it; empty for unknown or unsafe names. */
    public Optional<Path> find(String name) {
        for (Path root : roots) {
            Path file = SafePaths.resolve(root, name);
            if (file != null && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Every file, by relative name ({@code /}-separated), the first root winning for a duplicate name. */
    public Map<String, Path> list() {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                    StringBuilder name = new StringBuilder();
                    for (Path part : root.relativize(file)) {
                        if (!name.isEmpty()) {
                            name.append('/');
                        }
                        name.append(part.toString());
                    }
                    files.putIfAbsent(name.toString(), file);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list static files under " + root, e);
            }
        }
        return files;
    }

    private static Path toPath(URL url, String folder) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(folder);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw new ImproperlyConfigured("Cannot open the static folder " + url + ": " + e.getMessage(), e);
        }
    }
}
