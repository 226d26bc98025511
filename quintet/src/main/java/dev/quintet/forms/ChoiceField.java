package dev.quintet.forms;

import dev.quintet.forms.internal.PyFormat;
import dev.quintet.forms.widgets.ChoiceWidget;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.Select;
import dev.quintet.forms.widgets.Widget;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code ChoiceField}: the submitted string must be one of the choices' values
 * ("Select a valid choice. X is not one of the available choices.").
 */
@SuppressWarnings("this-escape")
public class ChoiceField extends Field<String, ChoiceField> {
    private List<Choice> choices = List.of();

    /** A required select without choices yet. */
    public ChoiceField() {
        super(new Select(), new HiddenInput());
        defaultMessage("invalid_choice", "Select a valid choice. %(value)s is not one of the available choices.");
    }

    /** A required select over {@code choices}. */
    @SuppressWarnings("this-escape")
    public ChoiceField(List<Choice> choices) {
        this();
        choices(choices);
    }

    /** Sets the choices (and the widget's). */
    public ChoiceField choices(List<Choice> choices) {
        this.choices = List.copyOf(choices);
        if (widget() instanceof ChoiceWidget w) {
            w.setChoices(this.choices);
        }
        return this;
    }

    /** The choices. */
    public List<Choice> choices() {
        return choices;
    }

    @Override
    public ChoiceField widget(Widget widget) {
        super.widget(widget);
        if (widget instanceof ChoiceWidget w) {
            w.setChoices(choices);
        }
        return this;
    }

    /** True when {@code value} is one of the choices' values. */
    public boolean validValue(String value) {
        for (Choice c : choices) {
            if (value.equals(c.value() == null ? "" : PyFormat.str(c.value()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected String toPython(Object value) {
        return isEmptyValue(value) ? "" : PyFormat.str(value);
    }

    @Override
    protected void validate(String value) {
        super.validate(value);
        if (!value.isEmpty() && !validValue(value)) {
            throw error("invalid_choice", Map.of("value", value));
        }
    }
}
