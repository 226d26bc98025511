package dev.quintet.urls;

import dev.quintet.http.View;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An endpoint: Django's {@code URLPattern}. Matches the whole remaining path and names the view.
 *
 * @param pattern the route or regex
 * @param view the view to call
 * @param name the pattern's name for {@code reverse()}, or {@code null}
 * @param defaultKwargs extra keyword arguments passed to the view (Django's {@code kwargs}); they
 *     override captured values of the same name
 */
public record Route(PatternSpec pattern, View view, String name, Map<String, Object> defaultKwargs)
        implements UrlPattern {
    public Route {
        if (pattern == null || view == null) {
            throw new InvalidUrlPattern("A URL route needs a pattern and a view (pattern " + pattern + ").");
        }
        defaultKwargs = defaultKwargs == null || defaultKwargs.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(defaultKwargs));
    }

    @Override
    public String describe() {
        String d = "'" + pattern.text() + "'";
        return name == null || name.isEmpty() ? d : d + " [name='" + name + "']";
    }
}
