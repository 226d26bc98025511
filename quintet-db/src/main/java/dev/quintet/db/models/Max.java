package dev.quintet.db.models;

import dev.quintet.db.models.internal.Compiler;

/** The largest value, with the field's type. */
public final class Max extends Aggregate {
    private Max(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field path ({@code "posts"}, {@code "price"}). */
    public static Max of(String field) {
        return new Max(ref(field), false, null);
    }

    /** Over an expression. */
    public static Max of(Expression expression) {
        return new Max(expression, false, null);
    }

    @Override
    protected String function() {
        return "MAX";
    }

    @Override
    protected Aggregate with(boolean distinct, Q filter) {
        return new Max(source, distinct, filter);
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return super.outputField(c);
    }
}
