package dev.quintet.template.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the JSON of the test data (Jackson): objects become {@code LinkedHashMap}s keeping their
 * key order, arrays {@code ArrayList}s, integers {@code Integer}, {@code Long} or
 * {@code BigInteger} as they fit, other numbers {@code Double}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The value {@code text} holds. */
    public static Object parse(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON: " + e.getOriginalMessage() + " in " + text, e);
        }
    }
}
