package dev.quintet.template.internal.filters;

import dev.quintet.template.internal.Py;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code pprint.pformat(value)} (width 80, indent 1, dicts sorted by key) for the
 * {@code pprint} filter: {@code repr} when it fits, else dicts, lists, sets and long strings are
 * broken over lines the way Python's {@code PrettyPrinter} breaks them.
 */
final class PPrint {
    private PPrint() {
    }

    private static final int WIDTH = 80;
    private static final Pattern STR_PARTS = Pattern.compile(PyOps.NON_SPACE + "*" + PyOps.SPACE + "*");

    static String pformat(Object value) {
        StringBuilder out = new StringBuilder();
        format(value, out, 0, 0, 0);
        return out.toString();
    }

    /** {@code _safe_repr}: {@code repr} with dict keys sorted. */
    static String repr(Object value) {
        if (value instanceof Map<?, ?> m) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : sortedItems(m)) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return out.append('}').toString();
        }
        if (value instanceof Set<?> s) {
            if (s.isEmpty()) {
                return "set()";
            }
            List<String> items = new ArrayList<>();
            for (Object o : s) {
                items.add(repr(o));
            }
            return "{" + String.join(", ", items) + "}";
        }
        List<Object> seq = value instanceof Collection<?> c ? new ArrayList<>(c) : PyOps.asSequence(value);
        if (seq != null) {
            List<String> items = new ArrayList<>();
            for (Object o : seq) {
                items.add(repr(o));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return Py.repr(value);
    }

    private static List<Map.Entry<?, ?>> sortedItems(Map<?, ?> m) {
        List<Map.Entry<?, ?>> items = new ArrayList<>(m.entrySet());
        try {
            items.sort((a, b) -> PyOps.compare(a.getKey(), b.getKey()));
        } catch (PyErr e) {
            // unorderable keys: Python falls back to ordering by type name
            items.sort((a, b) -> PyOps.typeName(a.getKey()).compareTo(PyOps.typeName(b.getKey())));
        }
        return items;
    }

    private static void format(Object object, StringBuilder out, int indent, int allowance, int level) {
        String rep = repr(object);
        int maxWidth = WIDTH - indent - allowance;
        if (PyOps.cpLen(rep) > maxWidth) {
            if (object instanceof Map<?, ?> m) {
                out.append('{');
                if (!m.isEmpty()) {
                    formatDictItems(sortedItems(m), out, indent, allowance + 1, level + 1);
                }
                out.append('}');
                return;
            }
            if (object instanceof Set<?> s) {
                out.append('{');
                formatItems(new ArrayList<>(s), out, indent, allowance + 1, level + 1);
                out.append('}');
                return;
            }
            List<Object> seq = object instanceof Collection<?> c ? new ArrayList<>(c) : PyOps.asSequence(object);
            if (seq != null) {
                out.append('[');
                formatItems(seq, out, indent, allowance + 1, level + 1);
                out.append(']');
                return;
            }
            if (object instanceof CharSequence cs) {
                formatStr(cs.toString(), out, indent, allowance, level + 1);
                return;
            }
        }
        out.append(rep);
    }

    private static void formatDictItems(List<Map.Entry<?, ?>> items, StringBuilder out, int indent, int allowance,
                                        int level) {
        indent += 1;
        String delimnl = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String rep = repr(items.get(i).getKey());
            out.append(rep).append(": ");
            format(items.get(i).getValue(), out, indent + PyOps.cpLen(rep) + 2, last ? allowance : 1, level);
            if (!last) {
                out.append(delimnl);
            }
        }
    }

    private static void formatItems(List<Object> items, StringBuilder out, int indent, int allowance, int level) {
        indent += 1;
        String delimnl = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            if (i > 0) {
                out.append(delimnl);
            }
            format(items.get(i), out, indent, last ? allowance : 1, level);
        }
    }

    /** {@code str.splitlines(True)}: the lines with their line ends. */
    private static List<String> splitlinesKeep(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                    || c == 0x85 || c == 0x2028 || c == 0x2029) {
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                out.add(s.substring(start, i));
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static void formatStr(String object, StringBuilder out, int indent, int allowance, int level) {
        if (object.isEmpty()) {
            out.append(Py.repr(object));
            return;
        }
        List<String> chunks = new ArrayList<>();
        List<String> lines = splitlinesKeep(object);
        if (level == 1) {
            indent += 1;
            allowance += 1;
        }
        int maxWidth = WIDTH - indent;
        int maxWidth1 = maxWidth;
        String rep = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            rep = Py.repr(line);
            if (i == lines.size() - 1) {
                maxWidth1 -= allowance;
            }
            if (PyOps.cpLen(rep) <= maxWidth1) {
                chunks.add(rep);
            } else {
                List<String> parts = new ArrayList<>();
                Matcher m = STR_PARTS.matcher(line);
                while (m.find()) {
                    if (!m.group().isEmpty()) {
                        parts.add(m.group());
                    }
                }
                int maxWidth2 = maxWidth;
                String current = "";
                for (int j = 0; j < parts.size(); j++) {
                    String candidate = current + parts.get(j);
                    if (j == parts.size() - 1 && i == lines.size() - 1) {
                        maxWidth2 -= allowance;
                    }
                    if (PyOps.cpLen(Py.repr(candidate)) > maxWidth2) {
                        if (!current.isEmpty()) {
                            chunks.add(Py.repr(current));
                        }
                        current = parts.get(j);
                    } else {
                        current = candidate;
                    }
                }
                if (!current.isEmpty()) {
                    chunks.add(Py.repr(current));
                }
            }
        }
        if (chunks.size() == 1) {
            out.append(rep);
            return;
        }
        if (level == 1) {
            out.append('(');
        }
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) {
                out.append('\n').append(" ".repeat(indent));
            }
            out.append(chunks.get(i));
        }
        if (level == 1) {
            out.append(')');
        }
    }
}
