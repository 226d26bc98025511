package dev.quintet.forms;

import dev.quintet.forms.internal.PyFormat;
import dev.quintet.forms.widgets.ChoiceWidget;
import dev.quintet.forms.widgets.MultipleHiddenInput;
import dev.quintet.forms.widgets.SelectMultiple;
import dev.quintet.forms.widgets.Widget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Django's {@code MultipleChoiceField}: a list of strings, each one of the choices' values. */
@SuppressWarnings("this-escape")
public class MultipleChoiceField extends Field<List<String>, MultipleChoiceField> {
    private final ChoiceField choice = new ChoiceField();

    /** A required multiple select over {@code choices}. */
    @SuppressWarnings("this-escape")
    public MultipleChoiceField(List<Choice> choices) {
        super(new SelectMultiple(), new MultipleHiddenInput());
        defaultMessage("invalid_choice", "Select a valid choice. %(value)s is not one of the available choices.");
        defaultMessage("invalid_list", "Enter a list of values.");
        choices(choices);
    }

    /** Sets the choices (and the widget's). */
    public MultipleChoiceField choices(List<Choice> choices) {
        choice.choices(choices);
        if (widget() instanceof ChoiceWidget w) {
            w.setChoices(choice.choices());
        }
        return this;
    }

    @Override
    public MultipleChoiceField widget(Widget widget) {
        super.widget(widget);
        if (widget instanceof ChoiceWidget w) {
            w.setChoices(choice.choices());
        }
        return this;
    }

    /** The choices. */
    public List<Choice> choices() {
        return choice.choices();
    }

    @Override
    protected List<String> toPython(Object value) {
        if (value == null || "".equals(value) || value instanceof Collection<?> c && c.isEmpty()) {
            return List.of();
        }
        if (!(value instanceof Collection<?> c)) {
            throw error("invalid_list");
        }
        List<String> out = new ArrayList<>(c.size());
        for (Object o : c) {
            out.add(PyFormat.str(o));
        }
        return out;
    }

    @Override
    protected void validate(List<String> value) {
        if (isRequired() && value.isEmpty()) {
            throw error("required");
        }
        for (String v : value) {
            if (!choice.validValue(v)) {
                throw error("invalid_choice", Map.of("value", v));
            }
        }
    }

    @Override
    public boolean hasChanged(Object initialValue, Object data) {
        if (isDisabled()) {
            return false;
        }
        Collection<?> i = initialValue instanceof Collection<?> c ? c : List.of();
        Collection<?> d = data instanceof Collection<?> c ? c : List.of();
        if (i.size() != d.size()) {
            return true;
        }
        Set<String> a = new HashSet<>();
        i.forEach(o -> a.add(PyFormat.str(o)));
        Set<String> b = new HashSet<>();
        d.forEach(o -> b.add(PyFormat.str(o)));
        return !a.equals(b);
    }
}
