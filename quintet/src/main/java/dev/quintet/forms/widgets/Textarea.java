package dev.quintet.forms.widgets;

import dev.quintet.forms.internal.Html;
import dev.quintet.template.SafeString;
import java.util.LinkedHashMap;
import java.util.Map;

/** Django's {@code Textarea}: {@code cols="40" rows="10"} unless the attributes say otherwise. */
@SuppressWarnings("this-escape")
public class Textarea extends Widget {
    /** The default size. */
    public Textarea() {
        this(Map.of());
    }

    /** With attributes (over {@code cols="40" rows="10"}). */
    public Textarea(Map<String, ?> attrs) {
        super(defaults(attrs));
    }

    private static Map<String, Object> defaults(Map<String, ?> attrs) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("cols", "40");
        all.put("rows", "10");
        all.putAll(attrs);
        return all;
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        StringBuilder out = new StringBuilder(80);
        out.append("<textarea name=\"").append(Html.esc(name)).append('"');
        Html.attrs(out, buildAttrs(extraAttrs));
        out.append(">\n");
        Object v = formatValue(value);
        if (v != null) {
            out.append(Html.esc(v));
        }
        return SafeString.of(out.append("</textarea>"));
    }
}
