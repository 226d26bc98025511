package dev.quintet.urls.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code regex_helper.normalize}: the ways a URL regex can be written out for
 * {@code reverse()}, each a sequence of literal text and parameter slots with the parameters it
 * needs. Repetitions keep their minimum count (an optional group gives two forms, with and without
 * it), a character class gives its first character, {@code .}, {@code \d}, {@code \w} give a
 * representative, look-arounds are skipped, and a regex with {@code |} gives one empty form.
 */
public final class Normalizer {
    /** A parameter slot in a form. */
    public record Slot(String name) {
    }

    /**
     * One written-out form.
     *
     * @param pieces {@link String} literals and {@link Slot}s, in order
     * @param params the parameters this form takes, in order
     */
    public record Form(List<Object> pieces, List<String> params) {
    }

    /** A group of items, quantifiable as a whole. */
    private record Group(Slot slot, String param) {
    }

    private record NonCapture(List<Object> items) {
    }

    private record Choice(List<Object> options) {
    }

    private static final Object NOTHING = new Object();

    private Normalizer() {
    }

    /** The forms of {@code regex} (Python syntax). */
    public static List<Form> normalize(String regex) {
        Chars in = new Chars(regex);
        List<Object> result = new ArrayList<>();
        List<Integer> nonCapturing = new ArrayList<>();
        int positional = 0;
        if (!in.next()) {
            return List.of(new Form(List.of(), List.of()));
        }
        try {
            boolean consume = true;
            while (true) {
                char ch = in.ch;
                if (in.escaped) {
                    result.add(String.valueOf(ch));
                } else if (ch == '.') {
                    result.add(".");
                } else if (ch == '|') {
                    return List.of(new Form(List.of(), List.of()));
                } else if (ch == '^') {
                    // anchors write nothing
                } else if (ch == '$') {
                    break;
                } else if (ch == ')') {
                    int start = nonCapturing.removeLast();
                    List<Object> inner = new ArrayList<>(result.subList(start, result.size()));
                    result.subList(start, result.size()).clear();
                    result.add(new NonCapture(inner));
                } else if (ch == '[') {
                    in.require();
                    result.add(String.valueOf(in.ch));
                    in.require();
                    while (in.escaped || in.ch != ']') {
                        in.require();
                    }
                } else if (ch == '(') {
                    in.require();
                    if (in.ch != '?' || in.escaped) {
                        String name = "_" + positional++;
                        result.add(new Group(new Slot(name), name));
                        walkToEnd(in.ch, in);
                    } else {
                        in.require();
                        if ("!=<".indexOf(in.ch) >= 0) {
                            walkToEnd(in.ch, in);
                        } else if (in.ch == ':') {
                            nonCapturing.add(result.size());
                        } else if (in.ch != 'P') {
                            throw new IllegalArgumentException("Non-reversible reg-exp portion: '(?" + in.ch + "'");
                        } else {
                            in.require();
                            if (in.ch != '<' && in.ch != '=') {
                                throw new IllegalArgumentException("Non-reversible reg-exp portion: '(?P" + in.ch + "'");
                            }
                            char terminal = in.ch == '<' ? '>' : ')';
                            StringBuilder name = new StringBuilder();
                            in.require();
                            while (in.ch != terminal) {
                                name.append(in.ch);
                                in.require();
                            }
                            String param = name.toString();
                            if (terminal != ')') {
                                result.add(new Group(new Slot(param), param));
                                walkToEnd(in.ch, in);
                            } else {
                                result.add(new Group(new Slot(param), null));
                            }
                        }
                    }
                } else if ("*?+{".indexOf(ch) >= 0) {
                    int count = quantifier(ch, in);
                    if (in.pending) {
                        consume = false;
                    }
                    if (count == 0) {
                        Object last = result.getLast();
                        if (containsGroup(last)) {
                            result.set(result.size() - 1, new Choice(List.of(NOTHING, last)));
                        } else {
                            result.removeLast();
                        }
                    } else if (count > 1) {
                        Object last = result.getLast();
                        for (int k = 1; k < count; k++) {
                            result.add(last);
                        }
                    }
                } else {
                    result.add(String.valueOf(ch));
                }
                if (consume) {
                    if (!in.next()) {
                        break;
                    }
                } else {
                    in.pending = false;
                }
                consume = true;
            }
        } catch (EndOfPattern end) {
            // the pattern ended inside a construct: keep what was read, as Django does
        }
        return flatten(result);
    }

