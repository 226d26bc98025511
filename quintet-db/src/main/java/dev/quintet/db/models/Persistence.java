package dev.quintet.db.models;

import dev.quintet.db.Database;
import dev.quintet.db.DatabaseError;
import dev.quintet.db.Databases;
import dev.quintet.db.Sql;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.internal.Executor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Saving instances: INSERT (single and bulk, reading keys back), UPDATE, refresh and unique validation. */
final class Persistence {
    private Persistence() {
    }

    static Database db(String alias) {
        return Databases.current().get(alias == null ? Databases.DEFAULT : alias);
    }

    /** The database an instance is written to: the routers' choice, else the one it came from, else the default. */
    static Database writeDb(Model obj) {
        Databases current = Databases.current();
        return current.get(current.dbForWrite(obj.meta(), obj));
    }

    static void save(Model obj, List<String> updateFields, boolean forceInsert) {
        save(obj, updateFields, forceInsert, null);
    }

    /** Saves to {@code using}, or where the routers say when it is {@code null}. */
    static void save(Model obj, List<String> updateFields, boolean forceInsert, String using) {
        ModelMeta<?> meta = obj.meta();
        Database db = using != null ? db(using) : writeDb(obj);
        for (Field<?> f : meta.concreteFields()) {
            if (f instanceof RelatedField<?> && meta.get(obj, f) instanceof Ref<?> r) {
                if (r.id() == null) {
                    throw new IllegalStateException("save() prohibited to prevent data loss due to unsaved related object '" + f.name() + "'.");
                }
                if (r.isLoaded() && r.get().databaseAlias() != null && obj.state.db != null
                        && !Databases.current().allowRelation(r.get(), obj)) {
                    throw new IllegalArgumentException("Cannot save " + obj.getClass().getSimpleName() + "." + f.name()
                            + ": the current database router prevents the relation to an object of database '"
                            + r.get().databaseAlias() + "' from database '" + obj.state.db + "'.");
                }
            }
        }
        Signals.PRE_SAVE.send(obj.getClass(), new Signals.SaveEvent(obj, false, updateFields));
        stampDates(meta, obj, obj.state.adding);
        Object pk = meta.value(obj, meta.pk());
        boolean created;
        boolean tryUpdate = !forceInsert && pk != null && !(obj.state.adding && meta.pk().hasDefault());
        if (tryUpdate) {
            List<Field<?>> fields = new ArrayList<>();
            for (Field<?> f : meta.concreteFields()) {
                if (!f.isPrimaryKey() && (updateFields == null ? !obj.state.deferred.contains(f.name()) : updateFields.contains(f.name()))) {
                    fields.add(f);
                }
            }
            if (updateFields != null) {
                for (String n : updateFields) {
                    meta.field(n);
                }
            }
            int n = fields.isEmpty() ? (exists(db, meta, pk) ? 1 : 0) : updateRow(db, meta, obj, fields, pk);
            if (n > 0) {
                created = false;
            } else if (updateFields != null) {
                throw new DatabaseError("Save with update_fields did not affect any rows.");
            } else {
                insert(db, meta, List.of(obj));
                created = true;
            }
        } else {
            insert(db, meta, List.of(obj));
            created = true;
        }
        obj.state.adding = false;
        obj.state.db = db.alias();
        Signals.POST_SAVE.send(obj.getClass(), new Signals.SaveEvent(obj, created, updateFields));
    }

    static void stampDates(ModelMeta<?> meta, Model obj, boolean adding) {
        Instant now = null;
        for (Field<?> f : meta.concreteFields()) {
            if (f instanceof AutoNowField<?> a && a.stampsOnSave(adding)) {
                if (now == null) {
                    now = dev.quintet.db.Timezone.now();
                }
                meta.set(obj, f, f instanceof DateField ? LocalDate.ofInstant(now, dev.quintet.db.Timezone.defaultZone()) : now);
            }
        }
    }

