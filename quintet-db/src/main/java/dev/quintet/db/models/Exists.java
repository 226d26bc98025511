package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

/**
 * {@code EXISTS (subquery)}, usable in {@code filter} ({@code filter(Exists.of(qs))} via {@link QuerySet#filter(Expression)})
 * and {@code annotate}; {@link #not()} negates it.
 *
 * @param queryset the inner query, usually correlated with {@link OuterRef}
 * @param negated  whether this is {@code NOT EXISTS}
 */
public record Exists(QuerySet<?> queryset, boolean negated) implements Expression {
    /** {@code EXISTS (queryset)}. */
    public static Exists of(QuerySet<?> queryset) {
        return new Exists(queryset, false);
    }

    /** {@code NOT EXISTS}. */
    public Exists not() {
        return new Exists(queryset, !negated);
    }

    @Override
    public Sql compile(Compiler c) {
        Sql s = c.subquery(queryset.query().existsForm());
        return new Sql((negated ? "NOT " : "") + "EXISTS (" + s.text() + ")", s.params());
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return BooleanField.of();
    }
}
