package dev.quintet.forms.widgets;

import java.util.Map;

/** Django's {@code TextInput}: {@code <input type="text">}. */
@SuppressWarnings("this-escape")
public class TextInput extends Input {
    /** Without attributes. */
    public TextInput() {
        this(Map.of());
    }

    /** With attributes. */
    public TextInput(Map<String, ?> attrs) {
        super("text", attrs);
    }
}
