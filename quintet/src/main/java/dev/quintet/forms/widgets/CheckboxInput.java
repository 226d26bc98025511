package dev.quintet.forms.widgets;

import dev.quintet.forms.internal.PyFormat;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import dev.quintet.template.SafeString;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Django's {@code CheckboxInput}: {@code checked} when the value is truthy ({@code checkTest}). */
@SuppressWarnings("this-escape")
public class CheckboxInput extends Input {
    private final Predicate<Object> checkTest;

    /** Checked for any value but {@code false}, {@code null} and {@code ""}. */
    public CheckboxInput() {
        this(Map.of(), null);
    }

    /** With attributes and a test deciding {@code checked} ({@code null}: the default). */
    public CheckboxInput(Map<String, ?> attrs, Predicate<Object> checkTest) {
        super("checkbox", attrs);
        this.checkTest = checkTest != null ? checkTest
                : v -> !(v == null || Boolean.FALSE.equals(v) || "".equals(v));
    }

    @Override
    public Object formatValue(Object value) {
        if (value == null || value instanceof Boolean || "".equals(value)) {
            return null;
        }
        return PyFormat.str(value);
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        Map<String, Object> extra = new LinkedHashMap<>(extraAttrs == null ? Map.of() : extraAttrs);
        if (checkTest.test(value)) {
            extra.put("checked", true);
        }
        return SafeString.of(tag(name, formatValue(value), buildAttrs(extra)));
    }

    @Override
    public Object valueFromDatadict(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        if (!data.containsKey(name)) {
            return false;
        }
        String v = data.get(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> !v.isEmpty();
        };
    }

    @Override
    public boolean valueOmittedFromData(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return false;
    }
}
