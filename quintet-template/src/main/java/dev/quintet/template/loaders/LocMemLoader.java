package dev.quintet.template.loaders;

import dev.quintet.template.Origin;
import dev.quintet.template.TemplateDoesNotExist;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Templates held in memory, by name (Django's locmem loader); handy in tests. */
public final class LocMemLoader implements Loader {
    private final Map<String, String> templates = new ConcurrentHashMap<>();
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();

    public LocMemLoader() {
    }

    public LocMemLoader(Map<String, String> templates) {
        templates.forEach(this::put);
    }

    /** Adds or replaces a template. */
    public LocMemLoader put(String name, String source) {
        templates.put(name, source);
        versions.put(name, counter.incrementAndGet());
        return this;
    }

    /** Removes a template. */
    public LocMemLoader remove(String name) {
        templates.remove(name);
        versions.put(name, counter.incrementAndGet());
        return this;
    }

    @Override
    public List<Origin> sources(String templateName) {
        return List.of(new Origin(templateName, templateName, this));
    }

    @Override
    public String contents(Origin origin) {
        String s = templates.get(origin.name());
        if (s == null) {
            throw new TemplateDoesNotExist(origin.name());
        }
        return s;
    }

    @Override
    public long version(Origin origin) {
        return versions.getOrDefault(origin.name(), 0L);
    }

    @Override
    public List<String> templateNames() {
        List<String> names = new ArrayList<>(templates.keySet());
        names.sort(null);
        return names;
    }

    @Override
    public String toString() {
        return "LocMemLoader" + templates.keySet();
    }
}
