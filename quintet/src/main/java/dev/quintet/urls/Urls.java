package dev.quintet.urls;

import dev.quintet.http.View;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The URLconf vocabulary: Django's {@code path()}, {@code re_path()} and {@code include()}.
 *
 * <pre>{@code
 * import static dev.quintet.urls.Urls.*;
 *
 * List<UrlPattern> blog = List.of(
 *         path("", BlogViews::index, "index"),
 *         path("<int:pk>/", BlogViews::detail, "detail"),
 *         rePath("^archive/(?P<year>[0-9]{4})/$", BlogViews::archive, "archive"));
 * List<UrlPattern> root = List.of(
 *         path("blog/", include(blog, "blog")),                      // app namespace "blog"
 *         path("staff-blog/", include(blog, "blog", "staff-blog")),  // a second instance
 *         path("about/", Pages::about, "about", Map.of("template", "about.html")));
 * }</pre>
 */
public final class Urls {
    private Urls() {
    }

    /** An unnamed route to {@code view}. */
    public static Route path(String route, View view) {
        return new Route(new RoutePattern(route), view, null, Map.of());
    }

    /** A named route to {@code view}. */
    public static Route path(String route, View view, String name) {
        return new Route(new RoutePattern(route), view, name, Map.of());
    }

    /** An unnamed route passing {@code kwargs} to the view ({@code path(route, view, {"foo": "bar"})}). */
    public static Route path(String route, View view, Map<String, ?> kwargs) {
        return new Route(new RoutePattern(route), view, null, copy(kwargs));
    }

    /** A named route passing {@code kwargs} to the view besides the captured values. */
    public static Route path(String route, View view, String name, Map<String, ?> kwargs) {
        return new Route(new RoutePattern(route), view, name, copy(kwargs));
    }

    /** Patterns included under the prefix {@code route} ({@code path("blog/", include(...))}). */
    public static Include path(String route, Included included) {
        return path(route, included, Map.of());
    }

    /** Patterns included under {@code route}, passing {@code kwargs} to every view inside. */
    public static Include path(String route, Included included, Map<String, ?> kwargs) {
        return new Include(new RoutePattern(route), included.patterns(), included.appName(),
                included.namespace(), copy(kwargs));
    }

    /** An unnamed regular-expression route. */
    public static Route rePath(String regex, View view) {
        return new Route(new RegexPattern(regex), view, null, Map.of());
    }

    /** A named regular-expression route. */
    public static Route rePath(String regex, View view, String name) {
        return new Route(new RegexPattern(regex), view, name, Map.of());
    }

    /** An unnamed regular-expression route passing {@code kwargs} to the view. */
    public static Route rePath(String regex, View view, Map<String, ?> kwargs) {
        return new Route(new RegexPattern(regex), view, null, copy(kwargs));
    }

    /** A named regular-expression route passing {@code kwargs} to the view. */
    public static Route rePath(String regex, View view, String name, Map<String, ?> kwargs) {
        return new Route(new RegexPattern(regex), view, name, copy(kwargs));
    }

    /** Patterns included under a regular-expression prefix. */
    public static Include rePath(String regex, Included included) {
        return rePath(regex, included, Map.of());
    }

    /** Patterns included under a regular-expression prefix, passing {@code kwargs} to every view. */
    public static Include rePath(String regex, Included included, Map<String, ?> kwargs) {
        return new Include(new RegexPattern(regex), included.patterns(), included.appName(),
                included.namespace(), copy(kwargs));
    }

    /** Patterns to include, without a namespace. */
    public static Included include(List<UrlPattern> patterns) {
        return new Included(patterns, null, null);
    }

    /** Patterns to include under the application namespace {@code appName} (also the instance namespace). */
    public static Included include(List<UrlPattern> patterns, String appName) {
        return new Included(patterns, appName, null);
    }

    /** Patterns to include under application namespace {@code appName}, instance {@code namespace}. */
    public static Included include(List<UrlPattern> patterns, String appName, String namespace) {
        return new Included(patterns, appName, namespace);
    }

    /** Shorthand for {@code path(prefix, include(patterns))}. */
    public static Include include(String prefix, List<UrlPattern> patterns) {
        return path(prefix, include(patterns));
    }

    /** Shorthand for {@code path(prefix, include(patterns, appName))}. */
    public static Include include(String prefix, List<UrlPattern> patterns, String appName) {
        return path(prefix, include(patterns, appName));
    }

    /** Shorthand for {@code path(prefix, include(patterns, appName, namespace))}. */
    public static Include include(String prefix, List<UrlPattern> patterns, String appName, String namespace) {
        return path(prefix, include(patterns, appName, namespace));
    }

    /** A list of patterns, for readable URLconfs: {@code urlpatterns(path(...), path(...))}. */
    public static List<UrlPattern> urlpatterns(UrlPattern... patterns) {
        return List.copyOf(Arrays.asList(patterns));
    }

    private static Map<String, Object> copy(Map<String, ?> kwargs) {
        return kwargs == null ? Map.of() : new LinkedHashMap<>(kwargs);
    }
}
