package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

/**
 * A scalar subquery: its QuerySet must select one column ({@code valuesList("field")}) and at most one row
 * ({@code slice(0, 1)}): {@code Subquery.of(Comment.objects.filter("post", OuterRef.of("pk")).orderBy("-id").valuesList("body").slice(0, 1))}.
 *
 * @param queryset the inner query
 */
public record Subquery(QuerySet<?> queryset) implements Expression {
    /** A subquery over {@code queryset}. */
    public static Subquery of(QuerySet<?> queryset) {
        return new Subquery(queryset);
    }

    @Override
    public Sql compile(Compiler c) {
        Sql s = c.subquery(queryset.query());
        return new Sql("(" + s.text() + ")", s.params());
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return c.subqueryOutputField(queryset.query());
    }
}
