package dev.quintet.db.models;

import dev.quintet.db.models.internal.Compiler;

/** Counts rows or non-null values: {@code Count.of("posts")}, {@code Count.of("tags").distinct()}; values are {@code Long}. */
public final class Count extends Aggregate {
    private Count(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field path ({@code "posts"}, {@code "price"}, or {@code "*"}). */
    public static Count of(String field) {
        return new Count(ref(field), false, null);
    }

    /** Over an expression. */
    public static Count of(Expression expression) {
        return new Count(expression, false, null);
    }

    @Override
    protected String function() {
        return "COUNT";
    }

    @Override
    protected Aggregate with(boolean distinct, Q filter) {
        return new Count(source, distinct, filter);
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return BigIntegerField.of();
    }
}
