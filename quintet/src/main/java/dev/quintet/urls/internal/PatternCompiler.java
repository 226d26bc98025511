package dev.quintet.urls.internal;

import dev.quintet.urls.Converter;
import dev.quintet.urls.Converters;
import dev.quintet.urls.InvalidUrlPattern;
import dev.quintet.urls.PatternSpec;
import dev.quintet.urls.RegexPattern;
import dev.quintet.urls.RoutePattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chooses and builds the matcher for one pattern: a string comparison for literal routes, the
 * segment matcher for routes of built-in converters, the regex otherwise.
 */
public final class PatternCompiler {
    private PatternCompiler() {
    }

    /** Compiles {@code spec}; {@code endpoint} for a route to a view, false for an include prefix. */
    public static CompiledPattern compile(PatternSpec spec, boolean endpoint, Converters registry) {
        return switch (spec) {
            case RoutePattern route -> compileRoute(route.route(), endpoint, registry);
            case RegexPattern regex -> compileRegex(regex.regex(), endpoint);
        };
    }

    /** Django's {@code _route_to_regex}: the route as a Python-style regex, with its converters. */
    public static String routeRegex(RouteParser.Parsed parsed, Map<String, Converter> converters, boolean endpoint) {
        StringBuilder sb = new StringBuilder("^");
        for (int i = 0; i < parsed.params().size(); i++) {
            String name = parsed.params().get(i).name();
            sb.append(RouteParser.escapeRegex(parsed.literals().get(i)));
            sb.append("(?P<").append(name).append('>').append(converters.get(name).regex()).append(')');
        }
        sb.append(RouteParser.escapeRegex(parsed.literals().getLast()));
        if (endpoint) {
            sb.append("\\Z");
        }
        return sb.toString();
    }

    /** The converters a route uses, by parameter name; throws naming the route on an unknown one. */
    public static Map<String, Converter> converters(String route, RouteParser.Parsed parsed, Converters registry) {
        Map<String, Converter> converters = new LinkedHashMap<>();
        for (RouteParser.Param p : parsed.params()) {
            Converter c = registry.get(p.converter());
            if (c == null) {
                throw new InvalidUrlPattern("URL route '" + route + "' uses invalid converter '" + p.converter()
                        + "' (known converters: " + String.join(", ", registry.names()) + ").");
            }
            converters.put(p.name(), c);
        }
        return Collections.unmodifiableMap(converters);
    }

    private static CompiledPattern compileRoute(String route, boolean endpoint, Converters registry) {
        RouteParser.Parsed parsed = RouteParser.parse(route);
        Map<String, Converter> converters = converters(route, parsed, registry);
        String source = routeRegex(parsed, converters, endpoint);
        if (parsed.params().isEmpty()) {
            return new LiteralMatcher(route, endpoint, source);
        }
        SegmentMatcher segments = SegmentMatcher.tryCreate(route, source, converters, parsed, endpoint);
        if (segments != null) {
            return segments;
        }
        return new RegexMatcher(route, source, converters, parsed.literalPrefix(),
                RegexTranslator.compile(source), false, true);
    }

    private static CompiledPattern compileRegex(String regex, boolean endpoint) {
        boolean fullMatch = endpoint && regex.endsWith("$");
        return new RegexMatcher(regex, regex, Map.of(), literalPrefix(regex), RegexTranslator.compile(regex),
                fullMatch, false);
    }

    /**
     * The literal text an anchored regex must start with: characters after {@code ^} up to the first
     * construct that is not a plain character; nothing for unanchored regexes or alternations.
     */
    static String literalPrefix(String regex) {
        if (!regex.startsWith("^") || regex.indexOf('|') >= 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int i = 1;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if ("*+?{".indexOf(c) >= 0) {
                if (!sb.isEmpty()) {
                    sb.setLength(sb.length() - 1); // the quantified character is optional or repeated
                }
                break;
            }
            if (".^$()[]|".indexOf(c) >= 0) {
                break;
            }
            if (c == '\\') {
                if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    break;
                }
                sb.append(regex.charAt(i + 1));
                i += 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
