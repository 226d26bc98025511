package dev.quintet.urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of {@link Urls#include(List, String, String)}: patterns with their application and
 * instance namespaces, waiting for a prefix ({@code path("blog/", include(...))}), like the tuple
 * Django's {@code include()} returns.
 *
 * @param patterns the patterns
 * @param appName the application namespace, or {@code null}
 * @param namespace the instance namespace, or {@code null} for the application's
 */
public record Included(List<UrlPattern> patterns, String appName, String namespace) {
    public Included {
        patterns = patterns == null ? null : Collections.unmodifiableList(new ArrayList<>(patterns));
    }
}
