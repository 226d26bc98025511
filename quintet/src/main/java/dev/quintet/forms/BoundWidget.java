package dev.quintet.forms;

import dev.quintet.forms.widgets.ChoiceWidget;
import dev.quintet.template.HtmlSafe;
import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Attributes;
import dev.quintet.template.internal.Lookups;

/**
 * Django's {@code BoundWidget}: one option of a choice field (or the single widget of any other
 * field) when a template iterates a bound field:
 *
 * <pre>{@code
 * {% for radio in form.size %}
 *   <label for="{{ radio.id_for_label }}">{{ radio.choice_label }} {{ radio.tag }}</label>
 * {% endfor %}
 * }</pre>
 *
 * {@code {{ radio }}} is the input wrapped in its label.
 */
public final class BoundWidget implements HtmlSafe, Attributes {
    private final ChoiceWidget widget;
    private final ChoiceWidget.Option option;
    private final SafeString single;
    private final String singleId;

    BoundWidget(ChoiceWidget widget, ChoiceWidget.Option option) {
        this.widget = widget;
        this.option = option;
        this.single = null;
        this.singleId = null;
    }

    BoundWidget(SafeString html, String id) {
        this.widget = null;
        this.option = null;
        this.single = html;
        this.singleId = id;
    }

    /** The option's input (or {@code <option>}); {@code wrapLabel} wraps inputs in their label. */
    public SafeString tag(boolean wrapLabel) {
        return single != null ? single : SafeString.of(widget.renderOption(option, wrapLabel));
    }

    /** The bare input. */
    public SafeString tag() {
        return tag(false);
    }

    /** The option's label ({@code ""} for a widget without choices). */
    public String choiceLabel() {
        return option == null ? "" : option.label();
    }

    /** The option's id. */
    public String idForLabel() {
        if (option == null) {
            return singleId == null ? "" : singleId;
        }
        Object id = option.attrs().get("id");
        return id == null ? "" : id.toString();
    }

    /** The option data (value, label, selected, index, attrs), or {@code null} for a plain widget. */
    public ChoiceWidget.Option data() {
        return option;
    }

    @Override
    public SafeString toHtml() {
        return tag(true);
    }

    @Override
    public String toString() {
        return toHtml().toString();
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "tag" -> tag();
            case "choice_label" -> choiceLabel();
            case "id_for_label" -> idForLabel();
            case "data" -> option;
            default -> Lookups.invoke(Lookups.accessorFor(BoundWidget.class, name), this);
        };
    }
}