    private static boolean exists(Database db, ModelMeta<?> meta, Object pk) {
        Dialect d = db.dialect();
        Sql sql = new Sql("SELECT 1 FROM " + d.quote(meta.dbTable()) + " WHERE " + d.quote(meta.pk().column()) + " = ?",
                List.of(meta.pk().toDb(pk, d)));
        return Executor.query(db, sql, rs -> rs.next());
    }

    private static int updateRow(Database db, ModelMeta<?> meta, Model obj, List<Field<?>> fields, Object pk) {
        Dialect d = db.dialect();
        List<Object> params = new ArrayList<>(fields.size() + 1);
        for (Field<?> f : fields) {
            params.add(f.toDb(meta.storedValue(obj, f), d));
        }
        params.add(meta.pk().toDb(pk, d));
        // the statement of a full save (every field but the key) is the same every time: built once per dialect
        boolean full = fields.size() == meta.concreteFields().size() - 1;
        String text = full ? meta.writeSql.computeIfAbsent(new ModelMeta.WriteKey(d, "update"), k -> updateText(d, meta, fields))
                : updateText(d, meta, fields);
        return Executor.update(db, new Sql(text, params));
    }

    private static String updateText(Dialect d, ModelMeta<?> meta, List<Field<?>> fields) {
        List<String> sets = new ArrayList<>();
        for (Field<?> f : fields) {
            sets.add(d.quote(f.column()) + " = " + f.placeholder(d));
        }
        return "UPDATE " + d.quote(meta.dbTable()) + " SET " + String.join(", ", sets) + " WHERE " + d.quote(meta.pk().column()) + " = ?";
    }

