package dev.quintet.db.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raised by {@link Model#fullClean()} and by validators. Holds messages per field name, worded as
 * Django words them; messages not tied to a field live under {@link #NON_FIELD_ERRORS}.
 *
 * <pre>{@code
 * try { post.fullClean(); }
 * catch (ValidationError e) { e.messageDict().get("title"); // ["This field cannot be blank."] }
 * }</pre>
 */
public class ValidationError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The key of errors not tied to one field (Django's {@code NON_FIELD_ERRORS}). */
    public static final String NON_FIELD_ERRORS = "__all__";

    private final transient Map<String, List<String>> errors;

    /** A single message not tied to a field (as raised by a validator). */
    public ValidationError(String message) {
        this(Map.of(NON_FIELD_ERRORS, List.of(message)));
    }

    /** Messages per field. */
    public ValidationError(Map<String, List<String>> errors) {
        super(render(errors));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.errors = Collections.unmodifiableMap(copy);
    }

    /** Messages per field name, in field order. */
    public Map<String, List<String>> messageDict() {
        return errors;
    }

    /** All messages, flattened. */
    public List<String> messages() {
        List<String> all = new ArrayList<>();
        errors.values().forEach(all::addAll);
        return all;
    }

    private static String render(Map<String, List<String>> errors) {
        if (errors.size() == 1 && errors.containsKey(NON_FIELD_ERRORS)) {
            return String.join(" ", errors.get(NON_FIELD_ERRORS));
        }
        return errors.toString();
    }
}
