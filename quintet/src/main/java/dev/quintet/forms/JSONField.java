package dev.quintet.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quintet.forms.internal.PyJson;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.Textarea;
import java.util.Collection;
import java.util.Map;

/**
 * Django's {@code JSONField}: text parsed as JSON into maps, lists, strings, numbers, booleans or
 * {@code null}; invalid JSON is "Enter a valid JSON." and is shown back as typed. Values are
 * displayed as Python's {@code json.dumps} writes them ({@code {"a": 1}}).
 */
@SuppressWarnings("this-escape")
public class JSONField extends Field<Object, JSONField> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Text typed by the user that is not valid JSON, kept to show it again. */
    public record InvalidJSONInput(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A required textarea. */
    public JSONField() {
        super(new Textarea(), new HiddenInput());
        defaultMessage("invalid", "Enter a valid JSON.");
    }

    @Override
    protected Object toPython(Object value) {
        if (isDisabled()) {
            return value;
        }
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof Map || value instanceof Collection || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        try {
            return MAPPER.readValue(value.toString(), Object.class);
        } catch (JsonProcessingException e) {
            throw error("invalid", Map.of("value", value));
        }
    }

    @Override
    public Object boundData(Object data, Object initialValue) {
        if (isDisabled()) {
            return initialValue;
        }
        if (data == null) {
            return null;
        }
        try {
            return MAPPER.readValue(data.toString(), Object.class);
        } catch (JsonProcessingException e) {
            return new InvalidJSONInput(data.toString());
        }
    }

    @Override
    public Object prepareValue(Object value) {
        if (value instanceof InvalidJSONInput) {
            return value;
        }
        return PyJson.dumps(value);
    }

    @Override
    public boolean hasChanged(Object initialValue, Object data) {
        if (isDisabled()) {
            return false;
        }
        Object parsed;
        try {
            parsed = toPython(data);
        } catch (ValidationError e) {
            return true;
        }
        return !PyJson.dumps(initialValue).equals(PyJson.dumps(parsed));
    }
}
