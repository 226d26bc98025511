package dev.quintet.forms.widgets;

import dev.quintet.forms.internal.Html;
import dev.quintet.template.SafeString;
import java.util.Map;

/**
 * Django's {@code Input}: {@code <input type="..." name="..." value="..." attrs>}. The concrete
 * inputs are {@link TextInput}, {@link NumberInput}, {@link EmailInput}, {@link URLInput},
 * {@link PasswordInput}, {@link HiddenInput}, {@link DateInput}, {@link DateTimeInput},
 * {@link TimeInput}, {@link FileInput}.
 */
@SuppressWarnings("this-escape")
public abstract class Input extends Widget {
    private final String inputType;

    /** An input of the given {@code type} and attributes. */
    protected Input(String inputType, Map<String, ?> attrs) {
        super(attrs);
        this.inputType = inputType;
    }

    /** The {@code type} attribute. */
    public String inputType() {
        return inputType;
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        return SafeString.of(tag(name, formatValue(value), buildAttrs(extraAttrs)));
    }

    /** The {@code <input>} tag for an already formatted value ({@code null}: no value attribute). */
    protected String tag(String name, Object formatted, Map<String, ?> allAttrs) {
        StringBuilder out = new StringBuilder(64);
        out.append("<input type=\"").append(Html.esc(inputType)).append("\" name=\"").append(Html.esc(name)).append('"');
        if (formatted != null) {
            out.append(" value=\"").append(Html.esc(formatted)).append('"');
        }
        Html.attrs(out, allAttrs);
        return out.append('>').toString();
    }
}
