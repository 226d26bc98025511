package dev.quintet.db.models;

import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.Sql;
import dev.quintet.db.Transaction;
import dev.quintet.db.TransactionManagementError;
import dev.quintet.db.internal.Executor;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.models.internal.Compiler;
import dev.quintet.db.models.internal.SqlCache;
import dev.quintet.db.models.internal.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A lazy, immutable, chainable query (Django's {@code QuerySet}). Every refining method returns a new QuerySet;
 * nothing runs until the results are needed ({@link #list()}, iteration, {@link #count()}...). Once evaluated, a
 * QuerySet keeps its rows (the result cache); refine it to query again.
 *
 * <pre>{@code
 * List<Post> recent = Post.objects.filter("author__username", "ada")
 *         .exclude("title__icontains", "draft")
 *         .orderBy("-createdAt").slice(0, 10).list();
 * }</pre>
 *
 * <h2>How it works</h2>
 * {@code QuerySet} holds an immutable {@link Query}; evaluation hands it to a {@link Compiler} for the database's
 * dialect, which returns {@link Sql} text and parameters; rows come back through the executor and are turned into
 * instances, maps or lists; {@code prefetchRelated} lookups then run one query each.
 *
 * @param <T> the element type: the model, or {@code Map}/{@code List}/a value for {@code values()} forms
 */
public final class QuerySet<T> implements Iterable<T> {
    /**
     * The result of {@code getOrCreate}/{@code updateOrCreate}.
     *
     * @param object  the object
     * @param created whether it was created
     */
    public record Created<T>(T object, boolean created) {
    }

    final ModelMeta<?> meta;
    final Query query;
    final String alias;
    final Rows.Kind kind;
    final List<Object> prefetches;
    private volatile List<T> cache;

    QuerySet(ModelMeta<?> meta, Query query, String alias, Rows.Kind kind, List<Object> prefetches) {
        this.meta = meta;
        this.query = query;
        this.alias = alias;
        this.kind = kind;
        this.prefetches = prefetches;
    }

    static <T extends Model> QuerySet<T> of(ModelMeta<T> meta) {
        return new QuerySet<>(meta, Query.of(meta), null, Rows.Kind.MODEL, List.of());
    }

    private QuerySet<T> with(Query q) {
        return new QuerySet<>(meta, q, alias, kind, prefetches);
    }

    @SuppressWarnings("unchecked")
    QuerySet<T> withCache(List<? extends Model> rows) {
        QuerySet<T> qs = new QuerySet<>(meta, query, alias, kind, prefetches);
        qs.cache = (List<T>) List.copyOf(rows);
        return qs;
    }

    /** The query tree (for subqueries and inspection). */
    public Query query() {
        return query;
    }

    /** The model's metadata. */
    public ModelMeta<?> model() {
        return meta;
    }

    /** The database reads go to: {@code using()}'s, else the routers' choice for reading, else the default. */
    Database db() {
        Databases current = Databases.current();
        return current.get(alias != null ? alias : current.dbForRead(meta, null));
    }

    /** The database writes go to: {@code using()}'s, else the routers' choice for writing, else the default. */
    Database writeDb() {
        Databases current = Databases.current();
        return current.get(alias != null ? alias : current.dbForWrite(meta, null));
    }

    /** This QuerySet pinned to the database writes go to (its reads too, as Django's {@code _for_write}). */
    QuerySet<T> forWrite() {
        return alias != null ? this : using(writeDb().alias());
    }

    // ---- refining ------------------------------------------------------------------------------------

    /** A copy (re-evaluates). */
    public QuerySet<T> all() { return with(query); }
    /** Rows matching one lookup: {@code filter("title__icontains", "java")}. */
    public QuerySet<T> filter(String lookup, Object value) { return with(query.withFilter(Q.of(lookup, value))); }
    /** Rows matching all lookups of one call (one related row for multi-valued relations): {@code filter("a", 1, "b__gt", 2)}. */
    public QuerySet<T> filter(Object... lookupValuePairs) { return with(query.withFilter(Q.of(lookupValuePairs))); }
    /** Rows matching a condition tree. */
    public QuerySet<T> filter(Q q) { return with(query.withFilter(q)); }
    /** Rows matching all lookups of a map. */
    public QuerySet<T> filter(Map<String, ?> lookups) { return with(query.withFilter(Q.of(lookups))); }
    /** Rows for which a boolean expression holds ({@link Exists}). */
    public QuerySet<T> filter(Expression condition) { return with(query.withFilter(Q.of("", condition))); }
    /** Rows not matching one lookup (NULLs included, as Django). */
    public QuerySet<T> exclude(String lookup, Object value) { return with(query.withFilter(Q.of(lookup, value).not())); }
    /** Rows not matching all the lookups together. */
    public QuerySet<T> exclude(Object... lookupValuePairs) { return with(query.withFilter(Q.of(lookupValuePairs).not())); }
    /** Rows not matching a condition tree. */
    public QuerySet<T> exclude(Q q) { return with(query.withFilter(q.not())); }

    /** Adds a computed value to each row, readable with {@link Model#annotation(String)} (or a same-named public field). */
    public QuerySet<T> annotate(String name, Expression expression) {
        if (meta.findField(name) != null) {
            throw new IllegalArgumentException("The annotation '" + name + "' conflicts with a field on the model.");
        }
        return with(query.withAnnotation(name, expression));
    }

    /** Adds several annotations, in map order. */
    public QuerySet<T> annotate(Map<String, ? extends Expression> annotations) {
        QuerySet<T> qs = this;
        for (Map.Entry<String, ? extends Expression> e : annotations.entrySet()) {
            qs = qs.annotate(e.getKey(), e.getValue());
        }
        return qs;
    }

    /** Orders by field paths ({@code "-createdAt"}, {@code "author__name"}, {@code "?"}) or expressions; no terms clears ordering. */
    public QuerySet<T> orderBy(Object... terms) { return with(query.withOrdering(Arrays.asList(terms))); }
    /** Reverses the ordering (the default ordering, or the primary key when none). */
    public QuerySet<T> reverse() {
        List<Object> o = new ArrayList<>();
        for (Object t : currentOrdering()) {
            o.add(t instanceof String s ? (s.startsWith("-") ? s.substring(1) : "-" + s)
                    : t instanceof OrderBy ob ? ob.reversed() : ((Expression) t).desc());
        }
        return with(query.withOrdering(o));
    }

    private List<Object> currentOrdering() {
        if (query.ordering() != null && !query.ordering().isEmpty()) {
            return query.ordering();
        }
        if (query.ordering() == null && !meta.ordering().isEmpty()) {
            return new ArrayList<>(meta.ordering());
        }
        return List.of("pk");
    }

    /** SELECT DISTINCT. */
    public QuerySet<T> distinct() { return with(query.withDistinct()); }
    /** Rows {@code start} (inclusive) to {@code stop} (exclusive): LIMIT/OFFSET, like Python's {@code qs[start:stop]}. */
    public QuerySet<T> slice(long start, long stop) {
        if (start < 0 || stop < start) {
            throw new IllegalArgumentException("Negative indexing is not supported.");
        }
        return with(query.withSlice(start, stop));
    }
    /** Rows from {@code start} on. */
    public QuerySet<T> slice(long start) { return with(query.withSlice(start, null)); }
    /**
     * Loads the named forward relations in the same query (JOINs; LEFT JOIN for nullable ones); with no names, every
     * non-null foreign key of the model, one level deep.
     */
    public QuerySet<T> selectRelated(String... paths) {
        if (paths.length == 0) {
            List<String> all = new ArrayList<>();
            for (Field<?> f : meta.concreteFields()) {
                if (f instanceof RelatedField<?> && !f.isNullable()) {
                    all.add(f.name());
                }
            }
            return with(query.withSelectRelated(all));
        }
        return with(query.withSelectRelated(List.of(paths)));
    }
    /** Loads relations with one extra query per lookup; takes lookup paths and {@link Prefetch} objects. */
    public QuerySet<T> prefetchRelated(Object... lookups) {
        List<Object> all = new ArrayList<>(prefetches);
        all.addAll(Arrays.asList(lookups));
        return new QuerySet<>(meta, query, alias, kind, List.copyOf(all));
    }
    /** Loads only these fields (and the key); the others stay unset until {@link Model#refreshFromDb}. */
    public QuerySet<T> only(String... fields) { return with(query.withOnly(List.of(fields))); }
    /** Does not load these fields. */
    public QuerySet<T> defer(String... fields) { return with(query.withDefer(List.of(fields))); }
    /** An empty QuerySet that never queries. */
    public QuerySet<T> none() { return with(query.asEmpty()); }
    /** Runs on another database alias. */
    public QuerySet<T> using(String databaseAlias) { return new QuerySet<>(meta, query, databaseAlias, kind, prefetches); }
    /** Locks the rows until the end of the transaction ({@code SELECT ... FOR UPDATE}; ignored on SQLite). */
    public QuerySet<T> selectForUpdate() { return selectForUpdate(false, false); }
    /** {@code FOR UPDATE NOWAIT} or {@code SKIP LOCKED}. */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked) { return with(query.withLock(new Query.Lock(nowait, skipLocked))); }
    /** {@code UNION} with another QuerySet of the same shape. */
    public QuerySet<T> union(QuerySet<T> other) { return union(other, false); }
    /** {@code UNION} or {@code UNION ALL}. */
    public QuerySet<T> union(QuerySet<T> other, boolean all) { return with(query.withCombinator("UNION", List.of(other.query), all)); }
    /** {@code INTERSECT}. */
    public QuerySet<T> intersection(QuerySet<T> other) { return with(query.withCombinator("INTERSECT", List.of(other.query), false)); }
    /** {@code EXCEPT}. */
    public QuerySet<T> difference(QuerySet<T> other) { return with(query.withCombinator("EXCEPT", List.of(other.query), false)); }

    /** Rows as maps of name to value: fields (all when none named), paths across relations, annotations. */
    public QuerySet<Map<String, Object>> values(String... names) {
        return new QuerySet<>(meta, query.withValues(List.of(names)), alias, Rows.Kind.MAP, List.of());
    }

    /** Rows as lists of values, in the order named. */
    public QuerySet<List<Object>> valuesList(String... names) {
        return new QuerySet<>(meta, query.withValues(List.of(names)), alias, Rows.Kind.LIST, List.of());
    }

    /** One value per row (Django's {@code values_list(name, flat=True)}). */
    public QuerySet<Object> valuesListFlat(String name) {
        return new QuerySet<>(meta, query.withValues(List.of(name)), alias, Rows.Kind.FLAT, List.of());
    }

    /** One value per row, typed: {@code valuesList("title", String.class)}. */
    public <V> QuerySet<V> valuesList(String name, Class<V> type) {
        return new QuerySet<>(meta, query.withValues(List.of(name)), alias, Rows.Kind.FLAT, List.of());
    }

    // ---- evaluation ----------------------------------------------------------------------------------

    /** Evaluates (once) and returns the rows. */
    public List<T> list() {
        List<T> c = cache;
        if (c == null) {
            c = fetch();
            cache = c;
        }
        return c;
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    /** The rows as a stream (evaluates and caches). */
    public Stream<T> stream() {
        return list().stream();
    }

    @SuppressWarnings("unchecked")
    private List<T> fetch() {
        if (query.empty()) {
            return List.of();
        }
        Database db = db();
        checkLock(db);
        SqlCache.Compiled compiled = compile(db);
        Sql sql = compiled.sql();
        Rows rows = (Rows) compiled.plan();
        String dbAlias = db.alias();
        List<Object> out = Executor.query(db, sql, rs -> {
            List<Object> l = new ArrayList<>();
            ScopedValue.CallableOp<Void, java.sql.SQLException> op = () -> {
                while (rs.next()) {
                    l.add(rows.read(rs, dbAlias));
                }
                return null;
            };
            ScopedValue.where(Model.LOADING, Boolean.TRUE).call(op);
            return l;
        });
        if (kind == Rows.Kind.MODEL && !prefetches.isEmpty()) {
            Prefetcher.prefetch((List<Model>) (List<?>) out, prefetches);
        }
        return java.util.Collections.unmodifiableList((List<T>) out);
    }

    /** The SELECT and its row reader, compiled once per query shape and dialect. */
    SqlCache.Compiled compile(Database db) {
        Dialect d = db.dialect();
        return meta.sqlCache.select(d, query, kind.name(), columns -> new Rows(meta, columns, kind, d));
    }

    private void checkLock(Database db) {
        if (query.lock() != null && !Transaction.inAtomicBlock(db)) {
            throw new TransactionManagementError("select_for_update cannot be used outside of a transaction.");
        }
    }

    /**
     * Streams rows without caching them, fetching {@code fetchSize} at a time (Django's {@code iterator(chunk_size)}).
     * Close the stream (try-with-resources) to release the connection. Rows come from a server-side cursor:
     * on PostgreSQL outside {@link Transaction#atomic} the stream runs in a read transaction of its own until closed.
     */
    @SuppressWarnings("unchecked")
    public Stream<T> iterator(int fetchSize) {
        if (query.empty()) {
            return Stream.empty();
        }
        return (Stream<T>) Streaming.open(this, fetchSize);
    }

    /** The number of rows ({@code SELECT COUNT(*)}, or the cache's size when evaluated). */
    public long count() {
        if (cache != null) {
            return cache.size();
        }
        if (query.empty()) {
            return 0;
        }
        Database db = db();
        Sql sql = meta.sqlCache.count(db.dialect(), query);
        return Executor.query(db, sql, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** Whether any row matches. */
    public boolean exists() {
        if (cache != null) {
            return !cache.isEmpty();
        }
        if (query.empty()) {
            return false;
        }
        Database db = db();
        Query q = query.existsForm();
        if (q.high() == null) {
            q = q.withSlice(0, 1L);
        }
        Sql sql = new Compiler(db.dialect(), q).select();
        return Executor.query(db, sql, rs -> rs.next());
    }

    /** The single matching row; throws {@link ObjectDoesNotExist} or {@link MultipleObjectsReturned}. */
    public T get() {
        List<T> rows = query.isSliced() ? list() : with(query.withOrdering(List.of()).withSlice(0, 21L)).list();
        if (rows.size() == 1) {
            return rows.getFirst();
        }
        String name = meta.modelClass() == null ? meta.modelName() : meta.modelClass().getSimpleName();
        if (rows.isEmpty()) {
            throw new ObjectDoesNotExist(meta.modelClass(), name + " matching query does not exist.");
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(meta.modelClass(), "get() returned more than one " + name + " -- it returned "
                    + (rows.size() > 20 ? "more than 20" : String.valueOf(rows.size())) + "!");
        }
        return rows.getFirst();
    }

    /** {@code filter(lookup, value).get()}. */
    public T get(String lookup, Object value) { return filter(lookup, value).get(); }
    /** {@code filter(pairs...).get()}. */
    public T get(Object... lookupValuePairs) { return filter(lookupValuePairs).get(); }
    /** {@code filter(q).get()}. */
    public T get(Q q) { return filter(q).get(); }

    /** The first row in the ordering (by primary key when unordered), if any. */
    public Optional<T> first() {
        QuerySet<T> qs = query.ordering() == null && meta.ordering().isEmpty() || query.ordering() != null && query.ordering().isEmpty()
                ? orderBy("pk") : this;
        List<T> rows = qs.slice(0, 1).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The last row in the ordering (by primary key when unordered), if any. */
    public Optional<T> last() {
        List<T> rows = reverse().slice(0, 1).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The earliest row by the given fields (or the model's {@code getLatestBy}); throws if none. */
    public T earliest(String... fields) {
        return with(query.withOrdering(latestOrdering(fields, false))).slice(0, 1).get();
    }

    /** The latest row by the given fields (or the model's {@code getLatestBy}); throws if none. */
    public T latest(String... fields) {
        return with(query.withOrdering(latestOrdering(fields, true))).slice(0, 1).get();
    }

    private List<Object> latestOrdering(String[] fields, boolean reverse) {
        List<String> names = fields.length > 0 ? List.of(fields) : meta.getLatestBy() != null ? List.of(meta.getLatestBy()) : List.of();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.");
        }
        List<Object> o = new ArrayList<>();
        for (String n : names) {
            boolean desc = n.startsWith("-");
            String bare = desc ? n.substring(1) : n;
            o.add((desc ^ reverse) ? "-" + bare : bare);
        }
        return o;
    }

    /** Computes aggregates over the rows: {@code aggregate("total", Sum.of("views"))}. */
    public Map<String, Object> aggregate(String name, Expression aggregate) {
        Map<String, Expression> m = new LinkedHashMap<>();
        m.put(name, aggregate);
        return aggregate(m);
    }

    /**
     * Computes several aggregates in one query. After slicing, {@code distinct()}, {@code union()} and the like, or
     * an aggregate annotation, they are computed over the rows this QuerySet returns (a subquery), as Django does.
     */
    public Map<String, Object> aggregate(Map<String, ? extends Expression> aggregates) {
        Database db = db();
        Compiler c = new Compiler(db.dialect(), query);
        Sql sql = c.aggregate(new LinkedHashMap<>(aggregates));
        Rows rows = new Rows(meta, c.columns(), Rows.Kind.MAP, db.dialect());
        @SuppressWarnings("unchecked")
        Map<String, Object> out = Executor.query(db, sql, rs -> rs.next() ? (Map<String, Object>) rows.read(rs, db.alias()) : Map.<String, Object>of());
        return out;
    }

    /** Objects by key: {@code inBulk(List.of(1, 2))}; all rows when {@code ids} is {@code null}. */
    @SuppressWarnings("unchecked")
    public Map<Object, T> inBulk(Collection<?> ids) {
        QuerySet<T> qs = ids == null ? this : filter("pk__in", ids);
        Map<Object, T> out = new LinkedHashMap<>();
        for (T t : qs.orderBy().list()) {
            out.put(((Model) t).pk(), t);
        }
        return out;
    }

    // ---- writing -------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private ModelMeta<Model> modelMeta() {
        if (kind != Rows.Kind.MODEL) {
            throw new IllegalStateException("This method needs a QuerySet of model instances, not values()");
        }
        return (ModelMeta<Model>) meta;
    }

    /** Creates and saves an object set up by {@code init}. */
    @SuppressWarnings("unchecked")
    public T create(Consumer<T> init) {
        T obj = (T) modelMeta().newInstance();
        ((Model) obj).state.db = alias;
        init.accept(obj);
        Persistence.save((Model) obj, null, true, alias);
        return obj;
    }

    /** Creates and saves an object from field name, value pairs: {@code create("title", "Hi", "author", ada)}. */
    public T create(Object... fieldValuePairs) {
        return create(pairs(fieldValuePairs));
    }

    /** Creates and saves an object from a map of field values. */
    @SuppressWarnings("unchecked")
    public T create(Map<String, ?> values) {
        return create(obj -> assign((Model) obj, values));
    }

    void assign(Model obj, Map<String, ?> values) {
        ModelMeta<?> m = modelMeta();
        values.forEach((k, v) -> m.setRaw(obj, m.field(k), v));
    }

    static Map<String, Object> pairs(Object[] kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("Expected field, value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The object matching {@code lookups}, or a new one saved with {@code lookups} plus {@code defaults}. */
    public Created<T> getOrCreate(Map<String, ?> lookups, Map<String, ?> defaults) {
        return Writes.getOrCreate(this, lookups, defaults);
    }

    /** Updates the object matching {@code lookups} with {@code defaults}, or creates it. */
    public Created<T> updateOrCreate(Map<String, ?> lookups, Map<String, ?> defaults) {
        return Writes.updateOrCreate(this, lookups, defaults);
    }

    /** Inserts many objects in as few statements as possible, setting their generated keys (no signals). */
    public List<T> bulkCreate(List<T> objects) {
        List<Model> models = new ArrayList<>();
        for (T t : objects) {
            Model m = (Model) t;
            Persistence.stampDates(modelMeta(), m, true);
            models.add(m);
        }
        Persistence.insert(writeDb(), modelMeta(), models);
        return objects;
    }

    /** Updates the named fields of many objects with one statement per batch ({@code CASE WHEN pk = ...}). */
    public int bulkUpdate(List<T> objects, String... fields) {
        return Bulk.update(writeDb(), modelMeta(), objects, List.of(fields));
    }

    /** Updates matching rows in one statement: {@code update("views", F.of("views").plus(1))}; returns the row count. */
    public int update(String field, Object value, Object... moreFieldValuePairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(field, value);
        m.putAll(pairs(moreFieldValuePairs));
        return update(m);
    }

    /** Updates matching rows with values or expressions per field. */
    public int update(Map<String, ?> values) {
        if (query.empty()) {
            return 0;
        }
        return Bulk.updateQuery(writeDb(), modelMeta(), query, values);
    }

    /** Deletes matching rows, cascading as the foreign keys say; returns counts per model. */
    @SuppressWarnings("unchecked")
    public DeleteResult delete() {
        if (query.isSliced() || query.distinct()) {
            throw new IllegalStateException("Cannot use 'limit' or 'offset' with delete().");
        }
        QuerySet<T> target = forWrite();
        List<Model> objs = (List<Model>) (List<?>) target.with(query.withOrdering(List.of())).list();
        return Collector.delete(modelMeta(), objs, target.alias);
    }

    @Override
    public String toString() {
        List<T> rows = cache != null ? cache : slice(0, 21).list();
        List<String> shown = rows.stream().limit(20).map(String::valueOf).toList();
        return "<QuerySet " + shown + (rows.size() > 20 ? " ...(remaining elements truncated)..." : "") + ">";
    }
}
