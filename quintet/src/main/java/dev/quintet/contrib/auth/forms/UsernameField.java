package dev.quintet.contrib.auth.forms;

import dev.quintet.forms.AbstractCharField;
import dev.quintet.forms.widgets.TextInput;
import dev.quintet.forms.widgets.Widget;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code UsernameField}: a {@code CharField} whose value is NFKC-normalised (unless it
 * is already too long: normalising never shortens), rendered with {@code autocapitalize="none"}
 * and {@code autocomplete="username"}.
 */
@SuppressWarnings("this-escape")
public class UsernameField extends AbstractCharField<UsernameField> {
    /** A required text input. */
    public UsernameField() {
        super(new TextInput());
    }

    @Override
    protected String toPython(Object value) {
        String s = super.toPython(value);
        if (s == null || (maxLength() != null && s.length() > maxLength())) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** The login form sets the length after these, so they come first as in Django's output. */
    @Override
    public Map<String, Object> widgetAttrs(Widget widget) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("autocapitalize", "none");
        attrs.put("autocomplete", "username");
        attrs.putAll(super.widgetAttrs(widget));
        return attrs;
    }
}
