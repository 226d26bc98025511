package dev.quintet.db.models;

import dev.quintet.db.Database;
import dev.quintet.db.Sql;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.internal.Executor;
import dev.quintet.db.models.internal.Compiler;
import dev.quintet.db.models.internal.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Set-based updates: {@code QuerySet.update()} and {@code bulkUpdate()}. */
final class Bulk {
    private Bulk() {
    }

    static int updateQuery(Database db, ModelMeta<?> meta, Query query, Map<String, ?> values) {
        Dialect d = db.dialect();
        Compiler setCompiler = Compiler.forUpdate(d, meta);
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Field<?> f = meta.field(e.getKey());
            if (!f.isConcrete()) {
                throw new FieldError("Cannot update model field " + f + " (only non-relations and foreign keys permitted).");
            }
            Object v = e.getValue();
            if (v instanceof Expression ex) {
                Sql s = ex.compile(setCompiler);
                sets.add(d.quote(f.column()) + " = " + s.text());
                params.addAll(s.params());
            } else {
                sets.add(d.quote(f.column()) + " = " + f.placeholder(d));
                params.add(f.toDb(v, d));
            }
        }
        // auto_now fields are left alone, as Django's update(): only save() stamps them
        StringBuilder sql = new StringBuilder("UPDATE ").append(d.quote(meta.dbTable())).append(" SET ").append(String.join(", ", sets));
        if (!query.filters().isEmpty() || query.isSliced()) {
            Sql where = new Compiler(d, query).pkSubquery();
            sql.append(" WHERE ").append(d.quote(meta.pk().column())).append(" IN (").append(where.text()).append(")");
            params.addAll(where.params());
        }
        return Executor.update(db, new Sql(sql.toString(), params));
    }

    static int update(Database db, ModelMeta<?> meta, List<?> objects, List<String> fieldNames) {
        if (fieldNames.isEmpty()) {
            throw new IllegalArgumentException("Field names must be given to bulk_update().");
        }
        Dialect d = db.dialect();
        List<Field<?>> fields = new ArrayList<>();
        for (String n : fieldNames) {
            Field<?> f = meta.field(n);
            if (f.isPrimaryKey() || !f.isConcrete()) {
                throw new IllegalArgumentException("bulk_update() can only be used with concrete fields, not the primary key.");
            }
            fields.add(f);
        }
        int total = 0;
        int batch = Math.max(1, 1000 / (fields.size() + 1));
        for (int start = 0; start < objects.size(); start += batch) {
            List<?> chunk = objects.subList(start, Math.min(objects.size(), start + batch));
            List<String> sets = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            for (Field<?> f : fields) {
                StringBuilder cs = new StringBuilder("CASE");
                for (Object o : chunk) {
                    Model m = (Model) o;
                    cs.append(" WHEN ").append(d.quote(meta.pk().column())).append(" = ? THEN ").append(f.placeholder(d));
                    params.add(meta.pk().toDb(m.pk(), d));
                    params.add(f.toDb(meta.storedValue(m, f), d));
                }
                sets.add(d.quote(f.column()) + " = " + cs.append(" END"));
            }
            List<String> marks = new ArrayList<>();
            for (Object o : chunk) {
                marks.add("?");
                params.add(meta.pk().toDb(((Model) o).pk(), d));
            }
            total += Executor.update(db, new Sql("UPDATE " + d.quote(meta.dbTable()) + " SET " + String.join(", ", sets)
                    + " WHERE " + d.quote(meta.pk().column()) + " IN (" + String.join(", ", marks) + ")", params));
        }
        return total;
    }
}
