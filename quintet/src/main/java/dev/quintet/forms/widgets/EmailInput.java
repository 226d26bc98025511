package dev.quintet.forms.widgets;

import java.util.Map;

/** Django's {@code EmailInput}: {@code <input type="email">}. */
@SuppressWarnings("this-escape")
public class EmailInput extends Input {
    /** Without attributes. */
    public EmailInput() {
        this(Map.of());
    }

    /** With attributes. */
    public EmailInput(Map<String, ?> attrs) {
        super("email", attrs);
    }
}
