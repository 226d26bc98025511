package dev.quintet.forms;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Django's {@code TypedChoiceField}: a {@link ChoiceField} whose value is converted by
 * {@code coerce}; empty input cleans to {@code emptyValue}. A failing conversion is an invalid
 * choice.
 *
 * @param <T> the converted type
 */
@SuppressWarnings("this-escape")
public class TypedChoiceField<T> extends Field<T, TypedChoiceField<T>> {
    private final ChoiceField choice = new ChoiceField();
    private final Function<String, T> coerce;
    private T emptyValue;

    /** Choices, the conversion and the value of empty input. */
    @SuppressWarnings("this-escape")
    public TypedChoiceField(List<Choice> choices, Function<String, T> coerce, T emptyValue) {
        super(new dev.quintet.forms.widgets.Select(), new dev.quintet.forms.widgets.HiddenInput());
        defaultMessage("invalid_choice", "Select a valid choice. %(value)s is not one of the available choices.");
        this.coerce = coerce;
        this.emptyValue = emptyValue;
        choice.widget(widget());
        choice.choices(choices);
    }

    /** The value of empty input. */
    public TypedChoiceField<T> emptyValue(T value) {
        this.emptyValue = value;
        return this;
    }

    /** The choices. */
    public List<Choice> choices() {
        return choice.choices();
    }

    /** Django's {@code ChoiceField.clean()} on the string, then {@code _coerce}. */
    @Override
    public T clean(Object value) {
        String s = choice.toPython(value);
        if (s.isEmpty() && isRequired()) {
            throw error("required");
        }
        if (!s.isEmpty() && !choice.validValue(s)) {
            throw error("invalid_choice", Map.of("value", s));
        }
        T v = toPython(s);
        runValidators(v);
        return v;
    }

    /** The coerced value ({@code emptyValue} for empty input); a failing coercion is an invalid choice. */
    @Override
    protected T toPython(Object value) {
        String s = choice.toPython(value);
        if (s.isEmpty()) {
            return emptyValue;
        }
        try {
            return coerce.apply(s);
        } catch (RuntimeException e) {
            throw error("invalid_choice", Map.of("value", s));
        }
    }

    @Override
    public boolean hasChanged(Object initialValue, Object data) {
        if (isDisabled()) {
            return false;
        }
        String i = initialValue == null ? "" : dev.quintet.forms.internal.PyFormat.str(initialValue);
        String d = data == null ? "" : data.toString();
        return !i.equals(d);
    }
}
