package dev.quintet.forms;

import dev.quintet.db.models.Validator;
import dev.quintet.forms.widgets.Widget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Django's {@code forms.Field}: turns submitted data into a typed value ({@link #clean(Object)}),
 * or a {@link ValidationError} with Django's messages.
 *
 * <p>Options are set fluently and return the field itself:
 * {@code new CharField().maxLength(200).required(false).label("Title")}. Cleaning runs
 * {@link #toPython(Object)}, then {@link #validate(Object)}, then the validators; a message of
 * {@link #errorMessage(String, String)} replaces the default one for its code.
 *
 * @param <T> the cleaned value's type
 * @param <F> the concrete field type (for fluent setters)
 */
@SuppressWarnings("this-escape")
public abstract class Field<T, F extends Field<T, F>> {
    private Widget widget;
    private Widget hiddenWidget;
    private boolean required = true;
    private String label;
    private Object initial;
    private String helpText = "";
    private boolean disabled;
    private String labelSuffix;
    private boolean showHiddenInitial;
    private final Map<String, String> errorMessages = new LinkedHashMap<>();
    private final Map<String, String> customMessages = new LinkedHashMap<>();
    private final List<Validator> defaultValidators = new ArrayList<>();
    private final List<Validator> validators = new ArrayList<>();

    /** A field rendered by {@code widget} (hidden as {@code hiddenWidget}). */
    protected Field(Widget widget, Widget hiddenWidget) {
        this.widget = widget;
        this.hiddenWidget = hiddenWidget;
        widget.setRequired(true);
        defaultMessage("required", "This field is required.");
    }

    /** This field, typed as the subclass. */
    @SuppressWarnings("unchecked")
    protected final F self() {
        return (F) this;
    }

    /** Registers a default message for a code (subclass constructors). */
    protected final void defaultMessage(String code, String message) {
        errorMessages.put(code, message);
    }

    /** Adds one of the field type's own validators (Django's {@code default_validators}; constructors). */
    protected final void addValidator(Validator v) {
        defaultValidators.add(v);
    }

    /**
     * The validators the field's options imply ({@code maxLength}, {@code minValue}...), run after
     * the default and user validators, in Django's order.
     */
    protected List<Validator> optionValidators() {
        return List.of();
    }

    /** Whether a value is required (default {@code true}). */
    public F required(boolean required) {
        this.required = required;
        widget().setRequired(required);
        return self();
    }

    /** The label (default: the field name, capitalised, underscores as spaces). */
    public F label(String label) {
        this.label = label;
        return self();
    }

    /** The initial value shown by unbound forms. */
    public F initial(Object initial) {
        this.initial = initial;
        return self();
    }

    /** Help text rendered next to the field (trusted HTML, as Django). */
    public F helpText(String helpText) {
        this.helpText = helpText == null ? "" : helpText;
        return self();
    }

    /** A disabled field shows its initial value and ignores submitted data. */
    public F disabled(boolean disabled) {
        this.disabled = disabled;
        return self();
    }

    /** The label suffix of this field (default: the form's, {@code ":"}). */
    public F labelSuffix(String labelSuffix) {
        this.labelSuffix = labelSuffix;
        return self();
    }

    /** Also render a hidden input with the initial value (Django's {@code show_hidden_initial}). */
    public F showHiddenInitial(boolean show) {
        this.showHiddenInitial = show;
        return self();
    }

    /** The widget rendering this field. */
    public F widget(Widget widget) {
        this.widget = Objects.requireNonNull(widget);
        widget.setRequired(required);
        return self();
    }

    /** Replaces the message of one error code (Django's {@code error_messages={code: msg}}). */
    public F errorMessage(String code, String message) {
        errorMessages.put(code, message);
        customMessages.put(code, message);
        return self();
    }

    /** Replaces several messages. */
    public F errorMessages(Map<String, String> messages) {
        messages.forEach(this::errorMessage);
        return self();
    }

    /** Extra validators (Django's {@code validators=[...]}), run after the type's own, before the options'. */
    public F validators(Validator... extra) {
        validators.addAll(List.of(extra));
        return self();
    }

    /** Whether a value is required. */
    public boolean isRequired() {
        return required;
    }

    /** The explicit label, or {@code null}. */
    public String label() {
        return label;
    }

    /** The initial value, or {@code null}. */
    public Object initial() {
        return initial;
    }

    /** The help text ({@code ""} when none). */
    public String helpText() {
        return helpText;
    }

    /** Whether the field is disabled. */
    public boolean isDisabled() {
        return disabled;
    }

    /** The field's own label suffix, or {@code null}. */
    public String labelSuffix() {
        return labelSuffix;
    }

    /** Whether a hidden initial input is rendered too. */
    public boolean isShowHiddenInitial() {
        return showHiddenInitial;
    }

    /** The widget. */
    public Widget widget() {
        return widget;
    }

    /** The widget used when the field is rendered hidden. */
    public Widget hiddenWidget() {
        return hiddenWidget;
    }

    /** The message of a code. */
    public String errorMessage(String code) {
        return errorMessages.get(code);
    }

    /** All validators in the order they run. */
    public List<Validator> validators() {
        List<Validator> all = new ArrayList<>(defaultValidators);
        all.addAll(validators);
        all.addAll(optionValidators());
        return all;
    }

    /** An error with this field's message for {@code code}. */
    protected final ValidationError error(String code, Map<String, ?> params) {
        return new ValidationError(errorMessages.get(code), code, params);
    }

    /** An error with this field's message for {@code code}. */
    protected final ValidationError error(String code) {
        return error(code, Map.of());
    }

    /** Django's {@code EMPTY_VALUES}: {@code null}, {@code ""}, empty collections and maps. */
    public static boolean isEmptyValue(Object v) {
        return v == null || "".equals(v) || v instanceof Collection<?> c && c.isEmpty()
                || v instanceof Map<?, ?> m && m.isEmpty() || v instanceof Object[] a && a.length == 0;
    }

    /** Converts submitted data to the Java value, or throws. */
    protected abstract T toPython(Object value);

    /** Checks the converted value (the required check by default). */
    protected void validate(T value) {
        if (isEmptyValue(value) && required) {
            throw error("required");
        }
    }

    /** Runs the validators on a non-empty value, collecting all their errors. */
    protected void runValidators(T value) {
        if (isEmptyValue(value)) {
            return;
        }
        List<ValidationError> errors = new ArrayList<>();
        for (Validator v : validators()) {
            try {
                v.validate(value);
            } catch (dev.quintet.db.models.ValidationError e) {
                for (ValidationError one : ValidationError.of(e).errorList()) {
                    String custom = one.code() == null ? null : customMessages.get(one.code());
                    errors.add(custom != null ? one.withMessage(custom) : one);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw errors.size() == 1 ? errors.get(0) : new ValidationError(errors);
        }
    }

    /** Converts, validates and runs the validators: the cleaned value. */
    public T clean(Object value) {
        T v = toPython(value);
        validate(v);
        runValidators(v);
        return v;
    }

    /** Cleans with the field's initial value at hand ({@link FileField} keeps the initial file). */
    public Object clean(Object value, Object initialValue) {
        return clean(value);
    }

    /** The value shown for bound data: the initial value when disabled. */
    public Object boundData(Object data, Object initialValue) {
        return disabled ? initialValue : data;
    }

    /** Converts a value for display by the widget. */
    public Object prepareValue(Object value) {
        return value;
    }

    /** Attributes this field adds to its widget ({@code maxlength}, {@code min}...). */
    public Map<String, Object> widgetAttrs(Widget widget) {
        return Map.of();
    }

    /** Whether the submitted data differs from the initial value. */
    public boolean hasChanged(Object initialValue, Object data) {
        if (disabled) {
            return false;
        }
        Object converted;
        try {
            converted = toPython(data);
        } catch (ValidationError e) {
            return true;
        }
        Object i = initialValue == null ? "" : initialValue;
        Object d = converted == null ? "" : converted;
        return !i.equals(d) && !String.valueOf(i).equals(String.valueOf(d));
    }
}
