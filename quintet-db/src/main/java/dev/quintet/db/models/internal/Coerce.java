package dev.quintet.db.models.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.Instant;

/** Converts canonical field values to the Java type a model's field declares ({@code int}, {@code OffsetDateTime}...). */
public final class Coerce {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Coerce() {
    }

    /** {@code value} as an instance of {@code type} (primitives get their zero for {@code null}). */
    public static Object to(Object value, Class<?> type) {
        if (value == null) {
            if (!type.isPrimitive()) {
                return null;
            }
            return type == boolean.class ? (Object) false : type == double.class ? (Object) 0.0 : type == float.class ? (Object) 0f
                    : type == long.class ? (Object) 0L : type == short.class ? (Object) (short) 0 : (Object) 0;
        }
        if (type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            if (type == int.class || type == Integer.class) {
                return n.intValue();
            }
            if (type == long.class || type == Long.class) {
                return n.longValue();
            }
            if (type == short.class || type == Short.class) {
                return n.shortValue();
            }
            if (type == double.class || type == Double.class) {
                return n.doubleValue();
            }
            if (type == float.class || type == Float.class) {
                return n.floatValue();
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(n.toString());
            }
        }
        if (value instanceof Boolean b && type == boolean.class) {
            return b;
        }
        if (value instanceof Instant i) {
            return Temporal.instantAs(i, type);
        }
        if (type.isEnum() && value instanceof String s) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(s)) {
                    return c;
                }
            }
        }
        if (!type.isPrimitive() && !type.getName().startsWith("java.lang.")) {
            return MAPPER.convertValue(value, type);
        }
        return value;
    }
}
