package dev.quintet.urls.internal;

import dev.quintet.urls.Converter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One entry of a reverse table (Django's {@code reverse_dict} value): the full pattern from the
 * node down to an endpoint, its default kwargs and converters. Its written-out forms and the
 * regex a candidate URL must match are computed on first use.
 */
final class Possibility {
    final String pattern;
    final Map<String, Object> defaults;
    final Map<String, Converter> converters;
    private volatile List<Normalizer.Form> forms;
    private volatile Pattern check;

    Possibility(String pattern, Map<String, Object> defaults, Map<String, Converter> converters) {
        this.pattern = pattern;
        this.defaults = defaults;
        this.converters = converters;
    }

    List<Normalizer.Form> forms() {
        List<Normalizer.Form> f = forms;
        if (f == null) {
            f = Normalizer.normalize(pattern);
            forms = f;
        }
        return f;
    }

    /** Django's {@code re.search("^" + re.escape(prefix) + pattern, candidate)}, with prefix {@code /}. */
    Pattern check() {
        Pattern c = check;
        if (c == null) {
            c = RegexTranslator.compile("^/" + pattern).pattern();
            check = c;
        }
        return c;
    }
}
