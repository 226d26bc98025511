package dev.quintet.forms.widgets;

import dev.quintet.forms.Choice;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import java.util.List;
import java.util.Map;

/** Django's {@code NullBooleanSelect}: Unknown / Yes / No, submitted as {@code unknown}/{@code true}/{@code false}. */
@SuppressWarnings("this-escape")
public class NullBooleanSelect extends Select {
    /** Django's three choices. */
    public NullBooleanSelect() {
        this(Map.of());
    }

    /** With attributes. */
    public NullBooleanSelect(Map<String, ?> attrs) {
        super(attrs, Choice.of("unknown", "Unknown", "true", "Yes", "false", "No"));
    }

    @Override
    public Object formatValue(Object value) {
        String v;
        if (Boolean.TRUE.equals(value) || "true".equals(value) || "2".equals(value)) {
            v = "true";
        } else if (Boolean.FALSE.equals(value) || "false".equals(value) || "3".equals(value)) {
            v = "false";
        } else {
            v = "unknown";
        }
        return List.of(v);
    }

    @Override
    public Object valueFromDatadict(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        String v = data.get(name);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "True", "true", "2" -> Boolean.TRUE;
            case "False", "false", "3" -> Boolean.FALSE;
            default -> null;
        };
    }
}
