package dev.quintet.db.models;

import dev.quintet.db.Database;
import dev.quintet.db.Sql;
import dev.quintet.db.Transaction;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.internal.Executor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The objects related to one instance through a reverse foreign key or a many-to-many relation (Django's related
 * managers): {@code author.related("posts")}, {@code post.related("tags")}, {@code tag.related("posts")}.
 * {@link #all()} uses rows loaded by {@code prefetchRelated} when there are some.
 *
 * @param <R> the related model
 */
public final class RelatedManager<R extends Model> {
    private enum Kind { REVERSE_FK, M2M, M2M_REVERSE }

    private final Model instance;
    private final Kind kind;
    private final ModelMeta<R> target;
    private final Field<?> field;
    private final String accessor;

    private RelatedManager(Model instance, Kind kind, ModelMeta<R> target, Field<?> field, String accessor) {
        this.instance = instance;
        this.kind = kind;
        this.target = target;
        this.field = field;
        this.accessor = accessor;
    }

    @SuppressWarnings("unchecked")
    static RelatedManager<?> of(Model instance, String name) {
        ModelMeta<?> meta = instance.meta();
        Field<?> f = meta.findField(name);
        if (f instanceof ManyToManyField m2m) {
            return new RelatedManager<>(instance, Kind.M2M, (ModelMeta<Model>) ModelMeta.of(m2m.target()), m2m, name);
        }
        RelatedObject ro = meta.relatedObject(name);
        if (ro == null) {
            List<String> choices = new ArrayList<>();
            meta.manyToMany().forEach(x -> choices.add(x.name()));
            meta.relatedObjects().forEach(r -> choices.add(r.accessorName()));
            throw new FieldError("'" + name + "' is not a relation of " + meta.label() + ". Choices are: " + String.join(", ", choices));
        }
        Kind k = ro.field() instanceof ManyToManyField ? Kind.M2M_REVERSE : Kind.REVERSE_FK;
        return new RelatedManager<>(instance, k, (ModelMeta<Model>) ro.relatedModel(), ro.field(), ro.accessorName());
    }

    private void requireSaved() {
        if (instance.pk() == null) {
            throw new IllegalStateException("\"" + instance + "\" needs to have a value for field \"id\" before this relationship can be used.");
        }
    }

    private String lookup() {
        return switch (kind) {
            case REVERSE_FK, M2M_REVERSE -> field.name();
            case M2M -> ((ManyToManyField) field).relatedLookupName();
        };
    }

    /** The related objects (the prefetched rows when {@code prefetchRelated} loaded them). */
    public QuerySet<R> all() {
        requireSaved();
        QuerySet<R> qs = target.manager().all().using(instance.state.db).filter(lookup(), instance);
        if (instance.state.prefetched != null && instance.state.prefetched.containsKey(accessor)) {
            return qs.withCache(instance.state.prefetched.get(accessor));
        }
        return qs;
    }

    /** {@code all().filter(lookup, value)}. */
    public QuerySet<R> filter(String lookup, Object value) { return all().filter(lookup, value); }
    /** {@code all().filter(q)}. */
    public QuerySet<R> filter(Q q) { return all().filter(q); }
    /** {@code all().exclude(lookup, value)}. */
    public QuerySet<R> exclude(String lookup, Object value) { return all().exclude(lookup, value); }
    /** {@code all().orderBy(terms)}. */
    public QuerySet<R> orderBy(Object... terms) { return all().orderBy(terms); }
    /** {@code all().count()}. */
    public long count() { return all().count(); }
    /** {@code all().exists()}. */
    public boolean exists() { return all().exists(); }
    /** {@code all().list()}. */
    public List<R> list() { return all().list(); }

    private void invalidate() {
        if (instance.state.prefetched != null) {
            instance.state.prefetched.remove(accessor);
        }
    }

    /** Creates a related object linked to this instance. */
    public R create(Consumer<R> init) {
        requireSaved();
        invalidate();
        if (kind == Kind.REVERSE_FK) {
            return target.manager().all().using(instance.state.db).create(r -> {
                target.setRaw(r, field, instance);
                init.accept(r);
            });
        }
        R r = target.manager().all().using(instance.state.db).create(init);
        add(r);
        return r;
    }

    /** Links one object. */
    public void add(R object) {
        add(List.of(object));
    }

    /** Links objects (a reverse foreign key is updated on each; a many-to-many gets the missing join rows). */
    public void add(Collection<? extends R> objects) {
        requireSaved();
        invalidate();
        if (kind == Kind.REVERSE_FK) {
            for (R r : objects) {
                target.setRaw(r, field, instance);
                if (r.pk() == null) {
                    r.save();
                } else {
                    r.save(field.name());
                }
            }
            return;
        }
        Set<Object> ids = ids(objects);
        Database db = Persistence.db(instance.state.db);
        Transaction.atomic(db, () -> {
            ids.removeAll(existing(db, ids));
            if (ids.isEmpty()) {
                return;
            }
            signal("pre_add", ids);
            insertLinks(db, ids);
            signal("post_add", ids);
        });
    }

    /** Unlinks one object. */
    public void remove(R object) {
        remove(List.of(object));
    }

    /** Unlinks objects (a reverse foreign key must be nullable: it is set to NULL). */
    public void remove(Collection<? extends R> objects) {
        requireSaved();
        invalidate();
        if (kind == Kind.REVERSE_FK) {
            requireNullable();
            List<Object> ids = new ArrayList<>(ids(objects));
            all().filter("pk__in", ids).update(field.name(), null);
            for (R r : objects) {
                target.setRaw(r, field, null);
            }
            return;
        }
        Set<Object> ids = ids(objects);
        Database db = Persistence.db(instance.state.db);
        Transaction.atomic(db, () -> {
            signal("pre_remove", ids);
            deleteLinks(db, ids);
            signal("post_remove", ids);
        });
    }

    /** Unlinks every related object. */
    public void clear() {
        requireSaved();
        invalidate();
        if (kind == Kind.REVERSE_FK) {
            requireNullable();
            all().update(field.name(), null);
            return;
        }
        Database db = Persistence.db(instance.state.db);
        Transaction.atomic(db, () -> {
            signal("pre_clear", null);
            deleteLinks(db, null);
            signal("post_clear", null);
        });
    }

    /** Makes exactly {@code objects} related: removes the others, adds the missing. */
    public void set(Collection<? extends R> objects) {
        requireSaved();
        Set<Object> wanted = ids(objects);
        List<R> current = all().orderBy().list();
        List<R> toRemove = new ArrayList<>();
        Set<Object> have = new LinkedHashSet<>();
        for (R r : current) {
            have.add(r.pk());
            if (!wanted.contains(r.pk())) {
                toRemove.add(r);
            }
        }
        if (!toRemove.isEmpty()) {
            remove(toRemove);
        }
        List<R> toAdd = new ArrayList<>();
        for (R r : objects) {
            if (!have.contains(r.pk())) {
                toAdd.add(r);
            }
        }
        if (!toAdd.isEmpty()) {
            add(toAdd);
        }
    }

    private void requireNullable() {
        if (!field.isNullable()) {
            throw new IllegalStateException("remove() and clear() need " + field + " to be nullable");
        }
    }

    private Set<Object> ids(Collection<? extends R> objects) {
        Set<Object> ids = new LinkedHashSet<>();
        for (R r : objects) {
            if (r.pk() == null) {
                throw new IllegalArgumentException("Cannot add \"" + r + "\": the object must be saved first");
            }
            ids.add(r.pk());
        }
        return ids;
    }

    private ManyToManyField m2m() {
        return (ManyToManyField) field;
    }

    /** [column pointing at this instance, column pointing at the related objects]. */
    private RelatedField<?>[] links() {
        ManyToManyField m = m2m();
        return kind == Kind.M2M ? new RelatedField<?>[] {m.sourceLink(), m.targetLink()} : new RelatedField<?>[] {m.targetLink(), m.sourceLink()};
    }

    private Set<Object> existing(Database db, Set<Object> ids) {
        Dialect d = db.dialect();
        RelatedField<?>[] l = links();
        ModelMeta<?> th = m2m().throughMeta();
        List<Object> params = new ArrayList<>();
        params.add(l[0].toDb(instance, d));
        for (Object id : ids) {
            params.add(l[1].toDb(id, d));
        }
        Sql sql = new Sql("SELECT " + d.quote(l[1].column()) + " FROM " + d.quote(th.dbTable()) + " WHERE " + d.quote(l[0].column())
                + " = ? AND " + d.quote(l[1].column()) + " IN (" + Collector.marks(ids.size()) + ")", params);
        return Executor.query(db, sql, rs -> {
            Set<Object> found = new LinkedHashSet<>();
            while (rs.next()) {
                found.add(l[1].fromDb(rs, 1, d));
            }
            return found;
        });
    }

    @SuppressWarnings("unchecked")
    private void insertLinks(Database db, Set<Object> ids) {
        RelatedField<?>[] l = links();
        ModelMeta<?> th = m2m().throughMeta();
        if (!th.isAutoCreated()) {
            List<Model> rows = new ArrayList<>();
            for (Object id : ids) {
                Model row = th.newInstance();
                th.setRaw(row, l[0], instance);
                th.setRaw(row, l[1], id);
                rows.add(row);
            }
            Persistence.insert(db, (ModelMeta<Model>) th, rows);
            return;
        }
        Dialect d = db.dialect();
        List<Object> params = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Object id : ids) {
            values.add("(?, ?)");
            params.add(l[0].toDb(instance, d));
            params.add(l[1].toDb(id, d));
        }
        Executor.update(db, new Sql("INSERT INTO " + d.quote(th.dbTable()) + " (" + d.quote(l[0].column()) + ", " + d.quote(l[1].column())
                + ") VALUES " + String.join(", ", values), params));
    }

    private void deleteLinks(Database db, Set<Object> ids) {
        Dialect d = db.dialect();
        RelatedField<?>[] l = links();
        ModelMeta<?> th = m2m().throughMeta();
        List<Object> params = new ArrayList<>();
        params.add(l[0].toDb(instance, d));
        String sql = "DELETE FROM " + d.quote(th.dbTable()) + " WHERE " + d.quote(l[0].column()) + " = ?";
        if (ids != null) {
            if (ids.isEmpty()) {
                return;
            }
            for (Object id : ids) {
                params.add(l[1].toDb(id, d));
            }
            sql += " AND " + d.quote(l[1].column()) + " IN (" + Collector.marks(ids.size()) + ")";
        }
        Executor.update(db, new Sql(sql, params));
    }

    private void signal(String action, Set<Object> ids) {
        Class<?> sender = kind == Kind.M2M ? instance.getClass() : target.modelClass();
        Signals.M2M_CHANGED.send(sender, new Signals.M2MChangedEvent(instance, action, kind == Kind.M2M_REVERSE,
                target.modelClass(), ids == null ? null : Set.copyOf(ids)));
    }
}
