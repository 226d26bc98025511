package dev.quintet.forms.widgets;

import java.util.Map;

/** Django's {@code URLInput}: {@code <input type="url">}. */
@SuppressWarnings("this-escape")
public class URLInput extends Input {
    /** Without attributes. */
    public URLInput() {
        this(Map.of());
    }

    /** With attributes. */
    public URLInput(Map<String, ?> attrs) {
        super("url", attrs);
    }
}
