package dev.quintet.urls.internal;

import dev.quintet.urls.InvalidUrlPattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a {@code path()} route into literal text and {@code <converter:name>} placeholders, with
 * Django's rules: a placeholder is {@code <[converter:]name>}, the converter defaults to {@code str},
 * no whitespace inside the brackets, the name must be an identifier.
 */
public final class RouteParser {
    private static final Pattern PARAMETER = Pattern.compile("<(?:([^>:]+):)?([^>]+)>");

    /** A parsed route: {@code literals.size() == params.size() + 1}, literals around the placeholders. */
    public record Parsed(List<String> literals, List<Param> params) {
        /** The text before the first placeholder (the whole route when there is none). */
        public String literalPrefix() {
            return literals.getFirst();
        }
    }

    /** One placeholder. */
    public record Param(String converter, String name) {
    }

    private RouteParser() {
    }

    /** Parses {@code route}; throws {@link InvalidUrlPattern} naming the route. */
    public static Parsed parse(String route) {
        List<String> literals = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher m = PARAMETER.matcher(route);
        int previousEnd = 0;
        while (m.find()) {
            if (m.group().chars().anyMatch(RouteParser::isPythonWhitespace)) {
                throw new InvalidUrlPattern("URL route '" + route + "' cannot contain whitespace in angle brackets <…>.");
            }
            String converter = m.group(1) == null ? "str" : m.group(1);
            String name = m.group(2);
            if (!isIdentifier(name)) {
                throw new InvalidUrlPattern("URL route '" + route + "' uses parameter name '" + name
                        + "' which isn't a valid identifier.");
            }
            if (!seen.add(name)) {
                throw new InvalidUrlPattern("URL route '" + route + "' uses parameter name '" + name + "' twice.");
            }
            literals.add(route.substring(previousEnd, m.start()));
            params.add(new Param(converter, name));
            previousEnd = m.end();
        }
        literals.add(route.substring(previousEnd));
        return new Parsed(List.copyOf(literals), List.copyOf(params));
    }

    private static boolean isPythonWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    /** Python's {@code str.isidentifier()}, near enough: a letter or underscore, then letters, digits, underscores. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '_' || Character.isLetter(c) || i > 0 && Character.isDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static final String SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

    /** Python's {@code re.escape}: a backslash before each regex-special character. */
    public static String escapeRegex(String literal) {
        StringBuilder sb = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
