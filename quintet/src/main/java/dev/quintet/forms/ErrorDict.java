package dev.quintet.forms;

import dev.quintet.forms.internal.Html;
import dev.quintet.forms.internal.PyJson;
import dev.quintet.template.HtmlSafe;
import dev.quintet.template.SafeString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code ErrorDict}: a form's errors by field name ({@code __all__} for the form's own),
 * rendered as {@code <ul class="errorlist"><li>title<ul class="errorlist" ...>...</ul></li></ul>}.
 */
public final class ErrorDict extends LinkedHashMap<String, ErrorList> implements HtmlSafe {
    private static final long serialVersionUID = 1L;

    /** The errors with their codes, per field. */
    public Map<String, List<ValidationError>> asData() {
        Map<String, List<ValidationError>> out = new LinkedHashMap<>();
        forEach((k, v) -> out.put(k, v.asData()));
        return out;
    }

    /** {@code {"field": [{"message": ..., "code": ...}]}}. */
    public Map<String, List<Map<String, String>>> getJsonData(boolean escapeHtml) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        forEach((k, v) -> out.put(k, v.getJsonData(escapeHtml)));
        return out;
    }

    /** The JSON as Python's {@code json.dumps} writes it. */
    public String asJson(boolean escapeHtml) {
        return PyJson.dumpsAscii(getJsonData(escapeHtml));
    }

    /** The JSON without escaping. */
    public String asJson() {
        return asJson(false);
    }

    /** The nested HTML list ({@code ""} when empty). */
    public SafeString asUl() {
        if (isEmpty()) {
            return SafeString.EMPTY;
        }
        StringBuilder out = new StringBuilder("<ul class=\"errorlist\">");
        forEach((k, v) -> out.append("<li>").append(Html.esc(k)).append(v.asUl()).append("</li>"));
        return SafeString.of(out.append("</ul>"));
    }

    /** {@code * field\n  * message} lines. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        forEach((k, v) -> {
            out.append("* ").append(Html.esc(k)).append('\n');
            for (String m : v) {
                out.append("  * ").append(Html.esc(m)).append('\n');
            }
        });
        return out.toString().strip();
    }

    @Override
    public SafeString toHtml() {
        return asUl();
    }

    @Override
    public String toString() {
        return asUl().toString();
    }
}
