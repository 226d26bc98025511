package dev.quintet.forms;

import dev.quintet.forms.internal.PyFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code django.core.exceptions.ValidationError} for forms and validators: one message
 * with a {@code code} and {@code params} (the message is a template such as
 * {@code "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d)."}),
 * a list of errors, or a map of errors per field.
 *
 * <p>It extends the ORM's {@link dev.quintet.db.models.ValidationError}, so code that catches the
 * ORM's type (for example around {@code Model.fullClean()}) also catches errors raised by form
 * validators, and there is one validation exception in Quintet.
 *
 * <pre>{@code
 * throw new ValidationError("Enter a valid value.", "invalid");
 * throw new ValidationError("%(value)s is not even", "odd", Map.of("value", 3));
 * }</pre>
 */
@SuppressWarnings("this-escape")
public class ValidationError extends dev.quintet.db.models.ValidationError {
    private static final long serialVersionUID = 1L;

    private final String message;
    private final String code;
    private final transient Map<String, Object> params;
    private final transient List<ValidationError> errorList;
    private final transient Map<String, List<ValidationError>> errorDict;

    /** One message without a code. */
    public ValidationError(String message) {
        this(message, null, Map.of());
    }

    /** One message with its code (Django's {@code code=}). */
    public ValidationError(String message, String code) {
        this(message, code, Map.of());
    }

    /** One message template, its code and the values its {@code %(name)s} placeholders take. */
    public ValidationError(String message, String code, Map<String, ?> params) {
        super(PyFormat.format(message, params));
        this.message = message;
        this.code = code;
        this.params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.errorList = null;
        this.errorDict = null;
    }

    /** A list of errors (each may itself be a list). */
    public ValidationError(List<? extends dev.quintet.db.models.ValidationError> errors) {
        this(flatten(errors), null);
    }

    private ValidationError(List<ValidationError> flat, Void unused) {
        super(Map.of(NON_FIELD_ERRORS, messagesOf(flat)));
        this.message = null;
        this.code = null;
        this.params = Map.of();
        this.errorList = List.copyOf(flat);
        this.errorDict = null;
    }

    /** Errors per field name (Django's dict form; {@value #NON_FIELD_ERRORS} for the form). */
    public static ValidationError ofDict(Map<String, ? extends List<? extends dev.quintet.db.models.ValidationError>> errors) {
        Map<String, List<ValidationError>> dict = new LinkedHashMap<>();
        errors.forEach((k, v) -> dict.put(k, flatten(v)));
        return new ValidationError(dict);
    }

    private ValidationError(Map<String, List<ValidationError>> dict) {
        super(messageMap(dict));
        this.message = null;
        this.code = null;
        this.params = Map.of();
        this.errorDict = Collections.unmodifiableMap(dict);
        List<ValidationError> all = new ArrayList<>();
        dict.values().forEach(all::addAll);
        this.errorList = List.copyOf(all);
    }

    /** Converts any validation error (e.g. the ORM's, which has no codes) to this type. */
    public static ValidationError of(dev.quintet.db.models.ValidationError e) {
        if (e instanceof ValidationError v) {
            return v;
        }
        Map<String, List<String>> md = e.messageDict();
        if (md.size() == 1 && md.containsKey(NON_FIELD_ERRORS)) {
            List<ValidationError> list = new ArrayList<>();
            md.get(NON_FIELD_ERRORS).forEach(m -> list.add(new ValidationError(m)));
            return list.size() == 1 ? list.get(0) : new ValidationError(list);
        }
        Map<String, List<ValidationError>> dict = new LinkedHashMap<>();
        md.forEach((k, v) -> dict.put(k, v.stream().map(ValidationError::new).toList()));
        return new ValidationError(dict);
    }

    /** The message template of a single error ({@code null} for a list or dict). */
    public String message() {
        return message;
    }

    /** The code of a single error, or {@code null}. */
    public String code() {
        return code;
    }

    /** The placeholder values of a single error. */
    public Map<String, Object> params() {
        return params;
    }

    /** True when this error holds errors per field. */
    public boolean hasErrorDict() {
        return errorDict != null;
    }

    /** The errors per field ({@code null} unless {@link #hasErrorDict()}). */
    public Map<String, List<ValidationError>> errorDict() {
        return errorDict;
    }

    /** The single errors this one is made of (itself for a single error). */
    public List<ValidationError> errorList() {
        return errorList == null ? List.of(this) : errorList;
    }

    /** A single error with another message template, keeping code and params. */
    public ValidationError withMessage(String newMessage) {
        return new ValidationError(newMessage, code, params);
    }

    /** The formatted messages of all the single errors, in order. */
    @Override
    public List<String> messages() {
        return messagesOf(errorList());
    }

    /** The formatted message of a single error. */
    public String formattedMessage() {
        return PyFormat.format(message, params);
    }

    private static List<ValidationError> flatten(List<? extends dev.quintet.db.models.ValidationError> errors) {
        List<ValidationError> out = new ArrayList<>();
        for (dev.quintet.db.models.ValidationError e : errors) {
            out.addAll(of(e).errorList());
        }
        return out;
    }

    private static List<String> messagesOf(List<ValidationError> errors) {
        List<String> out = new ArrayList<>(errors.size());
        for (ValidationError e : errors) {
            out.add(e.formattedMessage());
        }
        return out;
    }

    private static Map<String, List<String>> messageMap(Map<String, List<ValidationError>> dict) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        dict.forEach((k, v) -> out.put(k, messagesOf(v)));
        return out;
    }
}
