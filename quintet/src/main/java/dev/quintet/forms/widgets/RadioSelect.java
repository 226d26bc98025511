package dev.quintet.forms.widgets;

import dev.quintet.forms.Choice;
import dev.quintet.forms.internal.Html;
import dev.quintet.template.SafeString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code RadioSelect} (Django 4.0+ markup): a {@code <div>} holding one {@code <div>} per
 * choice, each a {@code <label>} wrapping the {@code <input type="radio">}; ids are suffixed
 * {@code _0}, {@code _1}... Forms lay it out in a {@code <fieldset>} with a {@code <legend>}.
 */
@SuppressWarnings("this-escape")
public class RadioSelect extends ChoiceWidget {
    /** No choices yet. */
    public RadioSelect() {
        this(Map.of(), List.of());
    }

    /** With attributes and choices. */
    public RadioSelect(Map<String, ?> attrs, List<Choice> choices) {
        super(attrs, choices);
    }

    /** The input type of the options. */
    protected String optionType() {
        return "radio";
    }

    @Override
    public boolean useFieldset() {
        return true;
    }

    /** No {@code for} on the field's label: each option has its own (as Django 4.0+). */
    @Override
    public String idForLabel(String id) {
        return "";
    }

    @Override
    protected boolean optionInheritsAttrs() {
        return true;
    }

    @Override
    protected String selectedAttribute() {
        return "checked";
    }

    @Override
    public String renderOption(Option option, boolean wrapLabel) {
        StringBuilder out = new StringBuilder();
        Object id = option.attrs().get("id");
        if (wrapLabel) {
            out.append("<label");
            if (id != null) {
                out.append(" for=\"").append(Html.esc(id)).append('"');
            }
            out.append('>');
        }
        out.append("<input type=\"").append(optionType()).append("\" name=\"").append(Html.esc(option.name()))
                .append("\" value=\"").append(Html.esc(option.value())).append('"');
        Html.attrs(out, option.attrs());
        out.append('>');
        if (wrapLabel) {
            out.append("\n ").append(Html.esc(option.label())).append("</label>");
        }
        return out.toString();
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        Map<String, Object> all = buildAttrs(extraAttrs);
        Object id = all.get("id");
        StringBuilder out = new StringBuilder(256);
        out.append("<div");
        if (id != null && !"".equals(id) && !Boolean.FALSE.equals(id)) {
            out.append(" id=\"").append(Html.esc(id)).append('"');
        }
        Object cls = all.get("class");
        if (cls != null && !"".equals(cls) && !Boolean.FALSE.equals(cls)) {
            out.append(" class=\"").append(Html.esc(cls)).append('"');
        }
        out.append('>');
        List<Choice> choices = choices();
        List<boolean[]> sel = selection(choices, value);
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            Map<String, Object> a = new LinkedHashMap<>(all);
            if (sel.get(i)[0]) {
                a.put("checked", true);
            }
            if (a.containsKey("id")) {
                a.put("id", a.get("id") + "_" + i);
            }
            out.append("<div>\n    <label");
            if (a.get("id") != null) {
                out.append(" for=\"").append(Html.esc(a.get("id"))).append('"');
            }
            out.append("><input type=\"").append(optionType()).append("\" name=\"").append(Html.esc(name))
                    .append("\" value=\"").append(Html.esc(optionValue(c))).append('"');
            Html.attrs(out, a);
            out.append(">\n ").append(Html.esc(c.label())).append("</label>\n\n</div>");
        }
        return SafeString.of(out.append("\n</div>"));
    }
}
