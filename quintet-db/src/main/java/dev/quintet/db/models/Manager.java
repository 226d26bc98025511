package dev.quintet.db.models;

import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.Sql;
import dev.quintet.db.internal.Executor;

import java.sql.ResultSetMetaData;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A model's manager (Django's {@code Model.objects}): declares the model's metadata and starts QuerySets.
 *
 * <pre>{@code
 * public static final Manager<Post> objects = Manager.of(Post.class, m -> m
 *         .field("title", CharField.maxLength(200)));
 * Post.objects.filter("title__startswith", "How").count();
 * }</pre>
 *
 * @param <T> the model
 */
public final class Manager<T extends Model> {
    private final ModelMeta<T> meta;

    private Manager(ModelMeta<T> meta) {
        this.meta = meta;
    }

    /** Builds the metadata of {@code model} from {@code spec} and returns its manager. */
    public static <T extends Model> Manager<T> of(Class<T> model, Consumer<ModelMeta.Builder> spec) {
        ModelMeta.Builder b = new ModelMeta.Builder();
        spec.accept(b);
        ModelMeta<T> meta = ModelMeta.build(model, b);
        Manager<T> m = new Manager<>(meta);
        meta.setManager(m);
        return m;
    }

    /** The model's metadata. */
    public ModelMeta<T> meta() { return meta; }

    /** A QuerySet of every row. */
    public QuerySet<T> all() { return QuerySet.of(meta); }
    /** See {@link QuerySet#filter(String, Object)}. */
    public QuerySet<T> filter(String lookup, Object value) { return all().filter(lookup, value); }
    /** See {@link QuerySet#filter(Object...)}. */
    public QuerySet<T> filter(Object... lookupValuePairs) { return all().filter(lookupValuePairs); }
    /** See {@link QuerySet#filter(Q)}. */
    public QuerySet<T> filter(Q q) { return all().filter(q); }
    /** See {@link QuerySet#filter(Map)}. */
    public QuerySet<T> filter(Map<String, ?> lookups) { return all().filter(lookups); }
    /** See {@link QuerySet#filter(Expression)}. */
    public QuerySet<T> filter(Expression condition) { return all().filter(condition); }
    /** See {@link QuerySet#exclude(String, Object)}. */
    public QuerySet<T> exclude(String lookup, Object value) { return all().exclude(lookup, value); }
    /** See {@link QuerySet#exclude(Q)}. */
    public QuerySet<T> exclude(Q q) { return all().exclude(q); }
    /** See {@link QuerySet#get(String, Object)}. */
    public T get(String lookup, Object value) { return all().get(lookup, value); }
    /** See {@link QuerySet#get(Object...)}. */
    public T get(Object... lookupValuePairs) { return all().get(lookupValuePairs); }
    /** See {@link QuerySet#get(Q)}. */
    public T get(Q q) { return all().get(q); }
    /** See {@link QuerySet#create(Consumer)}. */
    public T create(Consumer<T> init) { return all().create(init); }
    /** See {@link QuerySet#create(Object...)}. */
    public T create(Object... fieldValuePairs) { return all().create(fieldValuePairs); }
    /** See {@link QuerySet#create(Map)}. */
    public T create(Map<String, ?> values) { return all().create(values); }
    /** See {@link QuerySet#getOrCreate}. */
    public QuerySet.Created<T> getOrCreate(Map<String, ?> lookups, Map<String, ?> defaults) { return all().getOrCreate(lookups, defaults); }
    /** See {@link QuerySet#updateOrCreate}. */
    public QuerySet.Created<T> updateOrCreate(Map<String, ?> lookups, Map<String, ?> defaults) { return all().updateOrCreate(lookups, defaults); }
    /** See {@link QuerySet#bulkCreate}. */
    public List<T> bulkCreate(List<T> objects) { return all().bulkCreate(objects); }
    /** See {@link QuerySet#bulkUpdate}. */
    public int bulkUpdate(List<T> objects, String... fields) { return all().bulkUpdate(objects, fields); }
    /** See {@link QuerySet#update(String, Object, Object...)}. */
    public int update(String field, Object value, Object... more) { return all().update(field, value, more); }
    /** See {@link QuerySet#count()}. */
    public long count() { return all().count(); }
    /** See {@link QuerySet#exists()}. */
    public boolean exists() { return all().exists(); }
    /** See {@link QuerySet#first()}. */
    public Optional<T> first() { return all().first(); }
    /** See {@link QuerySet#last()}. */
    public Optional<T> last() { return all().last(); }
    /** See {@link QuerySet#earliest}. */
    public T earliest(String... fields) { return all().earliest(fields); }
    /** See {@link QuerySet#latest}. */
    public T latest(String... fields) { return all().latest(fields); }
    /** See {@link QuerySet#orderBy}. */
    public QuerySet<T> orderBy(Object... terms) { return all().orderBy(terms); }
    /** See {@link QuerySet#annotate(String, Expression)}. */
    public QuerySet<T> annotate(String name, Expression e) { return all().annotate(name, e); }
    /** See {@link QuerySet#aggregate(String, Expression)}. */
    public Map<String, Object> aggregate(String name, Expression e) { return all().aggregate(name, e); }
    /** See {@link QuerySet#aggregate(Map)}. */
    public Map<String, Object> aggregate(Map<String, ? extends Expression> aggregates) { return all().aggregate(aggregates); }
    /** See {@link QuerySet#only}. */
    public QuerySet<T> only(String... fields) { return all().only(fields); }
    /** See {@link QuerySet#defer}. */
    public QuerySet<T> defer(String... fields) { return all().defer(fields); }
    /** See {@link QuerySet#distinct()}. */
    public QuerySet<T> distinct() { return all().distinct(); }
    /** See {@link QuerySet#exclude(Object...)}. */
    public QuerySet<T> exclude(Object... lookupValuePairs) { return all().exclude(lookupValuePairs); }
    /** See {@link QuerySet#values}. */
    public QuerySet<Map<String, Object>> values(String... names) { return all().values(names); }
    /** See {@link QuerySet#valuesList(String...)}. */
    public QuerySet<List<Object>> valuesList(String... names) { return all().valuesList(names); }
    /** See {@link QuerySet#valuesListFlat}. */
    public QuerySet<Object> valuesListFlat(String name) { return all().valuesListFlat(name); }
    /** See {@link QuerySet#selectRelated}. */
    public QuerySet<T> selectRelated(String... paths) { return all().selectRelated(paths); }
    /** See {@link QuerySet#prefetchRelated}. */
    public QuerySet<T> prefetchRelated(Object... lookups) { return all().prefetchRelated(lookups); }
    /** See {@link QuerySet#inBulk}. */
    public Map<Object, T> inBulk(Collection<?> ids) { return all().inBulk(ids); }
    /** See {@link QuerySet#none()}. */
    public QuerySet<T> none() { return all().none(); }
    /** See {@link QuerySet#using}. */
    public QuerySet<T> using(String alias) { return all().using(alias); }

