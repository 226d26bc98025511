package dev.quintet.benchmarks.templates;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every engine of the benchmark, by name, in report order. */
final class TemplateEngines {
    private TemplateEngines() {
    }

    static Map<String, PeerEngines.Renderer> all() {
        Map<String, PeerEngines.Renderer> engines = new LinkedHashMap<>();
        engines.put("pebble", PeerEngines.pebble());
        engines.put("freemarker", PeerEngines.freemarker());
        engines.put("thymeleaf", PeerEngines.thymeleaf());
        engines.put("jte", PeerEngines.jte());
        return engines;
    }

    static PeerEngines.Renderer named(String name) {
        PeerEngines.Renderer renderer = all().get(name);
        if (renderer == null) {
            throw new IllegalArgumentException("unknown engine " + name);
        }
        return renderer;
    }
}