    private static boolean containsGroup(Object item) {
        if (item instanceof Group) {
            return true;
        }
        if (item instanceof NonCapture nc) {
            return nc.items().stream().anyMatch(Normalizer::containsGroup);
        }
        return false;
    }

    private static void walkToEnd(char ch, Chars in) {
        int nesting = ch == '(' ? 1 : 0;
        while (in.next()) {
            if (in.escaped) {
                continue;
            }
            if (in.ch == '(') {
                nesting++;
            } else if (in.ch == ')') {
                if (nesting == 0) {
                    return;
                }
                nesting--;
            }
        }
        throw new EndOfPattern();
    }

    /** The minimum count of a quantifier; sets {@code in.pending} when it read one character too many. */
    private static int quantifier(char ch, Chars in) {
        if ("*?+".indexOf(ch) >= 0) {
            boolean more = in.next();
            if (more && !(in.ch == '?' && !in.escaped)) {
                in.pending = true;
            }
            return ch == '+' ? 1 : 0;
        }
        StringBuilder quant = new StringBuilder();
        while (true) {
            in.require();
            if (in.ch == '}') {
                break;
            }
            quant.append(in.ch);
        }
        boolean more = in.next();
        if (more && !(in.ch == '?' && !in.escaped)) {
            in.pending = true;
        }
        String min = quant.toString().split(",", -1)[0];
        return min.isEmpty() ? 0 : Integer.parseInt(min.strip());
    }

    private static List<Form> flatten(List<Object> source) {
        List<List<Object>> results = new ArrayList<>();
        List<List<String>> params = new ArrayList<>();
        results.add(new ArrayList<>());
        params.add(new ArrayList<>());
        for (Object item : source) {
            if (item instanceof String s) {
                results.forEach(r -> r.add(s));
            } else if (item instanceof Group g) {
                for (int i = 0; i < results.size(); i++) {
                    results.get(i).add(g.slot());
                    if (g.param() != null) {
                        params.get(i).add(g.param());
                    }
                }
            } else {
                List<Object> options = item instanceof Choice c ? c.options() : List.of(item);
                List<Form> inner = new ArrayList<>();
                for (Object option : options) {
                    if (option == NOTHING) {
                        inner.add(new Form(List.of(), List.of()));
                    } else if (option instanceof NonCapture nc) {
                        inner.addAll(flatten(nc.items()));
                    } else {
                        inner.addAll(flatten(List.of(option)));
                    }
                }
                List<List<Object>> newResults = new ArrayList<>();
                List<List<String>> newParams = new ArrayList<>();
                for (int i = 0; i < results.size(); i++) {
                    for (Form f : inner) {
                        List<Object> r = new ArrayList<>(results.get(i));
                        r.addAll(f.pieces());
                        List<String> p = new ArrayList<>(params.get(i));
                        p.addAll(f.params());
                        newResults.add(r);
                        newParams.add(p);
                    }
                }
                results = newResults;
                params = newParams;
            }
        }
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            forms.add(new Form(List.copyOf(results.get(i)), List.copyOf(params.get(i))));
        }
        return forms;
    }

    private static final class EndOfPattern extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        EndOfPattern() {
            super(null, null, false, false);
        }
    }

    /** Django's {@code next_char}: characters with escapes resolved to representatives. */
    private static final class Chars {
        private final String s;
        private int i;
        char ch;
        boolean escaped;
        boolean pending;

        Chars(String s) {
            this.s = s;
        }

        boolean next() {
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c != '\\') {
                    ch = c;
                    escaped = false;
                    return true;
                }
                if (i >= s.length()) {
                    throw new EndOfPattern();
                }
                char e = s.charAt(i++);
                String rep = switch (e) {
                    case 'A', 'b', 'B', 'Z', 'z' -> null;
                    case 'd' -> "0";
                    case 'D', 'S', 'w' -> "x";
                    case 's' -> " ";
                    case 'W' -> "!";
                    default -> String.valueOf(e);
                };
                if (rep != null) {
                    ch = rep.charAt(0);
                    escaped = true;
                    return true;
                }
            }
            return false;
        }

        void require() {
            if (!next()) {
                throw new EndOfPattern();
            }
        }
    }
}
