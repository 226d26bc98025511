package dev.quintet.forms.widgets;

import dev.quintet.template.SafeString;
import java.util.Map;

/** Django's {@code PasswordInput}: never shows the value unless {@code renderValue} is true. */
@SuppressWarnings("this-escape")
public class PasswordInput extends Input {
    private final boolean renderValue;

    /** Without attributes, value not rendered. */
    public PasswordInput() {
        this(Map.of(), false);
    }

    /** With attributes; {@code renderValue} re-displays the submitted value. */
    public PasswordInput(Map<String, ?> attrs, boolean renderValue) {
        super("password", attrs);
        this.renderValue = renderValue;
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        return super.render(name, renderValue ? value : null, extraAttrs);
    }
}
