package dev.quintet.db.models;

import dev.quintet.db.Database;
import dev.quintet.db.Sql;
import dev.quintet.db.Transaction;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.internal.Executor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletion with Django's {@code on_delete} semantics: collects the objects to delete and, for every reverse foreign
 * key, cascades, protects, restricts, nulls or defaults; then deletes children before parents inside one atomic
 * block, sending {@code preDelete}/{@code postDelete} per instance.
 */
final class Collector {
    private final Database db;
    private final Map<ModelMeta<?>, Map<Object, Model>> toDelete = new LinkedHashMap<>();
    private final List<ModelMeta<?>> order = new ArrayList<>();
    private final List<Object[]> fieldUpdates = new ArrayList<>();
    private final List<Object[]> restricted = new ArrayList<>();

    private Collector(Database db) {
        this.db = db;
    }

    static DeleteResult delete(ModelMeta<?> meta, List<? extends Model> objs, String alias) {
        if (objs.isEmpty()) {
            return new DeleteResult(0, Map.of());
        }
        for (Model m : objs) {
            if (m.pk() == null) {
                throw new IllegalArgumentException(m.getClass().getSimpleName() + " object can't be deleted because its id attribute is set to None.");
            }
        }
        Database db = Persistence.db(alias != null ? alias : objs.getFirst().state.db);
        return Transaction.atomic(db, () -> {
            Collector c = new Collector(db);
            c.collect(meta, objs);
            c.checkRestricted();
            return c.run();
        });
    }

    private void collect(ModelMeta<?> meta, List<? extends Model> objs) {
        Map<Object, Model> bucket = toDelete.computeIfAbsent(meta, k -> new LinkedHashMap<>());
        List<Model> fresh = new ArrayList<>();
        for (Model m : objs) {
            if (bucket.putIfAbsent(m.pk(), m) == null) {
                fresh.add(m);
            }
        }
        order.remove(meta);
        order.add(meta);
        if (fresh.isEmpty()) {
            return;
        }
        List<Object> pks = fresh.stream().map(Model::pk).toList();
        for (RelatedObject ro : meta.relatedObjects()) {
            if (!(ro.field() instanceof RelatedField<?> rf)) {
                continue;
            }
            OnDelete action = rf.onDeleteAction();
            if (action == OnDelete.DO_NOTHING) {
                continue;
            }
            List<Model> related = new ArrayList<>();
            for (Model r : ro.relatedModel().manager().all().using(db.alias()).filter(rf.name() + "__in", pks).orderBy().list()) {
                related.add(r);
            }
            if (related.isEmpty()) {
                continue;
            }
            switch (action) {
                case CASCADE -> collect(ro.relatedModel(), related);
                case PROTECT -> throw new ProtectedError("Cannot delete some instances of model '" + meta.modelClass().getSimpleName()
                        + "' because they are referenced through protected foreign keys: '"
                        + ro.relatedModel().modelClass().getSimpleName() + "." + rf.name() + "'.", related);
                case RESTRICT -> restricted.add(new Object[] {meta, ro, related});
                case SET_NULL -> fieldUpdates.add(new Object[] {ro.relatedModel(), rf, null, related});
                case SET_DEFAULT -> fieldUpdates.add(new Object[] {ro.relatedModel(), rf, rf.defaultValue(), related});
                default -> { }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkRestricted() {
        for (Object[] r : restricted) {
            RelatedObject ro = (RelatedObject) r[1];
            List<Model> rel = (List<Model>) r[2];
            Map<Object, Model> deleted = toDelete.getOrDefault(ro.relatedModel(), Map.of());
            List<Model> blocking = rel.stream().filter(m -> !deleted.containsKey(m.pk())).toList();
            if (!blocking.isEmpty()) {
                throw new RestrictedError("Cannot delete some instances of model '" + ((ModelMeta<?>) r[0]).modelClass().getSimpleName()
                        + "' because they are referenced through restricted foreign keys: '"
                        + ro.relatedModel().modelClass().getSimpleName() + "." + ro.field().name() + "'.", blocking);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private DeleteResult run() {
        Dialect d = db.dialect();
        Set<Model> signalled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (ModelMeta<?> meta : order) {
            for (Model m : toDelete.get(meta).values()) {
                if (signalled.add(m)) {
                    Signals.PRE_DELETE.send(m.getClass(), new Signals.DeleteEvent(m));
                }
            }
        }
        for (Object[] u : fieldUpdates) {
            ModelMeta<?> meta = (ModelMeta<?>) u[0];
            RelatedField<?> rf = (RelatedField<?>) u[1];
            List<Model> rel = (List<Model>) u[3];
            Map<Object, Model> deleted = toDelete.getOrDefault(meta, Map.of());
            List<Object> pks = new ArrayList<>();
            for (Model m : rel) {
                if (!deleted.containsKey(m.pk())) {
                    pks.add(meta.pk().toDb(m.pk(), d));
                    meta.setRaw(m, rf, u[2]);
                }
            }
            if (!pks.isEmpty()) {
                List<Object> params = new ArrayList<>();
                params.add(rf.toDb(u[2], d));
                params.addAll(pks);
                Executor.update(db, new Sql("UPDATE " + d.quote(meta.dbTable()) + " SET " + d.quote(rf.column()) + " = ? WHERE "
                        + d.quote(meta.pk().column()) + " IN (" + marks(pks.size()) + ")", params));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        List<ModelMeta<?>> reversed = new ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        // children were collected after their parents: delete in reverse collection order
        for (ModelMeta<?> meta : reversed) {
            Map<Object, Model> objs = toDelete.get(meta);
            List<Object> pks = new ArrayList<>();
            for (Object pk : objs.keySet()) {
                pks.add(meta.pk().toDb(pk, d));
            }
            for (ManyToManyField m2m : meta.manyToMany()) {
                if (m2m.throughModel() == null) {
                    ModelMeta<?> th = m2m.throughMeta();
                    Executor.update(db, new Sql("DELETE FROM " + d.quote(th.dbTable()) + " WHERE " + d.quote(m2m.sourceLink().column())
                            + " IN (" + marks(pks.size()) + ")", pks));
                }
            }
            for (RelatedObject ro : meta.relatedObjects()) {
                if (ro.field() instanceof ManyToManyField m2m && m2m.throughModel() == null) {
                    ModelMeta<?> th = m2m.throughMeta();
                    Executor.update(db, new Sql("DELETE FROM " + d.quote(th.dbTable()) + " WHERE " + d.quote(m2m.targetLink().column())
                            + " IN (" + marks(pks.size()) + ")", pks));
                }
            }
            int n = 0;
            for (int i = 0; i < pks.size(); i += 500) {
                List<Object> chunk = pks.subList(i, Math.min(pks.size(), i + 500));
                n += Executor.update(db, new Sql("DELETE FROM " + d.quote(meta.dbTable()) + " WHERE " + d.quote(meta.pk().column())
                        + " IN (" + marks(chunk.size()) + ")", chunk));
            }
            counts.merge(meta.label(), n, Integer::sum);
            total += n;
        }
        Set<Model> done = new LinkedHashSet<>();
        for (ModelMeta<?> meta : order) {
            for (Model m : toDelete.get(meta).values()) {
                if (done.add(m)) {
                    Signals.POST_DELETE.send(m.getClass(), new Signals.DeleteEvent(m));
                    if (meta.pk().isAutoGenerated()) {
                        meta.set(m, meta.pk(), null);
                    }
                    m.state.adding = true;
                }
            }
        }
        return new DeleteResult(total, counts);
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
