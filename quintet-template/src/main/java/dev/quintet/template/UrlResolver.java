package dev.quintet.template;

import java.util.List;
import java.util.Map;

/**
 * What {@code {% url %}} calls to reverse a view name into a path: Django's {@code reverse()}.
 * The web module supplies one; throw {@link NoReverseMatch} when nothing matches.
 */
@FunctionalInterface
public interface UrlResolver {
    /**
     * @param viewName the (possibly namespaced) view name, e.g. {@code "blog:detail"}
     * @param args the positional arguments, resolved
     * @param kwargs the keyword arguments, resolved
     * @param currentApp the current application namespace from the request, or null
     */
    String reverse(String viewName, List<Object> args, Map<String, Object> kwargs, String currentApp);

    /** No URL pattern matches: {@code {% url %}} re-raises it unless used as {@code {% url ... as var %}}. */
    class NoReverseMatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoReverseMatch(String message) {
            super(message);
        }
    }
}
