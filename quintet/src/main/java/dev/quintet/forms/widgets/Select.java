package dev.quintet.forms.widgets;

import dev.quintet.forms.Choice;
import dev.quintet.forms.internal.Html;
import dev.quintet.template.SafeString;
import java.util.List;
import java.util.Map;

/** Django's {@code Select}: {@code <select>} with one {@code <option>} per choice. */
@SuppressWarnings("this-escape")
public class Select extends ChoiceWidget {
    /** No choices yet (a {@code ChoiceField} sets them). */
    public Select() {
        this(Map.of(), List.of());
    }

    /** With attributes and choices. */
    public Select(Map<String, ?> attrs, List<Choice> choices) {
        super(attrs, choices);
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        Map<String, Object> all = buildAttrs(extraAttrs);
        if (allowMultipleSelected()) {
            all.put("multiple", true);
        }
        StringBuilder out = new StringBuilder(128);
        out.append("<select name=\"").append(Html.esc(name)).append('"');
        Html.attrs(out, all);
        out.append('>');
        List<Choice> choices = choices();
        List<boolean[]> sel = selection(choices, value);
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            out.append("\n  <option value=\"").append(Html.esc(optionValue(c))).append('"');
            if (sel.get(i)[0]) {
                out.append(" selected");
            }
            out.append('>').append(Html.esc(c.label())).append("</option>\n");
        }
        return SafeString.of(out.append("\n</select>"));
    }

    @Override
    public String renderOption(Option option, boolean wrapLabel) {
        StringBuilder out = new StringBuilder("<option value=\"").append(Html.esc(option.value())).append('"');
        Html.attrs(out, option.attrs());
        return out.append('>').append(Html.esc(option.label())).append("</option>").toString();
    }

    @Override
    public boolean useRequiredAttribute(Object initial) {
        if (allowMultipleSelected()) {
            return super.useRequiredAttribute(initial);
        }
        if (!super.useRequiredAttribute(initial)) {
            return false;
        }
        Choice first = firstChoice();
        return first != null && (first.value() == null || "".equals(first.value()));
    }
}
