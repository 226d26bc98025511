package dev.quintet.forms;

import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.TextInput;
import java.util.Locale;
import java.util.UUID;

/** Django's {@code UUIDField}: 32 hex digits, hyphens, braces and a {@code urn:uuid:} prefix allowed. */
@SuppressWarnings("this-escape")
public class UUIDField extends Field<UUID, UUIDField> {
    /** A required text input. */
    public UUIDField() {
        super(new TextInput(), new HiddenInput());
        defaultMessage("invalid", "Enter a valid UUID.");
    }

    @Override
    protected UUID toPython(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (isEmptyValue(value)) {
            return null;
        }
        String s = String.valueOf(value).strip();
        if (s.isEmpty()) {
            return null;
        }
        String hex = s.replace("urn:", "").replace("uuid:", "");
        hex = hex.replaceAll("^\\{+|}+$", "").replace("-", "");
        if (hex.length() != 32 || !hex.matches("[0-9a-fA-F]{32}")) {
            throw error("invalid");
        }
        hex = hex.toLowerCase(Locale.ROOT);
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }

    @Override
    public Object prepareValue(Object value) {
        return value instanceof UUID u ? u.toString() : value;
    }
}
