package dev.quintet.template.library;

import java.time.ZoneId;

/**
 * What a filter may know of the render it runs in.
 *
 * <p>Kept small on purpose: filters are functions of their input, their argument and these few
 * facts, so they stay cheap and testable.
 */
public interface FilterContext {
    /** Whether autoescaping is on where the filter is applied. */
    boolean autoescape();

    /** The current time zone, for {@code date}, {@code time}, {@code timesince}. */
    ZoneId zone();

    /** What a missing variable renders as ({@code string_if_invalid}). */
    String stringIfInvalid();

    /**
     * Looks {@code path} (dotted, as in a template variable: {@code "author.name"}) up on
     * {@code value} with the template language's lookup rules; used by {@code dictsort} and
     * {@code regroup}. Returns {@code null} when nothing is found.
     */
    Object lookup(Object value, String path);
}
