package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.Sql;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model as it was at one point of the migrations, for data migrations (Django's {@code apps.get_model(...)} in a
 * {@code RunPython}): rows as maps keyed by field name (a relation by its {@code <name>_id}), equality filters,
 * create, update and delete, built from the migration state and never from today's class. Immutable: each
 * {@link #filter} returns a narrower query.
 * <pre>{@code
 * new RunJava(ctx -> {
 *     HistoricalModel posts = ctx.objects("blog", "post");
 *     for (Map<String, Object> row : posts.filter("slug", null).all()) {
 *         posts.filter("id", row.get("id")).update(Map.of("slug", row.get("title").toString().toLowerCase()));
 *     }
 * }, RunJava.NOOP)
 * }</pre>
 */
public final class HistoricalModel {
    private final Database db;
    private final ModelMeta<Model> meta;
    private final List<Map.Entry<Field<?>, Object>> where;

    HistoricalModel(Database db, ModelMeta<Model> meta, List<Map.Entry<Field<?>, Object>> where) {
        this.db = db;
        this.meta = meta;
        this.where = List.copyOf(where);
    }

    /** The model's metadata at this point. */
    public ModelMeta<Model> meta() {
        return meta;
    }

    /** The rows whose {@code field} equals {@code value} ({@code null}: IS NULL), within this query's rows. */
    public HistoricalModel filter(String field, Object value) {
        List<Map.Entry<Field<?>, Object>> w = new ArrayList<>(where);
        w.add(new java.util.AbstractMap.SimpleImmutableEntry<>(meta.field(field), value));
        return new HistoricalModel(db, meta, w);
    }

    /** The rows, each keyed by field name ({@code author_id} for a relation), ordered by primary key. */
    public List<Map<String, Object>> all() {
        List<String> cols = new ArrayList<>();
        for (Field<?> f : meta.concreteFields()) {
            cols.add(q(f.column()) + " AS " + q(f.attname()));
        }
        Sql w = whereClause();
        List<Map<String, Object>> rows = db.query(new Sql("SELECT " + String.join(", ", cols) + " FROM " + q(meta.dbTable())
                + w.text() + " ORDER BY " + q(meta.pk().column()), w.params()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Field<?> f : meta.concreteFields()) {
                row.put(f.attname(), value(r, f.attname()));
            }
            out.add(row);
        }
        return out;
    }

    /** How many rows there are. */
    public long count() {
        Sql w = whereClause();
        Object n = db.query(new Sql("SELECT COUNT(*) AS n FROM " + q(meta.dbTable()) + w.text(), w.params())).getFirst().values().iterator().next();
        return ((Number) n).longValue();
    }

    /** Inserts a row from field values (fields left out take their default, or NULL). */
    public void create(Map<String, Object> values) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        for (Field<?> f : meta.concreteFields()) {
            if (values.containsKey(f.name()) || values.containsKey(f.attname())) {
                row.put(f, values.containsKey(f.name()) ? values.get(f.name()) : values.get(f.attname()));
            } else if (f.hasDefault()) {
                row.put(f, f.defaultValue());
            }
        }
        checkNames(values);
        List<Object> params = new ArrayList<>();
        row.forEach((f, v) -> params.add(toDb(f, v)));
        db.execute(new Sql("INSERT INTO " + q(meta.dbTable()) + " (" + String.join(", ", row.keySet().stream().map(f -> q(f.column())).toList())
                + ") VALUES (" + String.join(", ", row.keySet().stream().map(f -> "?").toList()) + ")", params));
    }

    /** Sets fields on this query's rows; returns how many changed. */
    public int update(Map<String, Object> values) {
        checkNames(values);
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        values.forEach((name, v) -> {
            Field<?> f = meta.field(name);
            sets.add(q(f.column()) + " = ?");
            params.add(toDb(f, v));
        });
        Sql w = whereClause();
        params.addAll(w.params());
        return db.execute(new Sql("UPDATE " + q(meta.dbTable()) + " SET " + String.join(", ", sets) + w.text(), params));
    }

    /** Deletes this query's rows; returns how many. */
    public int delete() {
        Sql w = whereClause();
        return db.execute(new Sql("DELETE FROM " + q(meta.dbTable()) + w.text(), w.params()));
    }

    private void checkNames(Map<String, Object> values) {
        values.keySet().forEach(meta::field);    // an unknown name fails listing the choices
    }

    private Sql whereClause() {
        if (where.isEmpty()) {
            return new Sql("", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<Field<?>, Object> e : where) {
            if (e.getValue() == null) {
                parts.add(q(e.getKey().column()) + " IS NULL");
            } else {
                parts.add(q(e.getKey().column()) + " = ?");
                params.add(toDb(e.getKey(), e.getValue()));
            }
        }
        return new Sql(" WHERE " + String.join(" AND ", parts), params);
    }

    private Object toDb(Field<?> f, Object v) {
        Dialect d = db.dialect();
        return v == null ? null : f.toDb(f.toJava(v), d);
    }

    /** A column read back by alias, whatever case the driver reports it in. */
    private static Object value(Map<String, Object> row, String alias) {
        if (row.containsKey(alias)) {
            return row.get(alias);
        }
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(alias)) {
                return e.getValue();
            }
        }
        return null;
    }

    private String q(String ident) {
        return db.dialect().quote(ident);
    }
}
