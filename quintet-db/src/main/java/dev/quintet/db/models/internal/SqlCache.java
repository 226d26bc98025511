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
 *   <li>{@link #shape} lists the tree as a key of tokens: filter lookups with their nesting, connectors and
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
 * Example: {@code World.objects.get("id", 7)} has the shape
 * {@code [AND, OPEN, "id", VALUE, CLOSE, NEXT_FILTER, ORDER, HIGH, 21]}; the second
 * {@code get} with any id reuses {@code SELECT T0."id", ... WHERE T0."id" = ? LIMIT 21} and binds the new id.
 */
public final class SqlCache {
    /** Statements kept per model at most; the cache starts over when full (it must not grow without bound). */
    static final int LIMIT = 512;
    private static final Set<String> SIMPLE = Set.of("exact", "gt", "gte", "lt", "lte");

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    private record Key(Dialect dialect, String mode, List<Object> shape) {
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
            // an array view: Sql makes its own copy, so no intermediate list is built
            int n = values.size();
            Object[] params = new Object[n + tail.size()];
            for (int i = 0; i < n; i++) {
                params[i] = WhereBuilder.convert(dialect, fields.get(i), values.get(i));
            }
            for (int i = 0; i < tail.size(); i++) {
                params[n + i] = tail.get(i);
            }
            return new Sql(text, java.util.Arrays.asList(params));
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
        List<Object> shape = shape(query, new ArrayList<>());
        return shape != null && entries.keySet().stream().anyMatch(k -> k.dialect() == dialect && k.shape().equals(shape));
    }

    /**
     * The SELECT of {@code query} on {@code dialect}, from the cache when its shape was compiled before.
     *
     * @param mode a constant distinguishing callers that derive different plans from the same shape (not {@code "C"})
     * @param plan derives the caller's plan from the selected columns, once per shape
     */
    public Compiled select(Dialect dialect, Query query, String mode, Function<List<Compiler.Column>, Object> plan) {
        return lookup(dialect, query, mode, plan, false);
    }

    /** The {@code SELECT COUNT(*)} of {@code query} on {@code dialect}, cached like {@link #select}. */
    public Sql count(Dialect dialect, Query query) {
        return lookup(dialect, query, "C", null, true).sql();
    }

    private Compiled lookup(Dialect dialect, Query query, String mode, Function<List<Compiler.Column>, Object> plan, boolean count) {
        List<Object> values = new ArrayList<>(4);
        List<Object> shape = shape(query, values);
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
        if (key != null && leadsWith(sql.params(), c.bound, values.size())) {
            if (entries.size() >= LIMIT) {
                // many shapes (e.g. pagination offsets, short-lived databases in tests): start over rather than grow
                entries.clear();
            }
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

    /** Tokens of a shape; compared by identity (only {@code equals} of the same instance holds). */
    private enum Token { AND, OR, NOT, OPEN, CLOSE, NULL_VALUE, VALUE, NEXT_FILTER, DEFAULT_ORDER, ORDER, LOW, HIGH,
        DISTINCT, VALUES, SELECT_RELATED, ONLY, DEFER, LOCK }

    /**
     * The shape key of {@code q} as a list of tokens (lookup names, markers, slice bounds...), collecting its
     * non-null filter values in binding order, or {@code null} when the SQL text may depend on a value. A list of
     * the query's own strings hashes and compares without building text (a lookup name is usually a literal whose
     * hash the JVM keeps).
     */
    static List<Object> shape(Query q, List<Object> values) {
        if (q.empty() || q.combinator() != null || !q.annotations().isEmpty() || q.existsOnly()) {
            return null;
        }
        List<Object> key = new ArrayList<>(16);
        for (Q f : q.filters()) {
            if (!shape(f, key, values)) {
                return null;
            }
            key.add(Token.NEXT_FILTER);
        }
        if (q.ordering() == null) {
            key.add(Token.DEFAULT_ORDER);
        } else {
            key.add(Token.ORDER);
            for (Object o : q.ordering()) {
                if (!(o instanceof String)) {
                    return null;
                }
                key.add(o);
            }
        }
        // optional parts only when set, each after its own token
        if (q.low() != null) {
            key.add(Token.LOW);
            key.add(q.low());
        }
        if (q.high() != null) {
            key.add(Token.HIGH);
            key.add(q.high());
        }
        if (q.distinct()) {
            key.add(Token.DISTINCT);
        }
        if (q.values() != null) {
            key.add(Token.VALUES);
            key.add(q.values());
        }
        if (!q.selectRelated().isEmpty()) {
            key.add(Token.SELECT_RELATED);
            key.add(q.selectRelated());
        }
        if (q.only() != null) {
            key.add(Token.ONLY);
            key.add(q.only());
        }
        if (!q.defer().isEmpty()) {
            key.add(Token.DEFER);
            key.add(q.defer());
        }
        if (q.lock() != null) {
            key.add(Token.LOCK);
            key.add(q.lock());
        }
        return key;
    }

    private static boolean shape(Q q, List<Object> key, List<Object> values) {
        if (q.negated()) {
            key.add(Token.NOT);
        }
        key.add(q.connector() == Q.Connector.AND ? Token.AND : Token.OR);
        key.add(Token.OPEN);
        for (Object child : q.children()) {
            if (child instanceof Q inner) {
                if (!shape(inner, key, values)) {
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
                if (cut >= 0) {
                    String last = lookup.substring(cut + 2);
                    if (PathResolver.LOOKUPS.contains(last) && !SIMPLE.contains(last)) {
                        return false;
                    }
                } else if (PathResolver.LOOKUPS.contains(lookup) && !SIMPLE.contains(lookup)) {
                    return false;
                }
                key.add(lookup);
                key.add(v == null ? Token.NULL_VALUE : Token.VALUE);
                if (v != null) {
                    values.add(v);
                }
            }
        }
        key.add(Token.CLOSE);
        return true;
    }
}
