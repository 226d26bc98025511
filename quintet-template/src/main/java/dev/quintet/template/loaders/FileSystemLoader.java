package dev.quintet.template.loaders;

import dev.quintet.template.Origin;
import dev.quintet.template.TemplateDoesNotExist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Loads templates from directories on disk, in order (Django's filesystem loader). */
public final class FileSystemLoader implements Loader {
    private final List<Path> dirs;

    public FileSystemLoader(List<Path> dirs) {
        this.dirs = dirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    public List<Path> dirs() {
        return dirs;
    }

    @Override
    public List<Origin> sources(String templateName) {
        List<Origin> out = new ArrayList<>();
        for (Path dir : dirs) {
            Path p = safeJoin(dir, templateName);
            if (p != null) {
                out.add(new Origin(p.toString(), templateName, this));
            }
        }
        return out;
    }

    /** The path of {@code name} under {@code dir}, or null when it would be outside it. */
    static Path safeJoin(Path dir, String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return null;
        }
        try {
            Path p = dir.resolve(name.startsWith("/") ? name.substring(1) : name).normalize();
            return p.startsWith(dir) && !p.equals(dir) ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String contents(Origin origin) {
        Path p = Path.of(origin.name());
        try {
            if (!Files.isRegularFile(p)) {
                throw new TemplateDoesNotExist(origin.name());
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateDoesNotExist(origin.name());
        }
    }

    @Override
    public long version(Origin origin) {
        try {
            return Files.getLastModifiedTime(Path.of(origin.name())).toMillis() ^ Files.size(Path.of(origin.name()));
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public List<String> templateNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted()
                        .forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
            } catch (IOException e) {
                // unreadable directory: nothing to list
            }
        }
        return new ArrayList<>(names);
    }

    @Override
    public String toString() {
        return "FileSystemLoader" + dirs;
    }
}
