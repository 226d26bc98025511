package dev.quintet.forms;

import dev.quintet.core.validators.Validators;
import dev.quintet.db.models.Validator;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.Widget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options shared by the string fields ({@link CharField}, {@link EmailField}, {@link URLField},
 * {@link SlugField}).
 *
 * @param <F> the concrete field type
 */
@SuppressWarnings("this-escape")
public abstract class AbstractCharField<F extends AbstractCharField<F>> extends Field<String, F> {
    private Integer maxLength;
    private Integer minLength;
    private boolean strip = true;
    private String emptyValue = "";

    /** A string field rendered by {@code widget}. */
    @SuppressWarnings("this-escape")
    protected AbstractCharField(Widget widget) {
        super(widget, new HiddenInput());
    }

    @Override
    protected List<Validator> optionValidators() {
        List<Validator> out = new ArrayList<>(3);
        if (minLength != null) {
            out.add(Validators.minLength(minLength));
        }
        if (maxLength != null) {
            out.add(Validators.maxLength(maxLength));
        }
        out.add(Validators.PROHIBIT_NULL_CHARACTERS);
        return out;
    }

    /** At most {@code n} characters. */
    public F maxLength(int n) {
        this.maxLength = n;
        return self();
    }

    /** At least {@code n} characters. */
    public F minLength(int n) {
        this.minLength = n;
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
