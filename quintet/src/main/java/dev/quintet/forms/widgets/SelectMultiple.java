package dev.quintet.forms.widgets;

import dev.quintet.forms.Choice;
import java.util.List;
import java.util.Map;

/** Django's {@code SelectMultiple}: {@code <select multiple>}; its value is a list. */
@SuppressWarnings("this-escape")
public class SelectMultiple extends Select {
    /** No choices yet. */
    public SelectMultiple() {
        this(Map.of(), List.of());
    }

    /** With attributes and choices. */
    public SelectMultiple(Map<String, ?> attrs, List<Choice> choices) {
        super(attrs, choices);
    }

    @Override
    public boolean allowMultipleSelected() {
        return true;
    }
}
