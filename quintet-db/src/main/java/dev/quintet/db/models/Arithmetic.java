package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * An arithmetic combination of two expressions (Django's {@code CombinedExpression}); build it with
 * {@link Expression#plus}, {@code minus}, {@code times}, {@code div}.
 *
 * @param left     the left operand
 * @param operator one of {@code + - * /}
 * @param right    the right operand (a constant becomes a bound parameter)
 */
public record Arithmetic(Expression left, String operator, Object right) implements Expression {
    @Override
    public Sql compile(Compiler c) {
        Sql l = left.compile(c);
        Sql r = Expression.of(right).compile(c);
        List<Object> p = new ArrayList<>(l.params());
        p.addAll(r.params());
        return new Sql("(" + l.text() + " " + operator + " " + r.text() + ")", p);
    }

    @Override
    public boolean containsAggregate() {
        return left.containsAggregate() || Expression.of(right).containsAggregate();
    }

    @Override
    public Field<?> outputField(Compiler c) {
        Field<?> f = left.outputField(c);
        return f != null ? f : Expression.of(right).outputField(c);
    }
}
