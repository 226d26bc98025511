package dev.quintet.forms;

import dev.quintet.forms.internal.Html;
import dev.quintet.forms.internal.PyJson;
import dev.quintet.template.HtmlSafe;
import dev.quintet.template.SafeString;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code ErrorList}: the errors of one field (or of the form), iterated as messages and
 * rendered as {@code <ul class="errorlist" id="id_title_error"><li>...</li></ul>} (the {@code id}
 * when the list belongs to a field, as Django 5.2+).
 */
public final class ErrorList extends AbstractList<String> implements HtmlSafe {
    private final List<ValidationError> data = new ArrayList<>();
    private final String errorClass;
    private final String fieldId;

    /** An empty list with CSS class {@code errorlist} plus {@code extraClass} (e.g. {@code nonfield}), for {@code fieldId} (may be {@code null}). */
    public ErrorList(String extraClass, String fieldId) {
        this.errorClass = extraClass == null || extraClass.isEmpty() ? "errorlist" : "errorlist " + extraClass;
        this.fieldId = fieldId == null || fieldId.isEmpty() ? null : fieldId;
    }

    /** An empty plain list. */
    public ErrorList() {
        this(null, null);
    }

    /** A copy of {@code other} with another class and field id. */
    public static ErrorList copyOf(List<?> other, String extraClass, String fieldId) {
        ErrorList list = new ErrorList(extraClass, fieldId);
        if (other instanceof ErrorList e) {
            list.data.addAll(e.data);
        } else {
            for (Object o : other) {
                list.data.add(o instanceof ValidationError v ? v : new ValidationError(String.valueOf(o)));
            }
        }
        return list;
    }

    /** Appends the single errors of {@code error}. */
    public void extend(ValidationError error) {
        data.addAll(error.errorList());
    }

    /** Appends a message. */
    @Override
    public boolean add(String message) {
        return data.add(new ValidationError(message));
    }

    @Override
    public String get(int index) {
        return data.get(index).formattedMessage();
    }

    @Override
    public int size() {
        return data.size();
    }

    /** The errors with their codes and params. */
    public List<ValidationError> asData() {
        return List.copyOf(data);
    }

    /** The CSS class. */
    public String errorClass() {
        return errorClass;
    }

    /** The owning field's id, or {@code null}. */
    public String fieldId() {
        return fieldId;
    }

    /** {@code [{"message": ..., "code": ...}]}, messages escaped when {@code escapeHtml}. */
    public List<Map<String, String>> getJsonData(boolean escapeHtml) {
        List<Map<String, String>> out = new ArrayList<>();
        for (ValidationError e : data) {
            Map<String, String> m = new LinkedHashMap<>();
            String msg = e.formattedMessage();
            m.put("message", escapeHtml ? Html.esc(msg) : msg);
            m.put("code", e.code() == null ? "" : e.code());
            out.add(m);
        }
        return out;
    }

    /** The JSON of {@link #getJsonData(boolean)} as Python's {@code json.dumps} writes it. */
    public String asJson(boolean escapeHtml) {
        return PyJson.dumpsAscii(getJsonData(escapeHtml));
    }

    /** The JSON without escaping. */
    public String asJson() {
        return asJson(false);
    }

    /** The HTML list ({@code ""} when empty). */
    public SafeString asUl() {
        if (data.isEmpty()) {
            return SafeString.EMPTY;
        }
        StringBuilder out = new StringBuilder(64);
        out.append("<ul class=\"").append(Html.esc(errorClass)).append('"');
        if (fieldId != null) {
            out.append(" id=\"").append(Html.esc(fieldId)).append("_error\"");
        }
        out.append('>');
        for (ValidationError e : data) {
            out.append("<li>").append(Html.esc(e.formattedMessage())).append("</li>");
        }
        return SafeString.of(out.append("</ul>"));
    }

    /** {@code * message} lines. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        for (ValidationError e : data) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("* ").append(Html.esc(e.formattedMessage()));
        }
        return out.toString();
    }

    @Override
    public SafeString toHtml() {
        return asUl();
    }

    @Override
    public String toString() {
        return asUl().toString();
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
