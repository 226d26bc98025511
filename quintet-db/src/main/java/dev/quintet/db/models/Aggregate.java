package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate function over a column or expression: {@link Count}, {@link Sum}, {@link Avg}, {@link Min},
 * {@link Max}. {@link #distinct()} and {@link #filter(Q)} narrow the rows it sees (the filter compiles to
 * {@code CASE WHEN}, portable across back ends).
 */
public abstract class Aggregate implements Expression {
    final Expression source;
    final boolean distinct;
    final Q filter;

    Aggregate(Expression source, boolean distinct, Q filter) {
        this.source = source;
        this.distinct = distinct;
        this.filter = filter;
    }

    /** The SQL function name. */
    protected abstract String function();

    /** A copy with other flags. */
    protected abstract Aggregate with(boolean distinct, Q filter);

    /** Only distinct values. */
    public Aggregate distinct() {
        return with(true, filter);
    }

    /** Only rows matching {@code condition}. */
    public Aggregate filter(Q condition) {
        return with(distinct, condition);
    }

    /** The aggregated expression. */
    public Expression source() {
        return source;
    }

    @Override
    public Sql compile(Compiler c) {
        Sql inner = source.compile(c);
        List<Object> params = new ArrayList<>();
        String text = inner.text();
        if (filter != null) {
            Sql cond = c.compileCondition(filter);
            params.addAll(cond.params());
            params.addAll(inner.params());
            text = "CASE WHEN " + cond.text() + " THEN " + (source instanceof Star ? "1" : inner.text()) + " ELSE NULL END";
        } else {
            params.addAll(inner.params());
        }
        return new Sql(function() + "(" + (distinct ? "DISTINCT " : "") + text + ")", params);
    }

    @Override
    public boolean containsAggregate() {
        return true;
    }

    @Override
    public Field<?> outputField(Compiler c) {
        return source.outputField(c);
    }

    static Expression ref(String field) {
        return "*".equals(field) ? new Star() : F.of(field);
    }

    /** {@code *} inside {@code COUNT(*)}. */
    record Star() implements Expression {
        @Override
        public Sql compile(Compiler c) {
            return Sql.of("*");
        }
    }
}