    private static String insertText(Dialect d, ModelMeta<?> meta, List<Field<?>> fields, int rows, boolean returning) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(d.quote(meta.dbTable()));
        sql.append(" (").append(String.join(", ", fields.stream().map(f -> d.quote(f.column())).toList())).append(") VALUES ");
        List<String> marks = new ArrayList<>();
        for (Field<?> f : fields) {
            marks.add(f.placeholder(d));
        }
        String row = "(" + String.join(", ", marks) + ")";
        sql.append(String.join(", ", java.util.Collections.nCopies(rows, row)));
        if (returning) {
            sql.append(" RETURNING ").append(d.quote(meta.pk().column()));
        }
        return sql.toString();
    }

    /** Inserts rows in batches, reading generated keys back into the instances. */
    static void insert(Database db, ModelMeta<?> meta, List<? extends Model> objs) {
        if (objs.isEmpty()) {
            return;
        }
        Dialect d = db.dialect();
        Field<?> pk = meta.pk();
        boolean autoPk = pk.isAutoGenerated() && meta.value(objs.getFirst(), pk) == null;
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> f : meta.concreteFields()) {
            if (!(autoPk && f == pk)) {
                fields.add(f);
            }
        }
        int batch = Math.max(1, Math.min(500, 30000 / Math.max(1, fields.size())));
        for (int start = 0; start < objs.size(); start += batch) {
            List<? extends Model> chunk = objs.subList(start, Math.min(objs.size(), start + batch));
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            boolean returning = autoPk && d.supportsReturning();
            if (fields.isEmpty()) {
                sql.append("INSERT INTO ").append(d.quote(meta.dbTable()));
                sql.append(d.vendor().equals("mysql") ? " () VALUES ()" : " DEFAULT VALUES");
                if (chunk.size() > 1) {
                    for (Model m : chunk) {
                        insert(db, meta, List.of(m));
                    }
                    continue;
                }
                if (returning) {
                    sql.append(" RETURNING ").append(d.quote(pk.column()));
                }
            } else {
                for (Model m : chunk) {
                    for (Field<?> f : fields) {
                        params.add(f.toDb(meta.storedValue(m, f), d));
                    }
                }
                int rows = chunk.size();
                // a one-row insert (save(), create()) has one text per dialect and key kind: built once
                sql.append(rows == 1 ? meta.writeSql.computeIfAbsent(new ModelMeta.WriteKey(d, autoPk ? "insert-auto" : "insert"),
                        k -> insertText(d, meta, fields, 1, returning)) : insertText(d, meta, fields, rows, returning));
            }
            if (autoPk) {
                List<Object> keys = Executor.insert(db, new Sql(sql.toString(), params), returning,
                        rs -> returning ? pk.fromDb(rs, 1, d) : pk.toJava(rs.getLong(1)));
                if (keys.size() != chunk.size()) {
                    throw new DatabaseError("Expected " + chunk.size() + " generated keys, got " + keys.size());
                }
                for (int i = 0; i < chunk.size(); i++) {
                    meta.set(chunk.get(i), pk, keys.get(i));
                }
            } else {
                Executor.update(db, new Sql(sql.toString(), params));
            }
            for (Model m : chunk) {
                m.state.adding = false;
                m.state.db = db.alias();
            }
        }
    }

    static void refresh(Model obj, List<String> fieldNames) {
        ModelMeta<?> meta = obj.meta();
        QuerySet<? extends Model> qs = meta.manager().all().using(obj.state.db).filter("pk", obj.pk());
        if (!fieldNames.isEmpty()) {
            qs = qs.only(fieldNames.toArray(String[]::new));
        }
        Model fresh = qs.get();
        for (Field<?> f : meta.concreteFields()) {
            if (fieldNames.isEmpty() || fieldNames.contains(f.name())) {
                meta.set(obj, f, meta.value(fresh, f));
            }
        }
        if (fieldNames.isEmpty()) {
            obj.state.deferred = Set.of();
        } else if (!obj.state.deferred.isEmpty()) {
            Set<String> still = new java.util.HashSet<>(obj.state.deferred);
            for (String n : fieldNames) {
                still.remove(meta.field(n).name());
            }
            obj.state.deferred = Set.copyOf(still);
        }
    }

    /** Django's {@code validate_unique}: unique fields and unique-together groups, excluding this row. */
    static void validateUnique(Model obj, Set<String> exclude, Map<String, List<String>> errors) {
        ModelMeta<?> meta = obj.meta();
        Object pk = meta.value(obj, meta.pk());
        for (Field<?> f : meta.concreteFields()) {
            if (!f.isUnique() || exclude.contains(f.name()) || errors.containsKey(f.name()) || f.isAutoGenerated()) {
                continue;
            }
            Object v = meta.value(obj, f);
            if (v == null) {
                continue;
            }
            QuerySet<? extends Model> qs = meta.manager().all().using(obj.state.db).filter(f.name(), v);
            if (pk != null && !obj.state.adding) {
                qs = qs.exclude("pk", pk);
            }
            if (qs.exists()) {
                errors.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(capitalize(meta.verboseName()) + " with this "
                        + capitalize(f.verboseName()) + " already exists.");
            }
        }
        List<List<String>> groups = new ArrayList<>(meta.uniqueTogether());
        for (Constraint c : meta.constraints()) {
            if (c instanceof Constraint.Unique u) {
                groups.add(u.fields());
            }
        }
        for (List<String> group : groups) {
            if (group.stream().anyMatch(exclude::contains)) {
                continue;
            }
            Q q = Q.empty();
            boolean hasNull = false;
            for (String n : group) {
                Object v = meta.value(obj, meta.field(n));
                hasNull |= v == null;
                q = q.and(Q.of(n, v));
            }
            if (hasNull) {
                continue;
            }
            QuerySet<? extends Model> qs = meta.manager().all().using(obj.state.db).filter(q);
            if (pk != null && !obj.state.adding) {
                qs = qs.exclude("pk", pk);
            }
            if (qs.exists()) {
                List<String> labels = group.stream().map(n -> capitalize(meta.field(n).verboseName())).toList();
                errors.computeIfAbsent(ValidationError.NON_FIELD_ERRORS, k -> new ArrayList<>()).add(capitalize(meta.verboseName())
                        + " with this " + String.join(" and ", labels) + " already exists.");
            }
        }
    }

    static String capitalize(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
