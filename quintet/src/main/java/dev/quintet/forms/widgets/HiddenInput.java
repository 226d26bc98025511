package dev.quintet.forms.widgets;

import java.util.Map;

/** Django's {@code HiddenInput}: {@code <input type="hidden">}. */
@SuppressWarnings("this-escape")
public class HiddenInput extends Input {
    /** Without attributes. */
    public HiddenInput() {
        this(Map.of());
    }

    /** With attributes. */
    public HiddenInput(Map<String, ?> attrs) {
        super("hidden", attrs);
    }

    @Override
    public boolean isHidden() {
        return true;
    }
}
