package dev.quintet.template.loaders;

import dev.quintet.template.Engine;
import dev.quintet.template.Origin;
import dev.quintet.template.Template;
import dev.quintet.template.TemplateDoesNotExist;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wraps other loaders and keeps every compiled template (Django's cached loader). With
 * {@code checkChanges} (the engine turns it on in debug mode) a template whose source changed is
 * re-read on the next lookup, and misses are not remembered.
 */
public final class CachedLoader implements Loader {
    private final List<Loader> loaders;
    private final boolean checkChanges;
    private final ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();

    private record Entry(Template template, long version) {
    }

    public CachedLoader(List<Loader> loaders, boolean checkChanges) {
        this.loaders = List.copyOf(loaders);
        this.checkChanges = checkChanges;
    }

    public List<Loader> loaders() {
        return loaders;
    }

    @Override
    public List<Origin> sources(String templateName) {
        List<Origin> out = new ArrayList<>();
        for (Loader l : loaders) {
            out.addAll(l.sources(templateName));
        }
        return out;
    }

    @Override
    public String contents(Origin origin) {
        return origin.loader().contents(origin);
    }

    @Override
    public long version(Origin origin) {
        return origin.loader() == null || origin.loader() == this ? 0 : origin.loader().version(origin);
    }

    @Override
    public List<String> templateNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Loader l : loaders) {
            names.addAll(l.templateNames());
        }
        return new ArrayList<>(names);
    }

    @Override
    public void reset() {
        cache.clear();
        loaders.forEach(Loader::reset);
    }

    private static String key(String templateName, Collection<Origin> skip) {
        if (skip == null || skip.isEmpty()) {
            return templateName;
        }
        StringBuilder sb = new StringBuilder(templateName);
        for (Origin o : skip) {
            if (templateName.equals(o.templateName())) {
                sb.append('\0').append(o.name());
            }
        }
        return sb.toString();
    }

    @Override
    public Template getTemplate(String templateName, Collection<Origin> skip, Engine engine) {
        String key = key(templateName, skip);
        Object cached = cache.get(key);
        if (cached instanceof Entry e) {
            if (!checkChanges || version(e.template().origin()) == e.version()) {
                return e.template();
            }
        } else if (cached instanceof TemplateDoesNotExist miss) {
            throw new TemplateDoesNotExist(miss.name(), miss.tried());
        }
        Template t;
        try {
            t = Loader.super.getTemplate(templateName, skip, engine);
        } catch (TemplateDoesNotExist miss) {
            if (!checkChanges) {
                cache.put(key, miss);
            }
            throw miss;
        }
        long version = checkChanges ? version(t.origin()) : 0;
        cache.put(key, new Entry(t, version));
        return t;
    }

    @Override
    public String toString() {
        return "CachedLoader" + loaders;
    }
}
