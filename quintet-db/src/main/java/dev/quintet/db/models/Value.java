package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

import java.util.Arrays;

/**
 * A constant, always sent as a bound parameter: {@code Value.of("draft")}.
 *
 * @param value the constant
 * @param field the field converting it, or {@code null}
 */
public record Value(Object value, Field<?> field) implements Expression {
    /** A constant. */
    public static Value of(Object value) {
        return new Value(value, null);
    }

    /** A constant with the field type that converts it (e.g. a date). */
    public static Value of(Object value, Field<?> field) {
        return new Value(value, field);
    }

    @Override
    public Sql compile(Compiler c) {
        Object v = field != null ? field.toDb(value, c.dialect()) : c.dialect().toDb(value);
        String placeholder = field != null ? field.placeholder(c.dialect()) : "?";
        return new Sql(c.castParam(placeholder, v), Arrays.asList(v));
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return field;
    }
}
