package dev.quintet.template.internal.filters;

import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Html;
import dev.quintet.template.internal.Py;
import dev.quintet.template.library.Filter;
import dev.quintet.template.library.Filter.Arity;
import dev.quintet.template.library.FilterContext;
import dev.quintet.template.library.Library;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's built-in filters ({@code django/template/defaultfilters.py}, Django 6.0), registered
 * through the public {@link Library} API with Django's exact {@code is_safe},
 * {@code needs_autoescape} and {@code expects_localtime} flags.
 *
 * <p>The functions behave as Django's do on the Java stand-ins for Python values (see
 * {@link PyOps}). Where Django lets an exception escape a filter (say {@code divisibleby:0}),
 * the function throws a {@link PyErr} naming the Python exception. The engine is expected to
 * apply the flags as Django's {@code FilterExpression.resolve} does: convert aware date-times to
 * the current zone for {@code expectsLocaltime} filters, and mark a string result safe when the
 * filter {@code isSafe} and its input was a {@link SafeString}. Filters that Django wraps in
 * {@code @stringfilter} also do that marking themselves, as Django's decorator does.
 */
public final class DefaultFilters {
    private DefaultFilters() {
    }

    /** Every built-in filter, built once; {@link Filter} records are immutable and shared. */
    private static final List<Filter> FILTERS = List.copyOf(build().filters().values());

    /**
     * A library holding every built-in filter. Cheap: the filters are built once and shared;
     * each call gets its own {@link Library} around them, so a caller that adds to it cannot
     * change the built-ins another engine sees.
     */
    public static Library library() {
        Library lib = new Library();
        for (Filter f : FILTERS) {
            lib.filter(f);
        }
        return lib;
    }

    // ------------------------------------------------------------ plumbing

    /** A filter body that receives its input already converted to a string ({@code @stringfilter}). */
    @FunctionalInterface
    private interface StringBody {
        Object apply(String value, boolean safeInput, Object arg, FilterContext ctx) throws Exception;
    }

    /**
     * Django's {@code stringfilter}: the input becomes {@code str(value)} (a {@link SafeString}
     * stays one), and when the filter is safe and the input was safe the result is marked safe.
     */
    private static Filter.FilterFunction stringfilter(boolean isSafe, StringBody body) {
        return (value, arg, ctx) -> {
            boolean safeInput = value instanceof SafeString;
            String s = Py.str(value);
            Object result = body.apply(s, safeInput, arg, ctx);
            if (safeInput && isSafe && result instanceof CharSequence cs) {
                return SafeString.of(cs);
            }
            return result;
        };
    }

    private static Filter filter(String name, Arity arity, boolean isSafe, Filter.FilterFunction fn) {
        return new Filter(name, fn, arity, isSafe, false, false);
    }

    private static Filter autoescaping(String name, Arity arity, boolean isSafe, Filter.FilterFunction fn) {
        return new Filter(name, fn, arity, isSafe, true, false);
    }

    private static Object orDefault(Object arg, Object fallback) {
        return arg == Filter.NO_ARG ? fallback : arg;
    }

    private static String requireStr(Object arg, String what) {
        if (arg instanceof CharSequence cs) {
            return cs.toString();
        }
        throw PyErr.type(what + " must be str, not " + PyOps.typeName(arg));
    }

    // ------------------------------------------------------------ registry

