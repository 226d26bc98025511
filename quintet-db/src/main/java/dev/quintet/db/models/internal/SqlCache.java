package dev.quintet.db.models.internal;

import dev.quintet.db.Sql;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.models.Expression;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.Q;
import dev.quintet.db.models.QuerySet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The compiled SQL of one model's queries, keyed on the query's shape: the {@link Query} tree with its filter
 * values left out, per dialect (GUIDE §1: "SQL for simple lookups is decided once and cached").
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li>{@link #shape} writes the tree as a string key: filter lookups with their nesting, connectors and
 *       negations, each value only as "given" or "null"; ordering, slice, distinct, values, select-related,
 *       only/defer and locking verbatim. A tree whose SQL text could depend on a value (lists for {@code in},
 *       expressions, subqueries, annotations, pattern and regex lookups, {@code isnull}, combinators) has no
 *       shape and is compiled every time;</li>
 *   <li>on a miss the {@link Compiler} compiles the query and records each filter value it converts, with its
 *       field, in order; the entry is kept only when those values are exactly the statement's leading parameters
 *       (the rest, e.g. LIMIT, are constants of the shape);</li>
 *   <li>on a hit the current values are converted through the recorded fields, in the same order, so every
 *       value is still bound and still validated, and the statement text is reused.</li>
 * </ol>
 * Example: {@code World.objects.get("id", 7)} has the shape {@code &(id=V,);||h21}; the second
 * {@code get} with any id reuses {@code SELECT T0."id", ... WHERE T0."id" = ? LIMIT 21} and binds the new id.
 */
public final class SqlCache {
    /** Shapes kept per model at most (pagination with many distinct offsets must not grow it without bound). */
    static final int LIMIT = 512;
    private static final Set<String> SIMPLE = Set.of("exact", "gt", "gte", "lt", "lte");

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    private record Key(Dialect dialect, String mode, String shape) {
    }

    /**
     * One compiled statement.
     *
     * @param text    the SQL text
     * @param fields  the field converting each filter value, in binding order ({@code null}: the dialect's default)
     * @param tail    the constant parameters after the filter values
     * @param columns the selected columns
     * @param plan    what the caller derived once from the columns (e.g. a row reader), or {@code null}
     */
    public record Entry(String text, List<Field<?>> fields, List<Object> tail, List<Compiler.Column> columns, Object plan) {
        /** The statement with {@code values} (the query's filter values in shape order) bound. */
        Sql bind(Dialect dialect, List<Object> values) {
            List<Object> params = new ArrayList<>(values.size() + tail.size());
            for (int i = 0; i < values.size(); i++) {
                params.add(WhereBuilder.convert(dialect, fields.get(i), values.get(i)));
            }
            params.addAll(tail);
            return new Sql(text, params);
        }
    }

    /**
     * A compiled statement with its columns and plan.
     *
     * @param sql     the statement with this query's values bound
     * @param columns the selected columns
     * @param plan    the plan derived from the columns
     */
    public record Compiled(Sql sql, List<Compiler.Column> columns, Object plan) {
    }

    /** The number of cached statements. */
    public int size() {
        return entries.size();
    }

    /** Whether {@code query}'s SQL text could be reused for other values of its filters (it has a shape). */
    public static boolean cacheable(Query query) {
        return shape(query, new ArrayList<>()) != null;
    }

    /** Whether a statement of {@code query}'s shape is cached for {@code dialect}. */
    public boolean contains(Dialect dialect, Query query) {
        String shape = shape(query, new ArrayList<>());
        return shape != null && entries.keySet().stream().anyMatch(k -> k.dialect() == dialect && k.shape().equals(shape));
    }

    /**
     * The SELECT of {@code query} on {@code dialect}, from the cache when its shape was compiled before.
     *
     * @param mode a tag distinguishing callers that derive different plans from the same shape
     * @param plan derives the caller's plan from the selected columns, once per shape
     */
    public Compiled select(Dialect dialect, Query query, String mode, Function<List<Compiler.Column>, Object> plan) {
        return lookup(dialect, query, "S" + mode, plan, false);
    }

    /** The {@code SELECT COUNT(*)} of {@code query} on {@code dialect}, cached like {@link #select}. */
    public Sql count(Dialect dialect, Query query) {
        return lookup(dialect, query, "C", null, true).sql();
    }

    private Compiled lookup(Dialect dialect, Query query, String mode, Function<List<Compiler.Column>, Object> plan, boolean count) {
        List<Object> values = new ArrayList<>(4);
        String shape = shape(query, values);
        Key key = shape == null ? null : new Key(dialect, mode, shape);
        Entry e = key == null ? null : entries.get(key);
        if (e != null) {
            return new Compiled(e.bind(dialect, values), e.columns(), e.plan());
        }
        Compiler c = new Compiler(dialect, query);
        c.bound = new ArrayList<>();
        Sql sql = count ? c.count() : c.select();
        List<Compiler.Column> columns = List.copyOf(c.columns());
        Object p = plan == null ? null : plan.apply(columns);
        if (key != null && entries.size() < LIMIT && leadsWith(sql.params(), c.bound, values.size())) {
            List<Field<?>> fields = new ArrayList<>();
            for (Compiler.Bound b : c.bound) {
                fields.add(b.field());
            }
            List<Object> tail = sql.params().subList(values.size(), sql.params().size());
            entries.putIfAbsent(key, new Entry(sql.text(), java.util.Collections.unmodifiableList(fields),
                    java.util.Collections.unmodifiableList(new ArrayList<>(tail)), columns, p));
        }
        return new Compiled(sql, columns, p);
    }

    /** Whether the statement's first parameters are exactly the converted filter values, one per value. */
    private static boolean leadsWith(List<Object> params, List<Compiler.Bound> bound, int values) {
        if (bound.size() != values || params.size() < values) {
            return false;
        }
        for (int i = 0; i < values; i++) {
            if (params.get(i) != bound.get(i).value()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The shape key of {@code q}, collecting its non-null filter values in binding order, or {@code null} when the
     * SQL text may depend on a value.
     */
    static String shape(Query q, List<Object> values) {
        if (q.empty() || q.combinator() != null || !q.annotations().isEmpty() || q.existsOnly()) {
            return null;
        }
        StringBuilder b = new StringBuilder(96);
        for (Q f : q.filters()) {
            if (!shape(f, b, values)) {
                return null;
            }
            b.append(';');
        }
        b.append('|');
        if (q.ordering() == null) {
            b.append('*');
        } else {
            for (Object o : q.ordering()) {
                if (!(o instanceof String s)) {
                    return null;
                }
                b.append(s).append(',');
            }
        }
        // optional parts only when set, each under its own tag (no List.toString() on the common path)
        if (q.low() != null) {
            b.append("|o").append(q.low().longValue());
        }
        if (q.high() != null) {
            b.append("|h").append(q.high().longValue());
        }
        if (q.distinct()) {
            b.append("|d");
        }
        if (q.values() != null) {
            b.append("|v").append(q.values());
        }
        if (!q.selectRelated().isEmpty()) {
            b.append("|r").append(q.selectRelated());
        }
        if (q.only() != null) {
            b.append("|n").append(q.only());
        }
        if (!q.defer().isEmpty()) {
            b.append("|f").append(q.defer());
        }
        if (q.lock() != null) {
            b.append("|l").append(q.lock().nowait()).append(q.lock().skipLocked());
        }
        return b.toString();
    }

    private static boolean shape(Q q, StringBuilder b, List<Object> values) {
        if (q.negated()) {
            b.append('!');
        }
        b.append(q.connector() == Q.Connector.AND ? '&' : '|').append('(');
        for (Object child : q.children()) {
            if (child instanceof Q inner) {
                if (!shape(inner, b, values)) {
                    return false;
                }
            } else {
                Q.Leaf leaf = (Q.Leaf) child;
                Object v = leaf.value();
                if (leaf.lookup().isEmpty() || v instanceof Expression || v instanceof QuerySet<?> || v instanceof Collection<?>
                        || v instanceof Object[] || v instanceof Map<?, ?>) {
                    return false;
                }
                String lookup = leaf.lookup();
                int cut = lookup.lastIndexOf("__");
                String last = cut < 0 ? lookup : lookup.substring(cut + 2);
                if (PathResolver.LOOKUPS.contains(last) && !SIMPLE.contains(last)) {
                    return false;
                }
                b.append(lookup).append(v == null ? "=N," : "=V,");
                if (v != null) {
                    values.add(v);
                }
            }
        }
        b.append(')');
        return true;
    }
}
