package dev.quintet.urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolver node: Django's {@code URLResolver}. Its pattern matches a prefix of the path, and the
 * rest is resolved against {@link #patterns()}.
 *
 * @param pattern the prefix route or regex
 * @param patterns the included patterns
 * @param appName the application namespace, or {@code null}
 * @param namespace the instance namespace; defaults to {@code appName}
 * @param defaultKwargs extra keyword arguments passed to every view inside
 */
public record Include(PatternSpec pattern, List<UrlPattern> patterns, String appName, String namespace,
                      Map<String, Object> defaultKwargs) implements UrlPattern {
    public Include {
        if (pattern == null || patterns == null) {
            throw new InvalidUrlPattern("include() needs a pattern and a list of patterns (pattern " + pattern + ").");
        }
        if (appName != null && appName.isEmpty()) {
            appName = null;
        }
        if (namespace == null || namespace.isEmpty()) {
            namespace = appName;
        } else if (appName == null) {
            throw new InvalidUrlPattern("Specifying a namespace in include() without providing an app_name is"
                    + " not supported. Set the app name with include(patterns, appName, namespace) (include '"
                    + pattern.text() + "', namespace '" + namespace + "').");
        }
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i) == null) {
                throw new InvalidUrlPattern("Your URL pattern list included by '" + pattern.text()
                        + "' has a null entry at index " + i + " (urls.E004).");
            }
        }
        patterns = Collections.unmodifiableList(new ArrayList<>(patterns));
        defaultKwargs = defaultKwargs == null || defaultKwargs.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(defaultKwargs));
    }

    @Override
    public String describe() {
        return "'" + pattern.text() + "'";
    }
}
