package dev.quintet.urls;

/**
 * One entry of a URLconf: a {@link Route} to a view or an {@link Include} of more patterns under a
 * prefix. Immutable; build them with the factories of {@link Urls}.
 */
public sealed interface UrlPattern permits Route, Include {
    /** What the entry matches. */
    PatternSpec pattern();

    /** Django's {@code describe()}: {@code 'route' [name='x']}, as listed on the DEBUG 404 page. */
    String describe();
}