    private static Library build() {
        Library lib = new Library();
        // strings
        lib.filter(filter("addslashes", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                s.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'"))));
        lib.filter(filter("capfirst", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) -> capfirst(s))));
        lib.filter(filter("escapejs", Arity.NONE, false, stringfilter(false, (s, safe, arg, ctx) -> escapejs(s))));
        lib.filter(filter("json_script", Arity.OPTIONAL, true, (value, arg, ctx) ->
                jsonScript(value, orDefault(arg, null))));
        lib.filter(filter("floatformat", Arity.OPTIONAL, true, (value, arg, ctx) ->
                Numbers.floatformat(value, orDefault(arg, -1))));
        lib.filter(filter("iriencode", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                UrlUtils.iriToUri(s))));
        lib.filter(autoescaping("linenumbers", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                linenumbers(s, safe, ctx.autoescape()))));
        lib.filter(filter("lower", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) -> PyOps.lower(s))));
        lib.filter(filter("make_list", Arity.NONE, false, stringfilter(false, (s, safe, arg, ctx) ->
                PyOps.chars(s))));
        lib.filter(filter("slugify", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                TextUtils.slugify(s))));
        lib.filter(filter("stringformat", Arity.REQUIRED, true, DefaultFilters::stringformat));
        lib.filter(filter("title", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) -> title(s))));
        lib.filter(filter("truncatechars", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                truncate(s, arg, TextUtils::truncateChars))));
        lib.filter(filter("truncatechars_html", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                truncate(s, arg, TextUtils::truncateCharsHtml))));
        lib.filter(filter("truncatewords", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                truncate(s, arg, TextUtils::truncateWords))));
        lib.filter(filter("truncatewords_html", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                truncate(s, arg, TextUtils::truncateWordsHtml))));
        lib.filter(filter("upper", Arity.NONE, false, stringfilter(false, (s, safe, arg, ctx) ->
                s.toUpperCase(Locale.ROOT))));
        lib.filter(filter("urlencode", Arity.OPTIONAL, false, stringfilter(false, (s, safe, arg, ctx) -> {
            String quoted = UrlUtils.quote(s, arg == Filter.NO_ARG || arg == null ? "/" : requireStr(arg, "safe"));
            // quote() hands an empty string back as it came, a SafeString included
            return s.isEmpty() && safe ? SafeString.EMPTY : quoted;
        })));
        lib.filter(autoescaping("urlize", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                SafeString.of(Urlizer.urlize(safe ? SafeString.of(s) : s, null, true, ctx.autoescape())))));
        lib.filter(autoescaping("urlizetrunc", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                SafeString.of(Urlizer.urlize(safe ? SafeString.of(s) : s, PyOps.toSmallInt(arg), true,
                        ctx.autoescape())))));
        lib.filter(filter("wordcount", Arity.NONE, false, stringfilter(false, (s, safe, arg, ctx) ->
                PyOps.split(s).size())));
        lib.filter(filter("wordwrap", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                TextUtils.wrap(s, PyOps.toSmallInt(arg)))));
        lib.filter(filter("ljust", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                justify(s, PyOps.toSmallInt(arg), 'l'))));
        lib.filter(filter("rjust", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                justify(s, PyOps.toSmallInt(arg), 'r'))));
        lib.filter(filter("center", Arity.REQUIRED, true, stringfilter(true, (s, safe, arg, ctx) ->
                justify(s, PyOps.toSmallInt(arg), 'c'))));
        lib.filter(filter("cut", Arity.REQUIRED, false, stringfilter(false, (s, safe, arg, ctx) -> {
            String a = requireStr(arg, "replace() argument 1");
            String out = s.replace(a, "");
            return safe && !a.equals(";") ? SafeString.of(out) : out;
        })));
        // HTML strings
        lib.filter(filter("escape", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                safe ? SafeString.of(s) : SafeString.of(Html.escape(s)))));
        lib.filter(filter("escapeseq", Arity.NONE, true, (value, arg, ctx) -> {
            List<Object> out = new ArrayList<>();
            for (Object item : PyOps.iterate(value)) {
                out.add(Html.conditionalEscape(item));
            }
            return out;
        }));
        lib.filter(filter("force_escape", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                SafeString.of(Html.escape(s)))));
        lib.filter(autoescaping("linebreaks", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                SafeString.of(linebreaks(s, ctx.autoescape() && !safe)))));
        lib.filter(autoescaping("linebreaksbr", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) -> {
            String v = normalizeNewlines(s);
            if (ctx.autoescape() && !safe) {
                v = Html.escape(v);
            }
            return SafeString.of(v.replace("\n", "<br>"));
        })));
        lib.filter(filter("safe", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) -> SafeString.of(s))));
        lib.filter(filter("safeseq", Arity.NONE, true, (value, arg, ctx) -> {
            List<Object> out = new ArrayList<>();
            for (Object item : PyOps.iterate(value)) {
                out.add(item instanceof SafeString ss ? ss : SafeString.of(Py.str(item)));
            }
            return out;
        }));
        lib.filter(filter("striptags", Arity.NONE, true, stringfilter(true, (s, safe, arg, ctx) ->
                TextUtils.stripTags(s))));
        // lists
        lib.filter(filter("dictsort", Arity.REQUIRED, false, (value, arg, ctx) -> dictsort(value, arg, ctx, false)));
        lib.filter(filter("dictsortreversed", Arity.REQUIRED, false, (value, arg, ctx) ->
                dictsort(value, arg, ctx, true)));
        lib.filter(filter("first", Arity.NONE, false, (value, arg, ctx) -> indexOrEmpty(value, 0)));
        lib.filter(autoescaping("join", Arity.REQUIRED, true, (value, arg, ctx) -> join(value, arg, ctx.autoescape())));
        lib.filter(filter("last", Arity.NONE, true, (value, arg, ctx) -> indexOrEmpty(value, -1)));
        lib.filter(filter("length", Arity.NONE, false, (value, arg, ctx) -> {
            try {
                return PyOps.len(value);
            } catch (PyErr e) {
                if (e.is(PyErr.Kind.TYPE, PyErr.Kind.VALUE)) {
                    return 0;
                }
                throw e;
            }
        }));
        lib.filter(filter("random", Arity.NONE, true, (value, arg, ctx) -> {
            int n = PyOps.len(value);
            if (n == 0) {
                return "";
            }
            return PyOps.getItem(value, ThreadLocalRandom.current().nextInt(n));
        }));
        lib.filter(filter("slice", Arity.REQUIRED, true, DefaultFilters::slice));
        lib.filter(autoescaping("unordered_list", Arity.NONE, true, (value, arg, ctx) ->
                SafeString.of(unorderedList(value, ctx.autoescape()))));
        // integers
        lib.filter(filter("add", Arity.REQUIRED, false, (value, arg, ctx) -> add(value, arg)));
        lib.filter(filter("get_digit", Arity.REQUIRED, false, (value, arg, ctx) -> getDigit(value, arg)));
        // dates
        lib.filter(new Filter("date", (value, arg, ctx) -> DateFormat.format(value,
                arg == Filter.NO_ARG || arg == null ? null : Py.str(arg), ctx.zone()),
                Arity.OPTIONAL, false, false, true));
        lib.filter(new Filter("time", (value, arg, ctx) -> DateFormat.timeFormat(value,
                arg == Filter.NO_ARG || arg == null ? null : Py.str(arg), ctx.zone()),
                Arity.OPTIONAL, false, false, true));
        lib.filter(filter("timesince", Arity.OPTIONAL, false, (value, arg, ctx) -> {
            if (!Py.isTrue(value)) {
                return "";
            }
            Object now = arg == Filter.NO_ARG || !Py.isTrue(arg) ? null : arg;
            return timesince(value, now, false, ctx);
        }));
        lib.filter(filter("timeuntil", Arity.OPTIONAL, false, (value, arg, ctx) -> {
            if (!Py.isTrue(value)) {
                return "";
            }
            Object now = arg == Filter.NO_ARG || !Py.isTrue(arg) ? null : arg;
            return timesince(value, now, true, ctx);
        }));
        // logic
        lib.filter(filter("default", Arity.REQUIRED, false, (value, arg, ctx) -> Py.isTrue(value) ? value : arg));
        lib.filter(filter("default_if_none", Arity.REQUIRED, false, (value, arg, ctx) -> value == null ? arg : value));
        lib.filter(filter("divisibleby", Arity.REQUIRED, false, (value, arg, ctx) -> {
            // Fast path for the common case (forloop.counter|divisibleby:2): no BigInteger.
            if (value instanceof Integer v && arg instanceof Integer d && d != 0 && d != Integer.MIN_VALUE) {
                return v % d == 0;
            }
            BigInteger divisor = PyOps.toInt(arg);
            BigInteger dividend = PyOps.toInt(value);
            if (divisor.signum() == 0) {
                throw new PyErr(PyErr.Kind.ZERO_DIVISION, "integer modulo by zero");
            }
            return dividend.mod(divisor.abs()).signum() == 0;
        }));
        lib.filter(filter("yesno", Arity.OPTIONAL, false, (value, arg, ctx) -> yesno(value, orDefault(arg, null))));
        // misc
        lib.filter(filter("filesizeformat", Arity.NONE, true, (value, arg, ctx) -> Numbers.filesizeformat(value)));
        lib.filter(filter("pluralize", Arity.OPTIONAL, false, (value, arg, ctx) -> pluralize(value, orDefault(arg, "s"))));
        lib.filter(filter("phone2numeric", Arity.NONE, true, (value, arg, ctx) -> {
            if (!(value instanceof CharSequence cs)) {
                throw PyErr.attribute("'" + PyOps.typeName(value) + "' object has no attribute 'lower'");
            }
            return TextUtils.phone2numeric(cs.toString());
        }));
        lib.filter(filter("pprint", Arity.NONE, true, (value, arg, ctx) -> {
            try {
                return PPrint.pformat(value);
            } catch (RuntimeException e) {
                String kind = e instanceof PyErr p ? p.kind().pythonName : e.getClass().getSimpleName();
                String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^\\w+: ", "");
                return "Error in formatting: " + kind + ": " + message;
            }
        }));
        return lib;
    }

    // ------------------------------------------------------------ strings

    private static String capfirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int width = Character.charCount(first);
        return new String(Character.toChars(first)).toUpperCase(Locale.ROOT) + s.substring(width);
    }

    private static final String[] JS_ESCAPES = new String[128];

    static {
        for (int z = 0; z < 32; z++) {
            JS_ESCAPES[z] = String.format("\\u%04X", z);
        }
        JS_ESCAPES['\\'] = "\\u005C";
        JS_ESCAPES['\''] = "\\u0027";
        JS_ESCAPES['"'] = "\\u0022";
        JS_ESCAPES['>'] = "\\u003E";
        JS_ESCAPES['<'] = "\\u003C";
        JS_ESCAPES['&'] = "\\u0026";
        JS_ESCAPES['='] = "\\u003D";
        JS_ESCAPES['-'] = "\\u002D";
        JS_ESCAPES[';'] = "\\u003B";
        JS_ESCAPES['`'] = "\\u0060";
    }

    /** Django's {@code escapejs}: always a safe string. */
    static SafeString escapejs(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && JS_ESCAPES[c] != null) {
                out.append(JS_ESCAPES[c]);
            } else if (c == '\u2028') {
                out.append("\\u2028");
            } else if (c == '\u2029') {
                out.append("\\u2029");
            } else {
                out.append(c);
            }
        }
        return SafeString.of(out);
    }

    private static SafeString jsonScript(Object value, Object elementId) {
        String json = Json.dumps(value).replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026");
        if (Py.isTrue(elementId)) {
            return SafeString.of("<script id=\"" + Html.conditionalEscape(elementId) + "\" type=\"application/json\">"
                    + json + "</script>");
        }
        return SafeString.of("<script type=\"application/json\">" + json + "</script>");
    }

    private static SafeString linenumbers(String value, boolean safe, boolean autoescape) {
        String[] lines = value.split("\n", -1);
        int width = Integer.toString(lines.length).length();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String number = Integer.toString(i + 1);
            out.append("0".repeat(Math.max(0, width - number.length()))).append(number).append(". ");
            out.append(!autoescape || safe ? lines[i] : Html.escape(lines[i]));
        }
        return SafeString.of(out);
    }

    private static Object stringformat(Object value, Object arg, FilterContext ctx) {
        try {
            return PyFormat.percent("%" + Py.str(arg), value);
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.VALUE, PyErr.Kind.TYPE)) {
                return "";
            }
            throw e;
        }
    }

    private static final Pattern TITLE_APOSTROPHE = Pattern.compile("([a-z])'([A-Z])");
    private static final Pattern TITLE_DIGIT = Pattern.compile("\\p{Nd}([A-Z])");

    /** Python's {@code str.title()}. */
    static String pyTitle(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (previousCased) {
                PyOps.lowerAt(s, i - Character.charCount(cp), cp, out);
            } else if (cp == 0xDF) {
                out.append("Ss");
            } else {
                out.appendCodePoint(Character.toTitleCase(cp));
            }
            previousCased = PyOps.cased(cp);
        }
        return out.toString();
    }

    private static String title(String s) {
        String t = pyTitle(s);
        t = TITLE_APOSTROPHE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group().toLowerCase(Locale.ROOT)));
        return TITLE_DIGIT.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group().toLowerCase(Locale.ROOT)));
    }

    @FunctionalInterface
    private interface Truncation {
        String apply(String text, int length);
    }

    private static String truncate(String s, Object arg, Truncation how) {
        int length;
        try {
            length = PyOps.toSmallInt(arg);
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.VALUE)) {
                return s;
            }
            throw e;
        }
        return how.apply(s, length);
    }

    /** Python's {@code str.ljust}, {@code rjust}, {@code center} with spaces. */
    private static String justify(String s, int width, char how) {
        int len = PyOps.cpLen(s);
        if (width <= len) {
            return s;
        }
        int marg = width - len;
        return switch (how) {
            case 'l' -> s + " ".repeat(marg);
            case 'r' -> " ".repeat(marg) + s;
            default -> {
                int left = marg / 2 + (marg & width & 1);
                yield " ".repeat(left) + s + " ".repeat(marg - left);
            }
        };
    }

    static String normalizeNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static final Pattern PARAGRAPHS = Pattern.compile("\n{2,}");

    /** Django's {@code django.utils.html.linebreaks}. */
    static String linebreaks(String value, boolean autoescape) {
        String[] paras = PARAGRAPHS.split(normalizeNewlines(value), -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paras.length; i++) {
            if (i > 0) {
                out.append("\n\n");
            }
            String p = autoescape ? Html.escape(paras[i]) : paras[i];
            out.append("<p>").append(p.replace("\n", "<br>")).append("</p>");
        }
        return out.toString();
    }

    // ------------------------------------------------------------ lists

    private static Object indexOrEmpty(Object value, int index) {
        try {
            return PyOps.getItem(value, index);
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.INDEX)) {
                return "";
            }
            throw e;
        }
    }

    /** Django's {@code _property_resolver}: an item getter for number-like args, else a dotted lookup. */
    private static Object resolveProperty(Object item, Object arg, boolean numeric, FilterContext ctx) {
        if (numeric) {
            if (PyOps.isInt(arg) && !(item instanceof Map<?, ?>)) {
                return PyOps.getItem(item, PyOps.toSmallInt(arg));
            }
            if (item instanceof Map<?, ?> map) {
                Object found = PyOps.mapGet(map, arg);
                if (found == PyOps.MISSING) {
                    throw PyErr.key(Py.repr(arg));
                }
                return found;
            }
            if (item instanceof CharSequence || PyOps.asSequence(item) != null) {
                throw PyErr.type("indices must be integers or slices, not " + PyOps.typeName(arg));
            }
            throw PyErr.type("'" + PyOps.typeName(item) + "' object is not subscriptable");
        }
        Object current = item;
        for (String part : Py.str(arg).split("\\.", -1)) {
            if (current instanceof Map<?, ?> map) {
                Object found = PyOps.mapGet(map, part);
                if (found == PyOps.MISSING) {
                    throw PyErr.attribute("'dict' object has no attribute '" + part + "'");
                }
                current = found;
            } else if (current == null || current instanceof CharSequence || PyOps.asSequence(current) != null
                    || current instanceof Number || current instanceof Boolean) {
                throw PyErr.attribute("'" + PyOps.typeName(current) + "' object has no attribute '" + part + "'");
            } else {
                current = ctx.lookup(current, part);
            }
        }
        return current;
    }

    private static Object dictsort(Object value, Object arg, FilterContext ctx, boolean reverse) {
        boolean numeric;
        if (PyOps.isNumber(arg)) {
            numeric = true;
        } else {
            try {
                PyOps.toFloat(arg);
                numeric = true;
            } catch (PyErr e) {
                if (!e.is(PyErr.Kind.VALUE)) {
                    throw e;
                }
                numeric = false;
            }
        }
        if (!numeric) {
            String path = Py.str(arg);
            if (path.isEmpty()) {
                throw PyErr.index("string index out of range");
            }
            if (path.contains("._") || path.startsWith("_")) {
                return "";
            }
        }
        try {
            List<Object> items = PyOps.iterate(value);
            List<Object[]> keyed = new ArrayList<>(items.size());
            for (Object item : items) {
                keyed.add(new Object[] {resolveProperty(item, arg, numeric, ctx), item});
            }
            Comparator<Object[]> order = (a, b) -> PyOps.compare(a[0], b[0]);
            keyed.sort(reverse ? order.reversed() : order);
            List<Object> out = new ArrayList<>(keyed.size());
            for (Object[] pair : keyed) {
                out.add(pair[1]);
            }
            return out;
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.ATTRIBUTE, PyErr.Kind.TYPE)) {
                return "";
            }
            throw e;
        }
    }

    private static Object join(Object value, Object arg, boolean autoescape) {
        List<Object> items;
        try {
            items = PyOps.iterate(value);
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.TYPE)) {
                return value;
            }
            throw e;
        }
        StringBuilder out = new StringBuilder();
        if (autoescape) {
            String sep = Html.conditionalEscape(arg).toString();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(sep);
                }
                out.append(Html.conditionalEscape(items.get(i)));
            }
        } else {
            if (!(arg instanceof CharSequence sep)) {
                throw PyErr.attribute("'" + PyOps.typeName(arg) + "' object has no attribute 'join'");
            }
            for (Object item : items) {
                if (!(item instanceof CharSequence)) {
                    return value; // str.join raises TypeError on a non-string item
                }
            }
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(sep);
                }
                out.append((CharSequence) items.get(i));
            }
        }
        return SafeString.of(out);
    }

    private static Object slice(Object value, Object arg, FilterContext ctx) {
        List<Integer> bits = new ArrayList<>();
        try {
            for (String x : Py.str(arg).split(":", -1)) {
                bits.add(x.isEmpty() ? null : PyOps.toSmallInt(x));
            }
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.VALUE, PyErr.Kind.TYPE, PyErr.Kind.KEY)) {
                return value;
            }
            throw e;
        }
        if (bits.size() > 3) {
            return value; // slice() takes at most 3 arguments: TypeError
        }
        Integer start = null;
        Integer stop;
        Integer step = null;
        if (bits.size() == 1) {
            stop = bits.get(0);
        } else {
            start = bits.get(0);
            stop = bits.get(1);
            if (bits.size() == 3) {
                step = bits.get(2);
            }
        }
        if (step != null && step == 0) {
            return value; // ValueError: slice step cannot be zero
        }
        if (value instanceof CharSequence cs) {
            String s = cs.toString();
            List<Object> chars = PyOps.chars(s);
            StringBuilder out = new StringBuilder();
            for (int i : sliceIndices(chars.size(), start, stop, step)) {
                out.append((String) chars.get(i));
            }
            return out.toString();
        }
        List<Object> seq = PyOps.asSequence(value);
        if (seq == null) {
            return value; // not sliceable: TypeError (or KeyError for a dict)
        }
        List<Object> out = new ArrayList<>();
        for (int i : sliceIndices(seq.size(), start, stop, step)) {
            out.add(seq.get(i));
        }
        return out;
    }

    /** Python's {@code range(*slice(start, stop, step).indices(length))}. */
    static List<Integer> sliceIndices(int length, Integer start, Integer stop, Integer step) {
        int st = step == null ? 1 : step;
        int lower = st < 0 ? -1 : 0;
        int upper = st < 0 ? length - 1 : length;
        int a;
        if (start == null) {
            a = st < 0 ? upper : lower;
        } else {
            a = start < 0 ? Math.max(start + length, lower) : Math.min(start, upper);
        }
        int b;
        if (stop == null) {
            b = st < 0 ? lower : upper;
        } else {
            b = stop < 0 ? Math.max(stop + length, lower) : Math.min(stop, upper);
        }
        List<Integer> out = new ArrayList<>();
        if (st > 0) {
            for (int i = a; i < b; i += st) {
                out.add(i);
            }
        } else {
            for (int i = a; i > b; i += st) {
                out.add(i);
            }
        }
        return out;
    }

    private static String unorderedList(Object value, boolean autoescape) {
        return listFormatter(value, 1, autoescape);
    }

    private static String listFormatter(Object itemList, int tabs, boolean autoescape) {
        String indent = "\t".repeat(tabs);
        List<Object> items = PyOps.iterate(itemList);
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean firstLine = true;
        while (i < items.size()) {
            Object item = items.get(i);
            Object children = null;
            if (i + 1 < items.size() && PyOps.isList(items.get(i + 1))) {
                children = items.get(i + 1);
                i += 2;
            } else {
                i += 1;
            }
            String sublist = "";
            if (children != null && Py.isTrue(children)) {
                sublist = "\n" + indent + "<ul>\n" + listFormatter(children, tabs + 1, autoescape) + "\n" + indent
                        + "</ul>\n" + indent;
            }
            if (!firstLine) {
                out.append('\n');
            }
            firstLine = false;
            out.append(indent).append("<li>")
                    .append(autoescape ? Html.conditionalEscape(item).toString() : Py.str(item))
                    .append(sublist).append("</li>");
        }
        return out.toString();
    }

    // ------------------------------------------------------------ integers

    private static Object add(Object value, Object arg) {
        try {
            return PyOps.intResult(PyOps.toInt(value).add(PyOps.toInt(arg)));
        } catch (PyErr e) {
            if (!e.is(PyErr.Kind.VALUE, PyErr.Kind.TYPE)) {
                throw e;
            }
        }
        try {
            return pyAdd(value, arg);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Python's {@code a + b} for the types where it is defined and {@code int()} failed. */
    private static Object pyAdd(Object a, Object b) {
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            if (x instanceof SafeString sx && y instanceof SafeString sy) {
                return sx.concat(sy);
            }
            return x.toString() + y;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> out = new ArrayList<>(x);
            out.addAll(y);
            return out;
        }
        if (a != null && b != null && a.getClass().isArray() && b.getClass().isArray()) {
            List<Object> out = new ArrayList<>(PyOps.asSequence(a));
            out.addAll(PyOps.asSequence(b));
            return out;
        }
        if (PyOps.isNumber(a) && PyOps.isNumber(b)) {
            if (a instanceof BigDecimal || b instanceof BigDecimal) {
                if (PyOps.isFloat(a) || PyOps.isFloat(b)) {
                    throw PyErr.type("unsupported operand type(s) for +: 'decimal.Decimal' and 'float'");
                }
                BigDecimal x = a instanceof BigDecimal d ? d : new BigDecimal(PyOps.toInt(a));
                BigDecimal y = b instanceof BigDecimal d ? d : new BigDecimal(PyOps.toInt(b));
                return x.add(y);
            }
            return PyOps.toFloat(a) + PyOps.toFloat(b);
        }
        if (b instanceof Duration d) {
            switch (a) {
                case LocalDate date -> {
                    return date.plusDays(Math.floorDiv(d.getSeconds(), 86400L));
                }
                case LocalDateTime dt -> {
                    return dt.plus(d);
                }
                case ZonedDateTime dt -> {
                    return dt.toLocalDateTime().plus(d).atZone(dt.getZone());
                }
                case OffsetDateTime dt -> {
                    return dt.plus(d);
                }
                default -> {
                }
            }
        }
        throw PyErr.type("unsupported operand type(s) for +: '" + PyOps.typeName(a) + "' and '"
                + PyOps.typeName(b) + "'");
    }

    private static Object getDigit(Object value, Object arg) {
        BigInteger position;
        BigInteger number;
        try {
            position = PyOps.toInt(arg);
            number = PyOps.toInt(value);
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.VALUE)) {
                return value;
            }
            throw e;
        }
        if (position.signum() < 1) {
            return PyOps.intResult(number);
        }
        String digits = number.toString();
        if (position.compareTo(BigInteger.valueOf(digits.length())) > 0) {
            return 0;
        }
        String digit = String.valueOf(digits.charAt(digits.length() - position.intValue()));
        return PyOps.intResult(PyOps.parseInt(digit));
    }

    // ------------------------------------------------------------ dates

    private static Object timesince(Object value, Object now, boolean reversed, FilterContext ctx) {
        try {
            return TimeSince.timesince(value, now, reversed, ctx.zone());
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.VALUE, PyErr.Kind.TYPE)) {
                return "";
            }
            throw e;
        }
    }

    // ------------------------------------------------------------ logic

    private static Object yesno(Object value, Object arg) {
        String mapping = arg == null ? "yes,no,maybe" : requireStr(arg, "yesno argument");
        String[] bits = mapping.split(",", -1);
        if (bits.length < 2) {
            return value;
        }
        String yes = bits[0];
        String no = bits[1];
        String maybe = bits.length == 3 ? bits[2] : bits[1];
        if (value == null) {
            return maybe;
        }
        return Py.isTrue(value) ? yes : no;
    }

    private static Object pluralize(Object value, Object arg) {
        String a = requireStr(arg, "pluralize argument");
        if (!a.contains(",")) {
            a = "," + a;
        }
        String[] bits = a.split(",", -1);
        if (bits.length > 2) {
            return "";
        }
        String singular = bits[0];
        String plural = bits[1];
        try {
            return PyOps.toFloat(value) == 1 ? singular : plural;
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.VALUE)) {
                return "";
            }
            if (!e.is(PyErr.Kind.TYPE)) {
                throw e;
            }
        }
        try {
            return PyOps.len(value) == 1 ? singular : plural;
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.TYPE)) {
                return "";
            }
            throw e;
        }
    }
}
