package dev.quintet.db.models.internal;

import dev.quintet.db.models.Expression;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.Q;

import java.util.ArrayList;
import java.util.List;

/**
 * The immutable query tree behind a {@code QuerySet}: what to select from which model, under which conditions,
 * in which order. Every {@code QuerySet} method returns a new {@code Query}; {@link Compiler} turns it into SQL for
 * one dialect.
 *
 * @param model          the model queried
 * @param filters        one entry per {@code filter()}/{@code exclude()} call (exclude is a negated Q); the index is
 *                       the join generation that gives Django's multi-valued relation semantics
 * @param ordering       {@code String} or {@link Expression} terms; {@code null} means the model's default ordering
 * @param low            the slice start, or {@code null}
 * @param high           the slice end (exclusive), or {@code null}
 * @param distinct       SELECT DISTINCT
 * @param annotations    named expressions added to each row
 * @param values         the names selected by {@code values()}/{@code valuesList()}, or {@code null} for instances
 * @param selectRelated  forward relation paths joined and loaded with each row
 * @param only           the only fields loaded ({@code null}: all)
 * @param defer          fields not loaded
 * @param empty          {@code none()}: matches nothing without querying
 * @param lock           {@code selectForUpdate()} options, or {@code null}
 * @param combinator     {@code UNION}, {@code INTERSECT}, {@code EXCEPT}, or {@code null}
 * @param combined       the queries combined with this one's base
 * @param combineAll     {@code UNION ALL}
 * @param existsOnly     compile as {@code SELECT 1 ...} (for EXISTS)
 */
public record Query(ModelMeta<?> model, List<Q> filters, List<Object> ordering, Long low, Long high, boolean distinct,
                    List<Annotation> annotations, List<String> values, List<String> selectRelated, List<String> only,
                    List<String> defer, boolean empty, Lock lock, String combinator, List<Query> combined,
                    boolean combineAll, boolean existsOnly) {

    /**
     * A named annotation.
     *
     * @param name       the name
     * @param expression the expression
     * @param generation the filter call whose joins it shares ({@code -1}: its own)
     */
    public record Annotation(String name, Expression expression, int generation) {
    }

    /**
     * Row-locking options.
     *
     * @param nowait     fail instead of waiting
     * @param skipLocked skip locked rows
     */
    public record Lock(boolean nowait, boolean skipLocked) {
    }

    /** An unfiltered query over {@code model}. */
    public static Query of(ModelMeta<?> model) {
        return new Query(model, List.of(), null, null, null, false, List.of(), null, List.of(), null, List.of(),
                false, null, null, List.of(), false, false);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> l = new ArrayList<>(list);
        l.add(item);
        return List.copyOf(l);
    }

    /** Adds a filter call. */
    public Query withFilter(Q q) {
        return new Query(model, plus(filters, q), ordering, low, high, distinct, annotations, values, selectRelated, only, defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Replaces the ordering ({@code null}: default). */
    public Query withOrdering(List<Object> o) {
        return new Query(model, filters, o == null ? null : List.copyOf(o), low, high, distinct, annotations, values, selectRelated, only, defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Applies a slice relative to the current one. */
    public Query withSlice(long start, Long stop) {
        long newLow = (low == null ? 0 : low) + start;
        Long newHigh = stop == null ? high : (Long) ((low == null ? 0 : low) + stop);
        if (high != null && newHigh != null) {
            newHigh = Math.min(high, newHigh);
        }
        return new Query(model, filters, ordering, newLow == 0 ? null : newLow, newHigh, distinct, annotations, values, selectRelated, only, defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Removes the slice. */
    public Query withoutSlice() {
        return new Query(model, filters, ordering, null, null, distinct, annotations, values, selectRelated, only, defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Whether a slice is set. */
    public boolean isSliced() {
        return low != null || high != null;
    }

    /** SELECT DISTINCT. */
    public Query withDistinct() {
        return new Query(model, filters, ordering, low, high, true, annotations, values, selectRelated, only, defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Adds an annotation. */
    public Query withAnnotation(String name, Expression e) {
        return new Query(model, filters, ordering, low, high, distinct, plus(annotations, new Annotation(name, e, filters.size() - 1)), values, selectRelated, only, defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Selects values instead of instances. */
    public Query withValues(List<String> names) {
        return new Query(model, filters, ordering, low, high, distinct, annotations, List.copyOf(names), selectRelated, only, defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Adds select-related paths. */
    public Query withSelectRelated(List<String> paths) {
        List<String> all = new ArrayList<>(selectRelated);
        all.addAll(paths);
        return new Query(model, filters, ordering, low, high, distinct, annotations, values, List.copyOf(all), only, defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Loads only these fields. */
    public Query withOnly(List<String> fields) {
        return new Query(model, filters, ordering, low, high, distinct, annotations, values, selectRelated, List.copyOf(fields), defer, empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Defers these fields. */
    public Query withDefer(List<String> fields) {
        List<String> all = new ArrayList<>(defer);
        all.addAll(fields);
        return new Query(model, filters, ordering, low, high, distinct, annotations, values, selectRelated, only, List.copyOf(all), empty, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Matches nothing. */
    public Query asEmpty() {
        return new Query(model, filters, ordering, low, high, distinct, annotations, values, selectRelated, only, defer, true, lock, combinator, combined, combineAll, existsOnly);
    }

    /** Locks rows. */
    public Query withLock(Lock l) {
        return new Query(model, filters, ordering, low, high, distinct, annotations, values, selectRelated, only, defer, empty, l, combinator, combined, combineAll, existsOnly);
    }

    /** Combines with other queries. */
    public Query withCombinator(String kind, List<Query> others, boolean all) {
        List<Query> members = new ArrayList<>();
        members.add(new Query(model, filters, List.of(), null, null, distinct, annotations, values, List.of(), only, defer, empty, null, null, List.of(), false, false));
        for (Query o : others) {
            members.add(o.withOrdering(List.of()));
        }
        return new Query(model, List.of(), ordering, null, null, false, List.of(), values, List.of(), null, List.of(), false, null, kind, List.copyOf(members), all, false);
    }

    /** The {@code SELECT 1} form used inside EXISTS. */
    public Query existsForm() {
        return new Query(model, filters, List.of(), low, high, distinct, annotations, values, List.of(), only, defer, empty, null, combinator, combined, combineAll, true);
    }

    /** Whether the rows are grouped by an aggregate annotation. */
    public boolean isGrouped() {
        return annotations.stream().anyMatch(a -> a.expression().containsAggregate());
    }
}
