package dev.quintet.db.models;

import dev.quintet.db.models.internal.Compiler;

/** The smallest value, with the field's type. */
public final class Min extends Aggregate {
    private Min(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field path ({@code "posts"}, {@code "price"}). */
    public static Min of(String field) {
        return new Min(ref(field), false, null);
    }

    /** Over an expression. */
    public static Min of(Expression expression) {
        return new Min(expression, false, null);
    }

    @Override
    protected String function() {
        return "MIN";
    }

    @Override
    protected Aggregate with(boolean distinct, Q filter) {
        return new Min(source, distinct, filter);
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return super.outputField(c);
    }
}
