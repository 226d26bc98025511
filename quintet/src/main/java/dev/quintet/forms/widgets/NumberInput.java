package dev.quintet.forms.widgets;

import java.util.Map;

/** Django's {@code NumberInput}: {@code <input type="number">}. */
@SuppressWarnings("this-escape")
public class NumberInput extends Input {
    /** Without attributes. */
    public NumberInput() {
        this(Map.of());
    }

    /** With attributes. */
    public NumberInput(Map<String, ?> attrs) {
        super("number", attrs);
    }
}
