package dev.quintet.forms.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code time.strptime} for the directives of Django's default input formats:
 * {@code %Y %y %m %d %b %B %H %M %S %f}; whitespace in the format matches any run of whitespace.
 */
public final class Strptime {
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private Strptime() {
    }

    /** The parsed fields {year, month, day, hour, minute, second, microsecond} (defaults 1900-01-01 00:00), or {@code null}. */
    public static int[] parse(String value, String format) {
        StringBuilder re = new StringBuilder("^");
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                char d = format.charAt(++i);
                order.append(d);
                re.append(switch (d) {
                    case 'Y' -> "(\\d{4})";
                    case 'y', 'm', 'd', 'H', 'M', 'S' -> d == 'y' ? "(\\d\\d)" : "(\\d{1,2})";
                    case 'f' -> "(\\d{1,6})";
                    case 'b' -> "([A-Za-z]{3})";
                    case 'B' -> "([A-Za-z]+)";
                    default -> throw new IllegalArgumentException("unsupported directive %" + d);
                });
            } else if (Character.isWhitespace(c)) {
                re.append("\\s+");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Matcher m = Pattern.compile(re.append('$').toString(), Pattern.CASE_INSENSITIVE).matcher(value);
        if (!m.matches()) {
            return null;
        }
        int[] f = {1900, 1, 1, 0, 0, 0, 0};
        for (int i = 0; i < order.length(); i++) {
            String g = m.group(i + 1);
            switch (order.charAt(i)) {
                case 'Y' -> f[0] = Integer.parseInt(g);
                case 'y' -> {
                    int y = Integer.parseInt(g);
                    f[0] = y < 69 ? 2000 + y : 1900 + y;
                }
                case 'm' -> f[1] = Integer.parseInt(g);
                case 'd' -> f[2] = Integer.parseInt(g);
                case 'H' -> f[3] = Integer.parseInt(g);
                case 'M' -> f[4] = Integer.parseInt(g);
                case 'S' -> f[5] = Integer.parseInt(g);
                case 'f' -> f[6] = Integer.parseInt((g + "00000").substring(0, 6));
                case 'b', 'B' -> {
                    int idx = month(g, order.charAt(i) == 'b');
                    if (idx < 0) {
                        return null;
                    }
                    f[1] = idx + 1;
                }
                default -> {
                    return null;
                }
            }
        }
        return f;
    }

    private static int month(String name, boolean abbreviated) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            String full = MONTHS.get(i);
            if (abbreviated ? full.substring(0, 3).equals(n) : full.equals(n)) {
                return i;
            }
        }
        return -1;
    }
}
