package dev.quintet.db.models;

import dev.quintet.db.models.internal.Compiler;

/** Sums values; the result has the summed field's type. */
public final class Sum extends Aggregate {
    private Sum(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field path ({@code "posts"}, {@code "price"}). */
    public static Sum of(String field) {
        return new Sum(ref(field), false, null);
    }

    /** Over an expression. */
    public static Sum of(Expression expression) {
        return new Sum(expression, false, null);
    }

    @Override
    protected String function() {
        return "SUM";
    }

    @Override
    protected Aggregate with(boolean distinct, Q filter) {
        return new Sum(source, distinct, filter);
    }

    @Override
    public Field<?> outputField(Compiler c) {
        Field<?> f = super.outputField(c);
        return f instanceof IntegralField<?> ? BigIntegerField.of() : f;
    }
}
