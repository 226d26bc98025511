package dev.quintet.urls;

/**
 * The text a URL pattern matches with: a {@code path()} route or a {@code rePath()} regular
 * expression. Both validate their syntax when created; converters are looked up when the
 * {@link UrlConf} is built.
 */
public sealed interface PatternSpec permits RoutePattern, RegexPattern {
    /** The route or regular expression as written ({@code str(pattern)} in Django). */
    String text();
}
