package dev.quintet.urls.internal;

import dev.quintet.urls.Converter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A pattern matched with its regex: every {@code rePath()}, and {@code path()} routes with custom
 * converters or converter runs that could backtrack. Python's {@code search} on the rest of the
 * path, or {@code fullmatch} for an endpoint regex ending in {@code $}, as Django.
 */
final class RegexMatcher extends CompiledPattern {
    private final RegexTranslator.Compiled regex;
    private final boolean fullMatch;
    private final boolean route;
    private final boolean named;

    RegexMatcher(String text, String sourceRegex, Map<String, Converter> converters, String literalPrefix,
                 RegexTranslator.Compiled regex, boolean fullMatch, boolean route) {
        super(text, sourceRegex, converters, literalPrefix, false);
        this.regex = regex;
        this.fullMatch = fullMatch;
        this.route = route;
        this.named = regex.hasNamedGroups();
    }

    @Override
    public Captured match(String path, int from) {
        Matcher m = regex.pattern().matcher(path);
        m.region(from, path.length());
        if (!(fullMatch ? m.matches() : m.find())) {
            return null;
        }
        List<String> groupNames = regex.groupNames();
        int groups = m.groupCount();
        if (route) {
            Map<String, Object> kwargs = new LinkedHashMap<>();
            for (int g = 1; g <= groups; g++) {
                Converter converter = groupNames.get(g) == null ? null : converters().get(groupNames.get(g));
                if (converter != null) {
                    try {
                        kwargs.put(groupNames.get(g), converter.toJava(m.group(g)));
                    } catch (IllegalArgumentException rejected) {
                        return null;
                    }
                }
            }
            return new Captured(m.end(), List.of(), kwargs);
        }
        if (named) {
            Map<String, Object> kwargs = new LinkedHashMap<>();
            for (int g = 1; g <= groups; g++) {
                String value = m.group(g);
                if (groupNames.get(g) != null && value != null) {
                    kwargs.put(groupNames.get(g), value);
                }
            }
            return new Captured(m.end(), List.of(), kwargs);
        }
        List<Object> args = new ArrayList<>(groups);
        for (int g = 1; g <= groups; g++) {
            args.add(m.group(g));
        }
        return new Captured(m.end(), Collections.unmodifiableList(args), Map.of());
    }
}
