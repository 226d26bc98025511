package dev.quintet.urls;

import dev.quintet.http.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What URL resolution found for a path: the view, its converted arguments and the pattern's
 * names. Immutable; set on the request as {@code request.resolverMatch()}.
 *
 * @param view the view to call
 * @param args positional arguments (from unnamed regex groups); an unmatched optional group gives {@code null}
 * @param kwargs keyword arguments, converted by their converters
 * @param urlName the pattern's name, or {@code null}
 * @param appNames the application namespaces, outermost first
 * @param namespaces the instance namespaces, outermost first
 * @param route the route that matched, the included prefixes joined
 */
public record ResolverMatch(View view, List<Object> args, Kwargs kwargs, String urlName,
                            List<String> appNames, List<String> namespaces, String route) {

    public ResolverMatch {
        args = args.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        appNames = List.copyOf(appNames);
        namespaces = List.copyOf(namespaces);
    }

    /** The application namespaces joined with {@code :} ({@code "admin:blog"}), or "". */
    public String appName() {
        return String.join(":", appNames);
    }

    /** The instance namespaces joined with {@code :}, or "". */
    public String namespace() {
        return String.join(":", namespaces);
    }

    /** {@code namespace:urlName}, as used by {@code reverse()}; {@code null} for an unnamed pattern. */
    public String viewName() {
        if (urlName == null) {
            return null;
        }
        return namespaces.isEmpty() ? urlName : namespace() + ":" + urlName;
    }
}
