package dev.quintet.forms;

import dev.quintet.core.validators.Validators;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.Widget;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options shared by the string fields ({@link CharField}, {@link EmailField}, {@link URLField},
 * {@link SlugField}).
 *
 * @param <F> the concrete field type
 */
public abstract class AbstractCharField<F extends AbstractCharField<F>> extends Field<String, F> {
    private Integer maxLength;
    private Integer minLength;
    private boolean strip = true;
    private String emptyValue = "";

    /** A string field rendered by {@code widget}. */
    protected AbstractCharField(Widget widget) {
        super(widget, new HiddenInput());
        addValidator(Validators.PROHIBIT_NULL_CHARACTERS);
    }

    /** At most {@code n} characters. */
    public F maxLength(int n) {
        this.maxLength = n;
        addValidator(Validators.maxLength(n));
        return self();
    }

    /** At least {@code n} characters. */
    public F minLength(int n) {
        this.minLength = n;
        addValidator(Validators.minLength(n));
        return self();
    }

    /** Whether surrounding whitespace is removed (default {@code true}). */
    public F strip(boolean strip) {
        this.strip = strip;
        return self();
    }

    /** The value empty input cleans to (default {@code ""}; {@code null} for nullable model fields). */
    public F emptyValue(String emptyValue) {
        this.emptyValue = emptyValue;
        return self();
    }

    /** The maximum length, or {@code null}. */
    public Integer maxLength() {
        return maxLength;
    }

    @Override
    protected String toPython(Object value) {
        if (isEmptyValue(value)) {
            return emptyValue;
        }
        String s = dev.quintet.forms.internal.PyFormat.str(value);
        if (strip) {
            s = s.strip();
        }
        return s.isEmpty() ? emptyValue : s;
    }

    @Override
    public Map<String, Object> widgetAttrs(Widget widget) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (maxLength != null && !widget.isHidden()) {
            attrs.put("maxlength", String.valueOf(maxLength));
        }
        if (minLength != null && !widget.isHidden()) {
            attrs.put("minlength", String.valueOf(minLength));
        }
        return attrs;
    }
}
