package dev.quintet.forms.widgets;

import dev.quintet.forms.Choice;
import java.util.List;
import java.util.Map;

/** Django's {@code CheckboxSelectMultiple}: as {@link RadioSelect} with checkboxes; its value is a list. */
@SuppressWarnings("this-escape")
public class CheckboxSelectMultiple extends RadioSelect {
    /** No choices yet. */
    public CheckboxSelectMultiple() {
        this(Map.of(), List.of());
    }

    /** With attributes and choices. */
    public CheckboxSelectMultiple(Map<String, ?> attrs, List<Choice> choices) {
        super(attrs, choices);
    }

    @Override
    protected String optionType() {
        return "checkbox";
    }

    @Override
    public boolean allowMultipleSelected() {
        return true;
    }

    /** Never {@code required}: the browser would require every box. */
    @Override
    public boolean useRequiredAttribute(Object initial) {
        return false;
    }
}
