package dev.quintet.urls.internal;

import dev.quintet.urls.InvalidUrlPattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a URL regex written the Python way into a Java {@link Pattern}. Named groups
 * ({@code (?P<name>...)} or {@code (?<name>...)}) become plain numbered groups whose names are
 * kept aside, so names may contain underscores; {@code (?P=name)} and {@code \k<name>} become
 * numbered back-references; {@code \Z} becomes Java's {@code \z}; {@code (?#...)} comments go.
 * Character classes and escapes are copied as they are.
 */
public final class RegexTranslator {
    /** Python's {@code re} semantics in Java: {@code $} only before {@code \n}, Unicode classes. */
    static final int FLAGS = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    /**
     * A compiled regex with its group names.
     *
     * @param pattern the Java pattern
     * @param groupNames name of each group by number (index 0 unused); {@code null} for unnamed ones
     */
    public record Compiled(Pattern pattern, List<String> groupNames) {
        /** True when at least one group has a name. */
        public boolean hasNamedGroups() {
            for (String n : groupNames) {
                if (n != null) {
                    return true;
                }
            }
            return false;
        }
    }

    private RegexTranslator() {
    }

    /** Translates and compiles; throws {@link InvalidUrlPattern} naming the regex when it is invalid. */
    public static Compiled compile(String source) {
        List<String> names = new ArrayList<>();
        names.add(null);
        Map<String, Integer> numbers = new HashMap<>();
        StringBuilder out = new StringBuilder(source.length() + 8);
        int n = source.length();
        int i = 0;
        try {
            while (i < n) {
                char c = source.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    i = escape(source, i, out, numbers);
                } else if (c == '[') {
                    i = charClass(source, i, out);
                } else if (c == '(') {
                    i = group(source, i, out, names, numbers);
                } else {
                    out.append(c);
                    i++;
                }
            }
            return new Compiled(Pattern.compile(out.toString(), FLAGS), Collections.unmodifiableList(names));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidUrlPattern("URL regex '" + source + "' is not a valid regular expression: "
                    + e.getMessage(), e);
        }
    }

    private static int escape(String s, int i, StringBuilder out, Map<String, Integer> numbers) {
        char next = s.charAt(i + 1);
        if (next == 'Z') {
            out.append("\\z");
            return i + 2;
        }
        if (next == 'Q') {
            int end = s.indexOf("\\E", i + 2);
            int stop = end < 0 ? s.length() : end + 2;
            out.append(s, i, stop);
            return stop;
        }
        if (next == 'k' && i + 2 < s.length() && s.charAt(i + 2) == '<') {
            int close = s.indexOf('>', i + 3);
            backReference(s.substring(i + 3, close), out, numbers);
            return close + 1;
        }
        out.append(s, i, i + 2);
        return i + 2;
    }

    private static int charClass(String s, int i, StringBuilder out) {
        out.append('[');
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '^') {
            out.append('^');
            j++;
        }
        if (j < s.length() && s.charAt(j) == ']') {
            out.append("\\]"); // a leading ']' is literal, as in Python
            j++;
        }
        while (j < s.length() && s.charAt(j) != ']') {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length()) {
                out.append(c).append(s.charAt(j + 1));
                j += 2;
            } else {
                // Java reads '[' inside a class as a nested class; Python as a literal.
                out.append(c == '[' ? "\\[" : String.valueOf(c));
                j++;
            }
        }
        if (j < s.length()) {
            out.append(']');
            j++;
        }
        return j;
    }

    private static int group(String s, int i, StringBuilder out, List<String> names, Map<String, Integer> numbers) {
        if (!s.startsWith("(?", i)) {
            names.add(null);
            out.append('(');
            return i + 1;
        }
        int nameStart = -1;
        if (s.startsWith("(?P<", i)) {
            nameStart = i + 4;
        } else if (s.startsWith("(?<", i) && i + 3 < s.length() && s.charAt(i + 3) != '=' && s.charAt(i + 3) != '!') {
            nameStart = i + 3;
        }
        if (nameStart >= 0) {
            int close = s.indexOf('>', nameStart);
            String name = s.substring(nameStart, close);
            if (numbers.containsKey(name)) {
                throw new IllegalArgumentException("redefinition of group name '" + name + "'");
            }
            names.add(name);
            numbers.put(name, names.size() - 1);
            out.append('(');
            return close + 1;
        }
        if (s.startsWith("(?P=", i)) {
            int close = s.indexOf(')', i + 4);
            backReference(s.substring(i + 4, close), out, numbers);
            return close + 1;
        }
        if (s.startsWith("(?#", i)) {
            return s.indexOf(')', i) + 1;
        }
        out.append("(?");
        return i + 2;
    }

    private static void backReference(String name, StringBuilder out, Map<String, Integer> numbers) {
        Integer number = numbers.get(name);
        if (number == null) {
            throw new IllegalArgumentException("unknown group name '" + name + "'");
        }
        out.append("(?:\\").append(number).append(')');
    }
}
