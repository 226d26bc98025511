package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

/**
 * An ordering term: {@code F.of("title").desc()}. Strings passed to {@code orderBy} ({@code "-createdAt"}) become
 * this too.
 *
 * @param expression what to order by
 * @param descending whether the order is descending
 */
public record OrderBy(Expression expression, boolean descending) implements Expression {
    @Override
    public Sql compile(Compiler c) {
        Sql s = expression.compile(c);
        return new Sql(s.text() + (descending ? " DESC" : " ASC"), s.params());
    }

    /** The opposite direction. */
    public OrderBy reversed() {
        return new OrderBy(expression, !descending);
    }
}
