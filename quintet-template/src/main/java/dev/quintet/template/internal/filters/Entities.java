package dev.quintet.template.internal.filters;

import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python's {@code html.unescape()}: HTML5 named and numeric character references. */
final class Entities {
    private Entities() {
    }

    private static final Pattern CHARREF = Pattern.compile(
            "&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\\t\\n\\f <&#;]{1,32};?)");

    private static final Map<Integer, String> INVALID_CHARREFS = Map.ofEntries(
            Map.entry(0x00, "\uFFFD"), Map.entry(0x0d, "\r"), Map.entry(0x80, "\u20ac"), Map.entry(0x81, "\u0081"),
            Map.entry(0x82, "\u201a"), Map.entry(0x83, "\u0192"), Map.entry(0x84, "\u201e"), Map.entry(0x85, "\u2026"),
            Map.entry(0x86, "\u2020"), Map.entry(0x87, "\u2021"), Map.entry(0x88, "\u02c6"), Map.entry(0x89, "\u2030"),
            Map.entry(0x8a, "\u0160"), Map.entry(0x8b, "\u2039"), Map.entry(0x8c, "\u0152"), Map.entry(0x8d, "\u008d"),
            Map.entry(0x8e, "\u017d"), Map.entry(0x8f, "\u008f"), Map.entry(0x90, "\u0090"), Map.entry(0x91, "\u2018"),
            Map.entry(0x92, "\u2019"), Map.entry(0x93, "\u201c"), Map.entry(0x94, "\u201d"), Map.entry(0x95, "\u2022"),
            Map.entry(0x96, "\u2013"), Map.entry(0x97, "\u2014"), Map.entry(0x98, "\u02dc"), Map.entry(0x99, "\u2122"),
            Map.entry(0x9a, "\u0161"), Map.entry(0x9b, "\u203a"), Map.entry(0x9c, "\u0153"), Map.entry(0x9d, "\u009d"),
            Map.entry(0x9e, "\u017e"), Map.entry(0x9f, "\u0178"));

    private static boolean invalidCodepoint(int cp) {
        return (cp >= 0x1 && cp <= 0x8) || cp == 0xb || (cp >= 0xe && cp <= 0x1f) || (cp >= 0x7f && cp <= 0x9f)
                || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
    }

    /** Python's {@code html.unescape(s)}. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = CHARREF.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replace(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replace(String s) {
        if (s.charAt(0) == '#') {
            String digits;
            int radix;
            if (s.charAt(1) == 'x' || s.charAt(1) == 'X') {
                digits = s.substring(2);
                radix = 16;
            } else {
                digits = s.substring(1);
                radix = 10;
            }
            if (digits.endsWith(";")) {
                digits = digits.substring(0, digits.length() - 1);
            }
            BigInteger big = new BigInteger(digits, radix);
            if (big.bitLength() > 31) {
                return "\uFFFD";
            }
            int num = big.intValue();
            String invalid = INVALID_CHARREFS.get(num);
            if (invalid != null) {
                return invalid;
            }
            if ((num >= 0xD800 && num <= 0xDFFF) || num > 0x10FFFF) {
                return "\uFFFD";
            }
            if (invalidCodepoint(num)) {
                return "";
            }
            return new String(Character.toChars(num));
        }
        Map<String, String> html5 = HtmlEntityTable.ENTITIES;
        String found = html5.get(s);
        if (found != null) {
            return found;
        }
        // the longest matching name, as the standard defines it (in code points)
        int[] cps = s.codePoints().toArray();
        for (int x = cps.length - 1; x > 1; x--) {
            String prefix = new String(cps, 0, x);
            found = html5.get(prefix);
            if (found != null) {
                return found + new String(cps, x, cps.length - x);
            }
        }
        return "&" + s;
    }

    /** Python's {@code html.escape(s, quote=True)}: {@code & < > " '}. */
    static String escape(String s) {
        return dev.quintet.template.internal.Html.escape(s);
    }
}
