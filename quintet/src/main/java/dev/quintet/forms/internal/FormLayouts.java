package dev.quintet.forms.internal;

import dev.quintet.forms.BoundField;
import dev.quintet.forms.ErrorList;
import dev.quintet.forms.Form;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a form as Django 5/6's {@code django/forms/div.html}, {@code p.html}, {@code table.html},
 * {@code ul.html} and {@code field.html} templates render it, whitespace included (then stripped,
 * as Django's renderer strips): each method follows its template's text and tags in order.
 */
public final class FormLayouts {
    private FormLayouts() {
    }

    /** The four layouts. */
    public enum Layout {
        /** {@code div.html}. */
        DIV,
        /** {@code p.html}. */
        P,
        /** {@code table.html}. */
        TABLE,
        /** {@code ul.html}. */
        UL
    }

    private record Row(BoundField field, String errors) {
    }

    /** The form's HTML in {@code layout}. */
    public static String render(Form form, Layout layout) {
        ErrorList top = ErrorList.copyOf(form.nonFieldErrors(), "nonfield", null);
        List<Row> rows = new ArrayList<>();
        List<BoundField> hidden = new ArrayList<>();
        for (BoundField bf : form) {
            ErrorList errs = ErrorList.copyOf(bf.errors(), null, bf.autoId());
            if (bf.isHidden()) {
                for (String e : errs) {
                    top.add("(Hidden field " + bf.name() + ") " + e);
                }
                hidden.add(bf);
            } else {
                rows.add(new Row(bf, errs.asUl().toString()));
            }
        }
        StringBuilder h = new StringBuilder();
        for (BoundField bf : hidden) {
            h.append(bf.toHtml());
        }
        String hiddenHtml = h.toString();
        String errors = top.asUl().toString();
        boolean hasErrors = !top.isEmpty();
        StringBuilder out = new StringBuilder(512);
        switch (layout) {
            case DIV -> div(out, rows, hiddenHtml, errors, hasErrors);
            case P -> p(out, rows, hiddenHtml, errors, hasErrors);
            case TABLE -> table(out, rows, hiddenHtml, errors, hasErrors);
            case UL -> ul(out, rows, hiddenHtml, errors, hasErrors);
            default -> throw new IllegalArgumentException(layout.name());
        }
        return out.toString().strip();
    }

    private static String classAttr(BoundField bf) {
        String classes = bf.cssClasses();
        return classes.isEmpty() ? "" : " class=\"" + Html.esc(classes) + "\"";
    }

    private static String label(BoundField bf) {
        return bf.label().isEmpty() ? "" : bf.labelTag().toString();
    }

    private static String helpId(BoundField bf) {
        String id = bf.autoId();
        return id.isEmpty() ? "" : " id=\"" + Html.esc(id) + "_helptext\"";
    }

    private static String fieldset(BoundField bf) {
        String d = bf.ariaDescribedby();
        return d == null || d.isEmpty() ? "<fieldset>" : "<fieldset aria-describedby=\"" + Html.esc(d) + "\">";
    }

    private static void tail(StringBuilder out, List<Row> rows, boolean hasErrors, String hiddenHtml) {
        out.append('\n');
        if (rows.isEmpty() && !hasErrors) {
            out.append("\n  ").append(hiddenHtml).append('\n');
        }
        out.append('\n');
    }

    private static void div(StringBuilder out, List<Row> rows, String hiddenHtml, String errors, boolean hasErrors) {
        out.append(errors).append('\n');
        if (hasErrors && rows.isEmpty()) {
            out.append("\n  <div>").append(hiddenHtml).append("</div>\n");
        }
        out.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            BoundField bf = rows.get(i).field();
            out.append("\n  <div").append(classAttr(bf)).append(">\n    ");
            if (bf.useFieldset()) {
                out.append("\n      ").append(fieldset(bf)).append("\n      ")
                        .append(bf.label().isEmpty() ? "" : bf.legendTag().toString()).append("\n    ");
            } else {
                out.append("\n      ").append(label(bf)).append("\n    ");
            }
            out.append("\n    ");
            if (!bf.helpText().isEmpty()) {
                out.append("<div class=\"helptext\"").append(helpId(bf)).append('>').append(bf.helpText()).append("</div>");
            }
            out.append("\n    ").append(rows.get(i).errors()).append("\n    ").append(bf.toHtml()).append("\n    ");
            if (bf.useFieldset()) {
                out.append("</fieldset>");
            }
            out.append("\n    ");
            if (i == rows.size() - 1) {
                out.append("\n      ").append(hiddenHtml).append("\n    ");
            }
            out.append("\n</div>\n");
        }
        tail(out, rows, hasErrors, hiddenHtml);
    }

    private static void p(StringBuilder out, List<Row> rows, String hiddenHtml, String errors, boolean hasErrors) {
        out.append(errors).append('\n');
        if (hasErrors && rows.isEmpty()) {
            out.append("\n  <p>").append(hiddenHtml).append("</p>\n");
        }
        out.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            BoundField bf = rows.get(i).field();
            out.append("\n  ").append(rows.get(i).errors()).append("\n  <p").append(classAttr(bf)).append(">\n    ")
                    .append(label(bf)).append("\n    ").append(bf.toHtml()).append("\n    ");
            if (!bf.helpText().isEmpty()) {
                out.append("\n      <span class=\"helptext\"").append(helpId(bf)).append('>').append(bf.helpText())
                        .append("</span>\n    ");
            }
            out.append("\n    ");
            if (i == rows.size() - 1) {
                out.append("\n      ").append(hiddenHtml).append("\n    ");
            }
            out.append("\n  </p>\n");
        }
        tail(out, rows, hasErrors, hiddenHtml);
    }

    private static void table(StringBuilder out, List<Row> rows, String hiddenHtml, String errors, boolean hasErrors) {
        if (hasErrors) {
            out.append("\n  <tr>\n    <td colspan=\"2\">\n      ").append(errors).append("\n      ");
            if (rows.isEmpty()) {
                out.append("\n        ").append(hiddenHtml).append("\n      ");
            }
            out.append("\n    </td>\n  </tr>\n");
        }
        out.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            BoundField bf = rows.get(i).field();
            out.append("\n  <tr").append(classAttr(bf)).append(">\n    <th>").append(label(bf))
                    .append("</th>\n    <td>\n      ").append(rows.get(i).errors()).append("\n      ")
                    .append(bf.toHtml()).append("\n      ");
            if (!bf.helpText().isEmpty()) {
                out.append("\n        <br>\n        <span class=\"helptext\"").append(helpId(bf)).append('>')
                        .append(bf.helpText()).append("</span>\n      ");
            }
            out.append("\n      ");
            if (i == rows.size() - 1) {
                out.append("\n        ").append(hiddenHtml).append("\n      ");
            }
            out.append("\n    </td>\n  </tr>\n");
        }
        tail(out, rows, hasErrors, hiddenHtml);
    }

    private static void ul(StringBuilder out, List<Row> rows, String hiddenHtml, String errors, boolean hasErrors) {
        if (hasErrors) {
            out.append("\n  <li>\n    ").append(errors).append("\n  ");
            if (rows.isEmpty()) {
                out.append("\n    ").append(hiddenHtml).append("\n  ");
            }
            out.append("\n  </li>\n");
        }
        out.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            BoundField bf = rows.get(i).field();
            out.append("\n  <li").append(classAttr(bf)).append(">\n    ").append(rows.get(i).errors())
                    .append("\n    ").append(label(bf)).append("\n    ").append(bf.toHtml()).append("\n    ");
            if (!bf.helpText().isEmpty()) {
                out.append("\n      <span class=\"helptext\"").append(helpId(bf)).append('>').append(bf.helpText())
                        .append("</span>\n    ");
            }
            out.append("\n    ");
            if (i == rows.size() - 1) {
                out.append("\n      ").append(hiddenHtml).append("\n    ");
            }
            out.append("\n  </li>\n");
        }
        tail(out, rows, hasErrors, hiddenHtml);
    }

    /** A field as Django's {@code field.html} ({@code as_field_group}). */
    public static String fieldGroup(BoundField bf) {
        StringBuilder out = new StringBuilder();
        if (bf.useFieldset()) {
            out.append("\n  ").append(fieldset(bf)).append("\n  ")
                    .append(bf.label().isEmpty() ? "" : bf.legendTag().toString()).append('\n');
        } else {
            out.append("\n  ").append(label(bf)).append('\n');
        }
        out.append('\n');
        if (!bf.helpText().isEmpty()) {
            out.append("<div class=\"helptext\"").append(helpId(bf)).append('>').append(bf.helpText()).append("</div>");
        }
        out.append('\n').append(bf.errors().asUl()).append('\n').append(bf.toHtml()).append('\n');
        if (bf.useFieldset()) {
            out.append("</fieldset>");
        }
        out.append('\n');
        return out.toString().strip();
    }
}
