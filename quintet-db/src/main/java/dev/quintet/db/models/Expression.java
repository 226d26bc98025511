package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

/**
 * A value computed by the database: a column ({@link F}), a constant ({@link Value}), arithmetic, an aggregate
 * ({@link Count}, {@link Sum}...), a conditional ({@link Case}), a subquery. Used in {@code annotate},
 * {@code aggregate}, {@code update}, filter values and {@code orderBy}.
 *
 * <pre>{@code
 * Post.objects.update("views", F.of("views").plus(1));
 * Author.objects.annotate("n", Count.of("posts")).filter("n__gt", 2);
 * }</pre>
 */
public interface Expression {
    /** Compiles the expression to SQL inside the query being compiled. */
    Sql compile(Compiler compiler);

    /** Whether the expression holds an aggregate (making the query grouped). */
    default boolean containsAggregate() {
        return false;
    }

    /** The field whose conversions read this expression's value, or {@code null} for the driver's value. */
    default Field<?> outputField(Compiler compiler) {
        return null;
    }

    /** {@code this + other} (a constant or an expression). */
    default Expression plus(Object other) {
        return new Arithmetic(this, "+", other);
    }

    /** {@code this - other}. */
    default Expression minus(Object other) {
        return new Arithmetic(this, "-", other);
    }

    /** {@code this * other}. */
    default Expression times(Object other) {
        return new Arithmetic(this, "*", other);
    }

    /** {@code this / other}. */
    default Expression div(Object other) {
        return new Arithmetic(this, "/", other);
    }

    /** Ascending ordering by this expression. */
    default OrderBy asc() {
        return new OrderBy(this, false);
    }

    /** Descending ordering by this expression. */
    default OrderBy desc() {
        return new OrderBy(this, true);
    }

    /** Wraps a constant as a {@link Value}; passes expressions through. */
    static Expression of(Object value) {
        return value instanceof Expression e ? e : Value.of(value);
    }
}
