package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A conditional expression: {@code Case.of(When.of("views__gt", 100, "hot")).otherwise("cold")}.
 *
 * @param whens       the branches, tried in order
 * @param otherwise   the result when none holds (a constant, an expression, or {@code null})
 * @param outputField the field converting the result, or {@code null}
 */
public record Case(List<When> whens, Object otherwise, Field<?> outputField) implements Expression {
    /** A case of branches with a NULL default. */
    public static Case of(When... whens) {
        return new Case(Arrays.asList(whens), null, null);
    }

    /** The default result. */
    public Case otherwise(Object value) {
        return new Case(whens, value, outputField);
    }

    /** The field converting the result. */
    public Case output(Field<?> field) {
        return new Case(whens, otherwise, field);
    }

    @Override
    public Sql compile(Compiler c) {
        StringBuilder b = new StringBuilder("CASE");
        List<Object> params = new ArrayList<>();
        for (When w : whens) {
            Sql cond = c.compileCondition(w.condition());
            Sql then = Expression.of(w.then()).compile(c);
            b.append(" WHEN ").append(cond.text()).append(" THEN ").append(then.text());
            params.addAll(cond.params());
            params.addAll(then.params());
        }
        if (otherwise != null) {
            Sql d = Expression.of(otherwise).compile(c);
            b.append(" ELSE ").append(d.text());
            params.addAll(d.params());
        }
        return new Sql(b.append(" END").toString(), params);
    }

    @Override
    public boolean containsAggregate() {
        return whens.stream().anyMatch(w -> Expression.of(w.then()).containsAggregate());
    }

    @Override
    public Field<?> outputField(Compiler c) {
        if (outputField != null) {
            return outputField;
        }
        for (When w : whens) {
            Field<?> f = Expression.of(w.then()).outputField(c);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
