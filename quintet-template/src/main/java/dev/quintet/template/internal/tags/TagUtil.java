package dev.quintet.template.internal.tags;

import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers shared by tag parsers (Django's {@code token_kwargs} and friends). */
public final class TagUtil {
    private TagUtil() {
    }

    /** Django's {@code kwarg_re}: {@code (?:(\w+)=)?(.+)}. */
    public static final Pattern KWARG = Pattern.compile("(?:(\\w+)=)?(.+)", Pattern.UNICODE_CHARACTER_CLASS);

    /** The words of a tag's contents split on whitespace (Python's {@code str.split()}). */
    public static String[] words(String contents) {
        String s = contents.strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    /**
     * Django's {@code token_kwargs}: consumes {@code key=value} bits (or, with
     * {@code supportLegacy}, {@code value as key [and value as key]}) from the front of
     * {@code bits}, removing them; returns the compiled values in order.
     */
    public static Map<String, FilterExpression> tokenKwargs(List<String> bits, Parser parser, boolean supportLegacy) {
        Map<String, FilterExpression> kwargs = new LinkedHashMap<>();
        if (bits.isEmpty()) {
            return kwargs;
        }
        Matcher m = KWARG.matcher(bits.get(0));
        boolean kwargFormat = m.lookingAt() && m.group(1) != null;
        if (!kwargFormat) {
            if (!supportLegacy) {
                return kwargs;
            }
            if (bits.size() < 3 || !bits.get(1).equals("as")) {
                return kwargs;
            }
        }
        while (!bits.isEmpty()) {
            String key;
            String value;
            if (kwargFormat) {
                Matcher km = KWARG.matcher(bits.get(0));
                if (!km.lookingAt() || km.group(1) == null) {
                    return kwargs;
                }
                key = km.group(1);
                value = km.group(2);
                bits.remove(0);
            } else {
                if (bits.size() < 3 || !bits.get(1).equals("as")) {
                    return kwargs;
                }
                key = bits.get(2);
                value = bits.get(0);
                bits.subList(0, 3).clear();
            }
            kwargs.put(key, parser.compileFilter(value));
            if (!bits.isEmpty() && !kwargFormat) {
                if (!bits.get(0).equals("and")) {
                    return kwargs;
                }
                bits.remove(0);
            }
        }
        return kwargs;
    }

    /** Python's {@code %r} of a string. */
    public static String repr(String s) {
        return dev.quintet.template.internal.PyOps.repr(s);
    }

    static TemplateSyntaxError syntax(String message) {
        return new TemplateSyntaxError(message);
    }
}
