package dev.quintet.template.loaders;

import dev.quintet.template.Origin;
import dev.quintet.template.TemplateDoesNotExist;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads templates from the {@code templates/} folder of each application on the classpath
 * (Django's app-directories loader). Applications are given explicitly as package paths, e.g.
 * {@code "com/example/blog"} (or {@code "com.example.blog"}): the loader looks for
 * {@code com/example/blog/templates/NAME}; the empty string means the classpath root
 * ({@code templates/NAME}). Nothing is scanned.
 */
public final class ClasspathLoader implements Loader {
    private final ClassLoader classLoader;
    private final List<String> prefixes;

    public ClasspathLoader(ClassLoader classLoader, List<String> apps) {
        this.classLoader = classLoader;
        List<String> p = new ArrayList<>();
        for (String app : apps) {
            String path = app.replace('.', '/');
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            p.add(path.isEmpty() ? "templates/" : path + "/templates/");
        }
        this.prefixes = List.copyOf(p);
    }

    /** The resource folders searched, in order. */
    public List<String> folders() {
        return prefixes;
    }

    @Override
    public List<Origin> sources(String templateName) {
        List<Origin> out = new ArrayList<>();
        String name = templateName.startsWith("/") ? templateName.substring(1) : templateName;
        if (name.isEmpty() || name.contains("..") || name.contains("\\")) {
            return out;
        }
        for (String prefix : prefixes) {
            out.add(new Origin("classpath:" + prefix + name, templateName, this));
        }
        return out;
    }

    private String resourcePath(Origin origin) {
        return origin.name().substring("classpath:".length());
    }

    @Override
    public String contents(Origin origin) {
        URL url = classLoader.getResource(resourcePath(origin));
        if (url == null) {
            throw new TemplateDoesNotExist(origin.name());
        }
        try {
            URLConnection c = url.openConnection();
            c.setUseCaches(false);
            try (InputStream in = c.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new TemplateDoesNotExist(origin.name());
        }
    }

    @Override
    public long version(Origin origin) {
        URL url = classLoader.getResource(resourcePath(origin));
        if (url == null) {
            return -1;
        }
        if ("file".equals(url.getProtocol())) {
            try {
                Path p = Path.of(url.toURI());
                return Files.getLastModifiedTime(p).toMillis() ^ Files.size(p);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return -1;
            }
        }
        return 0;
    }

    @Override
    public List<String> templateNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String prefix : prefixes) {
            String folder = prefix.substring(0, prefix.length() - 1);
            try {
                Enumeration<URL> roots = classLoader.getResources(folder);
                while (roots.hasMoreElements()) {
                    list(roots.nextElement(), prefix, names);
                }
            } catch (IOException e) {
                // nothing to list
            }
        }
        return new ArrayList<>(names);
    }

    private static void list(URL root, String prefix, Set<String> names) throws IOException {
        if ("file".equals(root.getProtocol())) {
            try {
                Path dir = Path.of(root.toURI());
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).sorted()
                            .forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
                }
            } catch (URISyntaxException e) {
                // not a path
            }
        } else if ("jar".equals(root.getProtocol())) {
            URLConnection c = root.openConnection();
            if (c instanceof JarURLConnection jc) {
                jc.setUseCaches(false);
                try (JarFile jar = jc.getJarFile()) {
                    List<String> found = new ArrayList<>();
                    for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                        JarEntry e = en.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                            found.add(e.getName().substring(prefix.length()));
                        }
                    }
                    found.sort(null);
                    names.addAll(found);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "ClasspathLoader" + prefixes;
    }
}
