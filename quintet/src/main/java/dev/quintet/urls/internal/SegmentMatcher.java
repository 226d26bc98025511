package dev.quintet.urls.internal;

import dev.quintet.urls.Converter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A route whose placeholders all use built-in converters, each followed by a literal the converter
 * cannot match (or ending the route): matched left to right without a regex. The result is the
 * one the route's regex would give, because no converter run could backtrack. {@code <path:...>}
 * is allowed only as the last placeholder of an endpoint.
 */
final class SegmentMatcher extends CompiledPattern {
    private final String[] literals;
    private final BuiltinConverter[] kinds;
    private final String[] names;
    private final boolean endpoint;

    private SegmentMatcher(String route, String sourceRegex, Map<String, Converter> converters,
                           String[] literals, BuiltinConverter[] kinds, String[] names, boolean endpoint) {
        super(route, sourceRegex, converters, literals[0], false);
        this.literals = literals;
        this.kinds = kinds;
        this.names = names;
        this.endpoint = endpoint;
    }

    /** The matcher for {@code parsed}, or {@code null} when the route needs its regex. */
    static SegmentMatcher tryCreate(String route, String sourceRegex, Map<String, Converter> converters,
                                    RouteParser.Parsed parsed, boolean endpoint) {
        int n = parsed.params().size();
        BuiltinConverter[] kinds = new BuiltinConverter[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            String name = parsed.params().get(i).name();
            if (!(converters.get(name) instanceof BuiltinConverter kind)) {
                return null;
            }
            String next = parsed.literals().get(i + 1);
            boolean last = i == n - 1;
            if (kind == BuiltinConverter.PATH && !(last && endpoint)) {
                return null;
            }
            if (kind != BuiltinConverter.UUID_ && kind != BuiltinConverter.PATH) {
                boolean bounded = next.isEmpty() ? last : !kind.accepts(next.charAt(0));
                if (!bounded) {
                    return null;
                }
            }
            kinds[i] = kind;
            names[i] = name;
        }
        return new SegmentMatcher(route, sourceRegex, converters,
                parsed.literals().toArray(String[]::new), kinds, names, endpoint);
    }

    @Override
    public Captured match(String path, int from) {
        int n = kinds.length;
        int[] spans = new int[2 * n];
        int pos = from;
        int length = path.length();
        if (!path.startsWith(literals[0], pos)) {
            return null;
        }
        pos += literals[0].length();
        for (int i = 0; i < n; i++) {
            BuiltinConverter kind = kinds[i];
            String next = literals[i + 1];
            int start = pos;
            if (kind == BuiltinConverter.UUID_) {
                if (!BuiltinConverter.uuidAt(path, pos)) {
                    return null;
                }
                pos += 36;
            } else if (kind == BuiltinConverter.PATH) {
                int stop = length - next.length();
                if (stop <= pos || !path.endsWith(next) || path.indexOf('\n', pos) >= 0 && path.indexOf('\n', pos) < stop) {
                    return null;
                }
                pos = stop;
            } else {
                while (pos < length && kind.accepts(path.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    return null;
                }
            }
            if (!path.startsWith(next, pos)) {
                return null;
            }
            spans[2 * i] = start;
            spans[2 * i + 1] = pos;
            pos += next.length();
        }
        if (endpoint && pos != length) {
            return null;
        }
        Map<String, Object> kwargs = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            try {
                kwargs.put(names[i], kinds[i].toJava(path.substring(spans[2 * i], spans[2 * i + 1])));
            } catch (IllegalArgumentException rejected) {
                return null;
            }
        }
        return new Captured(pos, List.of(), kwargs);
    }
}
