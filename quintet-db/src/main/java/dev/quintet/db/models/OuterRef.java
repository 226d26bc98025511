package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

import java.util.List;

/**
 * A reference, inside a {@link Subquery} or {@link Exists}, to a field of the outer query's model:
 * {@code Comment.objects.filter("post", OuterRef.of("pk"))}.
 *
 * @param name the lookup path in the outer model
 */
public record OuterRef(String name) implements Expression {
    /** A reference to the outer query's {@code name}. */
    public static OuterRef of(String name) {
        return new OuterRef(name);
    }

    @Override
    public Sql compile(Compiler c) {
        return new Sql(c.resolveOuter(name).sql(), List.of());
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return c.resolveOuter(name).field();
    }
}
