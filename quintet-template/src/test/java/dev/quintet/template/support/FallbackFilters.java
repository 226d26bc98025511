package dev.quintet.template.support;

import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Html;
import dev.quintet.template.internal.Py;
import dev.quintet.template.internal.PyOps;
import dev.quintet.template.internal.filters.DefaultFilters;
import dev.quintet.template.library.Filter;
import dev.quintet.template.library.Filter.Arity;
import dev.quintet.template.library.Library;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal versions of the few built-in filters the tag conformance cases use, registered only when
 * the real built-ins (written separately) do not have them yet.
 */
public final class FallbackFilters {
    private FallbackFilters() {
    }

    public static Library library() {
        Library real = DefaultFilters.library();
        Library all = new Library();
        List<Filter> mine = new ArrayList<>();
        mine.add(new Filter("upper", (v, a, c) -> str(v).toUpperCase(), Arity.NONE, false, false, false));
        mine.add(new Filter("lower", (v, a, c) -> str(v).toLowerCase(), Arity.NONE, true, false, false));
        mine.add(new Filter("safe", (v, a, c) -> SafeString.of(str(v)), Arity.NONE, true, false, false));
        mine.add(new Filter("escape", (v, a, c) -> Html.conditionalEscape(v instanceof SafeString ? v : str(v)),
                Arity.NONE, true, false, false));
        mine.add(new Filter("force_escape", (v, a, c) -> SafeString.of(Html.escape(str(v))), Arity.NONE, true, false, false));
        mine.add(new Filter("length", (v, a, c) -> Math.max(0, PyOps.len(v)), Arity.NONE, false, false, false));
        mine.add(new Filter("default", (v, a, c) -> Py.isTrue(v) ? v : a, Arity.REQUIRED, false, false, false));
        mine.add(new Filter("add", (v, a, c) -> {
            try {
                return PyOps.toInt(v).longValue() + PyOps.toInt(a).longValue();
            } catch (RuntimeException e) {
                if (v instanceof CharSequence x && a instanceof CharSequence y) {
                    return x.toString() + y;
                }
                return "";
            }
        }, Arity.REQUIRED, false, false, false));
        mine.add(new Filter("join", (v, a, c) -> {
            Iterable<?> it = PyOps.iterable(v);
            if (it == null) {
                return v;
            }
            List<String> parts = new ArrayList<>();
            for (Object o : it) {
                parts.add(c.autoescape() ? Html.conditionalEscape(o).toString() : str(o));
            }
            String sep = c.autoescape() ? Html.conditionalEscape(a).toString() : str(a);
            return SafeString.of(String.join(sep, parts));
        }, Arity.REQUIRED, true, true, false));
        mine.add(new Filter("first", (v, a, c) -> {
            List<?> l = PyOps.toList(v);
            return l == null || l.isEmpty() ? "" : l.get(0);
        }, Arity.NONE, false, false, false));
        mine.add(new Filter("last", (v, a, c) -> {
            List<?> l = PyOps.toList(v);
            return l == null || l.isEmpty() ? "" : l.get(l.size() - 1);
        }, Arity.NONE, true, false, false));
        mine.add(new Filter("capfirst", (v, a, c) -> {
            String s = str(v);
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }, Arity.NONE, true, false, false));
        mine.add(new Filter("yesno", (v, a, c) -> {
            String[] bits = (a == Filter.NO_ARG ? "yes,no,maybe" : str(a)).split(",");
            if (v == null) {
                return bits.length > 2 ? bits[2] : bits[1];
            }
            return Py.isTrue(v) ? bits[0] : bits[1];
        }, Arity.OPTIONAL, false, false, false));
        mine.add(new Filter("dictsort", (v, a, c) -> {
            List<Object> l = new ArrayList<>(PyOps.toList(v));
            l.sort((x, y) -> {
                Integer r = PyOps.compare(c.lookup(x, str(a)), c.lookup(y, str(a)));
                return r == null ? 0 : r;
            });
            return l;
        }, Arity.REQUIRED, false, false, false));
        mine.add(new Filter("date", (v, a, c) -> v instanceof TemporalAccessor t ? miniDate(t, a == Filter.NO_ARG ? "N j, Y" : str(a)) : "",
                Arity.OPTIONAL, false, false, true));
        mine.add(new Filter("time", (v, a, c) -> v instanceof TemporalAccessor t ? miniDate(t, a == Filter.NO_ARG ? "P" : str(a)) : "",
                Arity.OPTIONAL, false, false, true));
        for (Filter f : mine) {
            if (!real.filters().containsKey(f.name())) {
                all.filter(f);
            }
        }
        return all;
    }

    private static String str(Object v) {
        return Py.str(v);
    }

    private static final String[] MONTHS_AP = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec."};

    /** Just enough of Django's date format for the tests (Y m d j N, and P for times). */
    static String miniDate(TemporalAccessor t, String format) {
        StringBuilder sb = new StringBuilder();
        for (char ch : format.toCharArray()) {
            switch (ch) {
                case 'Y' -> sb.append(t.get(ChronoField.YEAR));
                case 'm' -> sb.append(String.format("%02d", t.get(ChronoField.MONTH_OF_YEAR)));
                case 'd' -> sb.append(String.format("%02d", t.get(ChronoField.DAY_OF_MONTH)));
                case 'j' -> sb.append(t.get(ChronoField.DAY_OF_MONTH));
                case 'N' -> sb.append(MONTHS_AP[t.get(ChronoField.MONTH_OF_YEAR) - 1]);
                case 'P' -> {
                    int h = t.get(ChronoField.HOUR_OF_DAY);
                    int m = t.get(ChronoField.MINUTE_OF_HOUR);
                    if (h == 0 && m == 0) {
                        sb.append("midnight");
                    } else if (h == 12 && m == 0) {
                        sb.append("noon");
                    } else {
                        int h12 = h % 12 == 0 ? 12 : h % 12;
                        sb.append(h12).append(m == 0 ? "" : String.format(":%02d", m)).append(h < 12 ? " a.m." : " p.m.");
                    }
                }
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
