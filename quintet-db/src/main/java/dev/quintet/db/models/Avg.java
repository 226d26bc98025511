package dev.quintet.db.models;

import dev.quintet.db.models.internal.Compiler;

/** Averages values; the result is a {@code Double}. */
public final class Avg extends Aggregate {
    private Avg(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field path ({@code "posts"}, {@code "price"}). */
    public static Avg of(String field) {
        return new Avg(ref(field), false, null);
    }

    /** Over an expression. */
    public static Avg of(Expression expression) {
        return new Avg(expression, false, null);
    }

    @Override
    protected String function() {
        return "AVG";
    }

    @Override
    protected Aggregate with(boolean distinct, Q filter) {
        return new Avg(source, distinct, filter);
    }

    @Override
    public Field<?> outputField(Compiler c) {
        Field<?> f = super.outputField(c);
        return f instanceof DecimalField ? f : FloatField.of();
    }
}
