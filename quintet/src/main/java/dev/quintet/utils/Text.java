package dev.quintet.utils;

import dev.quintet.template.internal.filters.TextUtils;

/**
 * Text helpers of Django's {@code django.utils.text}, the same code the template filters run.
 *
 * <pre>{@code
 * post.slug = Text.slugify(post.title);   // "Virtual threads & JDBC!" -> "virtual-threads-jdbc"
 * }</pre>
 */
public final class Text {
    private Text() {
    }

    /**
     * Django's {@code slugify(value)}: accents folded to ASCII, other non-ASCII dropped, lower case, characters other
     * than letters, digits, underscores, hyphens and spaces removed, runs of spaces and hyphens made one hyphen,
     * leading and trailing hyphens and underscores stripped. The {@code slugify} template filter is the same function.
     */
    public static String slugify(String value) {
        return TextUtils.slugify(value);
    }
}
