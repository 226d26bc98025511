package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

import java.util.List;

/**
 * A reference to a field's value in the database, possibly across relations: {@code F.of("author__name")}.
 * Compare fields in filters, update in place ({@code F.of("views").plus(1)}), order and annotate.
 *
 * @param name the lookup path
 */
public record F(String name) implements Expression {
    /** A reference to {@code name}. */
    public static F of(String name) {
        return new F(name);
    }

    @Override
    public Sql compile(Compiler c) {
        return new Sql(c.resolveRef(name).sql(), List.of());
    }

    @Override
    public boolean containsAggregate() {
        return false;
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return c.resolveRef(name).field();
    }
}