    /**
     * Runs raw SQL on the database reads go to (the routers' choice, else the default) and maps columns to fields by column name (Django's {@code raw()});
     * the query must select the primary key. Parameters are bound, never interpolated.
     */
    public List<T> raw(String sql, Object... params) {
        Databases current = Databases.current();
        Database db = current.get(current.dbForRead(meta, null));
        Map<String, Field<?>> byColumn = new HashMap<>();
        for (Field<?> f : meta.concreteFields()) {
            byColumn.put(f.column().toLowerCase(java.util.Locale.ROOT), f);
        }
        List<Object> bound = Arrays.stream(params).map(p -> db.dialect().toDb(p)).toList();
        return Executor.query(db, new Sql(sql, bound), rs -> {
            ResultSetMetaData md = rs.getMetaData();
            Field<?>[] cols = new Field<?>[md.getColumnCount()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = byColumn.get(md.getColumnLabel(i + 1).toLowerCase(java.util.Locale.ROOT));
            }
            List<T> out = new java.util.ArrayList<>();
            while (rs.next()) {
                T obj = meta.newInstance();
                for (int i = 0; i < cols.length; i++) {
                    if (cols[i] != null) {
                        meta.set(obj, cols[i], cols[i].fromDb(rs, i + 1, db.dialect()));
                    }
                }
                obj.state.adding = false;
                obj.state.db = db.alias();
                out.add(obj);
            }
            return out;
        });
    }
}
