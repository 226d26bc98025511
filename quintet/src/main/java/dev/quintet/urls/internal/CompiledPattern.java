package dev.quintet.urls.internal;

import dev.quintet.urls.Converter;
import java.util.List;
import java.util.Map;

/**
 * A route or regex compiled for matching: Django's {@code RoutePattern}/{@code RegexPattern}
 * after {@code _compile}. Endpoints must consume the whole path; include prefixes match a prefix.
 */
public abstract sealed class CompiledPattern permits LiteralMatcher, SegmentMatcher, RegexMatcher {
    private final String text;
    private final String sourceRegex;
    private final Map<String, Converter> converters;
    private final String literalPrefix;
    private final boolean fullyLiteral;

    CompiledPattern(String text, String sourceRegex, Map<String, Converter> converters,
                    String literalPrefix, boolean fullyLiteral) {
        this.text = text;
        this.sourceRegex = sourceRegex;
        this.converters = converters;
        this.literalPrefix = literalPrefix;
        this.fullyLiteral = fullyLiteral;
    }

    /** Matches at {@code from}; {@code null} when the pattern does not match (or a converter rejected). */
    public abstract Captured match(String path, int from);

    /** The route or regex as written. */
    public String text() {
        return text;
    }

    /** The pattern as a Python-style regex, as Django's {@code pattern.regex.pattern}. */
    public String sourceRegex() {
        return sourceRegex;
    }

    /** The converters of the route's placeholders by parameter name (empty for regexes). */
    public Map<String, Converter> converters() {
        return converters;
    }

    /** Text every matching path must start with (at the match position); may be empty. */
    public String literalPrefix() {
        return literalPrefix;
    }

    /** True when the pattern matches exactly {@link #literalPrefix()} and nothing else (an endpoint without placeholders). */
    public boolean fullyLiteral() {
        return fullyLiteral;
    }

    /** Django's index entry shape, for the segment index: whole {@code /}-terminated segments of the literal prefix. */
    List<String> literalSegments() {
        List<String> segments = new java.util.ArrayList<>();
        int start = 0;
        int slash;
        while ((slash = literalPrefix.indexOf('/', start)) >= 0) {
            segments.add(literalPrefix.substring(start, slash + 1));
            start = slash + 1;
        }
        return segments;
    }

    /** For a fully literal endpoint: the text after the last {@code /} that must end the path. */
    String terminal() {
        return fullyLiteral ? literalPrefix.substring(literalPrefix.lastIndexOf('/') + 1) : null;
    }
}
