package dev.quintet.urls.internal;

import dev.quintet.http.internal.PyRepr;
import dev.quintet.urls.Converter;
import dev.quintet.urls.NoReverseMatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Django's {@code reverse()}: namespace resolution (application namespaces, the current
 * application, the default instance), then {@code _reverse_with_prefix} over the candidate
 * patterns, converters' {@code toUrl} applied and the result percent-quoted.
 */
public final class Reverser {
    private static final String SAFE = "!$&'()*+,;=/~:@_.-";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Node root;
    private final Map<String, List<Possibility>> namespacedCache = new ConcurrentHashMap<>();

    public Reverser(Node root) {
        this.root = root;
    }

    /** The URL (starting with {@code /}) for {@code viewName}; throws {@link NoReverseMatch}. */
    public String reverse(String viewName, List<?> args, Map<String, ?> kwargs, String currentApp) {
        if (!args.isEmpty() && !kwargs.isEmpty()) {
            throw new IllegalArgumentException("Don't mix *args and **kwargs in call to reverse()!");
        }
        String[] parts = viewName.split(":", -1);
        String view = parts[parts.length - 1];
        List<String> currentPath = null;
        if (currentApp != null && !currentApp.isEmpty()) {
            currentPath = new ArrayList<>(List.of(currentApp.split(":", -1)));
        }
        Node node = root;
        List<String> resolved = new ArrayList<>();
        StringBuilder nsPattern = new StringBuilder();
        Map<String, Converter> nsConverters = new LinkedHashMap<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String ns = parts[i];
            String currentNs = currentPath != null && !currentPath.isEmpty() ? currentPath.removeFirst() : null;
            ReverseTables tables = node.reverse();
            List<String> appList = tables.apps.get(ns);
            if (appList != null) {
                if (currentNs != null && !currentNs.isEmpty() && appList.contains(currentNs)) {
                    ns = currentNs;
                } else if (!appList.contains(ns)) {
                    ns = appList.getFirst();
                }
            }
            if (!ns.equals(currentNs)) {
                currentPath = null;
            }
            ReverseTables.NsEntry entry = tables.namespaces.get(ns);
            if (entry == null) {
                throw new NoReverseMatch(resolved.isEmpty()
                        ? PyRepr.of(ns) + " is not a registered namespace"
                        : PyRepr.of(ns) + " is not a registered namespace inside '" + String.join(":", resolved) + "'");
            }
            resolved.add(ns);
            nsPattern.append(entry.prefix());
            nsConverters.putAll(entry.converters());
            node = entry.node();
        }
        List<Possibility> possibilities = resolved.isEmpty()
                ? node.reverse().lookups.getOrDefault(view, List.of())
                : namespaced(String.join(":", resolved), view, node, nsPattern.toString(), nsConverters);
        String url = reverseWith(possibilities, args, kwargs);
        if (url != null) {
            return url;
        }
        throw new NoReverseMatch(message(view, possibilities, args, kwargs));
    }

    private List<Possibility> namespaced(String nsPath, String view, Node node, String nsPattern,
                                         Map<String, Converter> nsConverters) {
        return namespacedCache.computeIfAbsent(nsPath + '\u0000' + view, k -> {
            List<Possibility> out = new ArrayList<>();
            for (Possibility p : node.reverse().lookups.getOrDefault(view, List.of())) {
                out.add(new Possibility(nsPattern + p.pattern, p.defaults, ReverseTables.merge(nsConverters, p.converters)));
            }
            return List.copyOf(out);
        });
    }

    private static String reverseWith(List<Possibility> possibilities, List<?> args, Map<String, ?> kwargs) {
        for (Possibility p : possibilities) {
            for (Normalizer.Form form : p.forms()) {
                Map<String, ?> candidate;
                if (!args.isEmpty()) {
                    if (args.size() != form.params().size()) {
                        continue;
                    }
                    Map<String, Object> zipped = new HashMap<>();
                    for (int i = 0; i < args.size(); i++) {
                        zipped.put(form.params().get(i), args.get(i));
                    }
                    candidate = zipped;
                } else {
                    if (!kwargsFit(kwargs, form.params(), p.defaults)) {
                        continue;
                    }
                    candidate = kwargs;
                }
                Map<String, String> text = new HashMap<>();
                boolean ok = true;
                for (Map.Entry<String, ?> e : candidate.entrySet()) {
                    Converter converter = p.converters.get(e.getKey());
                    try {
                        text.put(e.getKey(), converter == null ? String.valueOf(e.getValue()) : converter.toUrl(e.getValue()));
                    } catch (IllegalArgumentException | ClassCastException rejected) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    continue;
                }
                String url = substitute(form, text);
                if (url != null && p.check().matcher(url).find()) {
                    return escapeLeadingSlashes(quote(url));
                }
            }
        }
        return null;
    }

    private static boolean kwargsFit(Map<String, ?> kwargs, List<String> params, Map<String, Object> defaults) {
        Set<String> difference = new HashSet<>(kwargs.keySet());
        difference.addAll(params);
        Set<String> both = new HashSet<>(kwargs.keySet());
        both.retainAll(params);
        difference.removeAll(both);
        difference.removeAll(defaults.keySet());
        if (!difference.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Object> d : defaults.entrySet()) {
            if (params.contains(d.getKey())) {
                continue;
            }
            Object given = kwargs.containsKey(d.getKey()) ? kwargs.get(d.getKey()) : d.getValue();
            if (!Objects.equals(given, d.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static String substitute(Normalizer.Form form, Map<String, String> text) {
        StringBuilder sb = new StringBuilder("/");
        for (Object piece : form.pieces()) {
            if (piece instanceof Normalizer.Slot slot) {
                String value = text.get(slot.name());
                if (value == null) {
                    return null;
                }
                sb.append(value);
            } else {
                sb.append((String) piece);
            }
        }
        return sb.toString();
    }

    /** Python's {@code quote(url, safe=RFC3986_SUBDELIMS + "/~:@")}: UTF-8 percent-encoding. */
    static String quote(String url) {
        StringBuilder sb = null;
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean safe = b < 128 && (Character.isLetterOrDigit(b) || SAFE.indexOf(b) >= 0);
            if (!safe && sb == null) {
                sb = new StringBuilder(bytes.length + 16).append(new String(bytes, 0, i, StandardCharsets.UTF_8));
            }
            if (sb != null) {
                if (safe) {
                    sb.append((char) b);
                } else {
                    sb.append('%').append(HEX[b >> 4]).append(HEX[b & 15]);
                }
            }
        }
        return sb == null ? url : sb.toString();
    }

    /** Django's {@code escape_leading_slashes}: never a scheme-relative URL. */
    static String escapeLeadingSlashes(String url) {
        return url.startsWith("//") ? "/%2F" + url.substring(2) : url;
    }

    private static String message(String view, List<Possibility> possibilities, List<?> args, Map<String, ?> kwargs) {
        if (possibilities.isEmpty()) {
            return "Reverse for '" + view + "' not found. '" + view + "' is not a valid view function or pattern name.";
        }
        String argMsg = !args.isEmpty() ? "arguments '" + PyRepr.tuple(args) + "'"
                : !kwargs.isEmpty() ? "keyword arguments '" + PyRepr.map(kwargs) + "'" : "no arguments";
        List<String> patterns = possibilities.stream().map(p -> p.pattern).toList();
        return "Reverse for '" + view + "' with " + argMsg + " not found. " + patterns.size()
                + " pattern(s) tried: " + PyRepr.list(patterns);
    }
}
