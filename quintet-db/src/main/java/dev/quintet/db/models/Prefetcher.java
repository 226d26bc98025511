package dev.quintet.db.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs {@code prefetchRelated} lookups: one query per relation level, results attached to each instance. */
final class Prefetcher {
    static final String SOURCE = "_prefetch_related_val";

    private Prefetcher() {
    }

    static void prefetch(List<Model> objs, List<Object> lookups) {
        for (Object l : lookups) {
            Prefetch p = l instanceof Prefetch pf ? pf : new Prefetch((String) l, null, null);
            walk(objs, p.lookup().split("__"), 0, p);
        }
    }

    private static void walk(List<Model> objs, String[] parts, int i, Prefetch p) {
        if (objs.isEmpty()) {
            return;
        }
        boolean leaf = i == parts.length - 1;
        List<Model> next = one(objs, parts[i], leaf ? p.queryset() : null, leaf ? p.toAttr() : null);
        if (!leaf) {
            walk(next, parts, i + 1, p);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Model> one(List<Model> objs, String name, QuerySet<? extends Model> custom, String toAttr) {
        ModelMeta<?> meta = objs.getFirst().meta();
        String alias = objs.getFirst().state.db;
        Field<?> f = meta.findField(name);
        Set<Object> pks = new LinkedHashSet<>();
        for (Model m : objs) {
            pks.add(m.pk());
        }
        if (f instanceof RelatedField<?> rf) {
            Set<Object> ids = new LinkedHashSet<>();
            for (Model m : objs) {
                Object id = meta.value(m, rf);
                if (id != null) {
                    ids.add(id);
                }
            }
            QuerySet<? extends Model> qs = base(rf.targetMeta(), custom, alias);
            Map<Object, Model> byPk = new HashMap<>();
            for (Model r : ids.isEmpty() ? List.<Model>of() : qs.filter("pk__in", ids).list()) {
                byPk.put(r.pk(), r);
            }
            List<Model> out = new ArrayList<>();
            for (Model m : objs) {
                Model r = byPk.get(meta.value(m, rf));
                if (r != null) {
                    meta.setRaw(m, rf, Ref.to(r));
                    out.add(r);
                }
            }
            return out;
        }
        ModelMeta<?> relatedMeta;
        QuerySet<? extends Model> qs;
        String accessor;
        if (f instanceof ManyToManyField m2m) {
            relatedMeta = ModelMeta.of(m2m.target());
            String back = m2m.relatedLookupName();
            qs = base(relatedMeta, custom, alias).filter(back + "__in", pks).annotate(SOURCE, F.of(back + "__pk"));
            accessor = m2m.name();
        } else {
            RelatedObject ro = meta.relatedObject(name);
            if (ro == null) {
                throw new FieldError("Cannot find '" + name + "' on " + meta.modelClass().getSimpleName()
                        + " object, '" + name + "' is an invalid parameter to prefetch_related()");
            }
            relatedMeta = ro.relatedModel();
            String fname = ro.field().name();
            qs = base(relatedMeta, custom, alias).filter(fname + "__in", pks).annotate(SOURCE, F.of(fname + "__pk"));
            accessor = ro.accessorName();
        }
        Map<Object, List<Model>> grouped = new HashMap<>();
        List<Model> all = new ArrayList<>();
        for (Model r : qs.list()) {
            Object src = r.annotation(SOURCE);
            Object key = meta.pk().toJava(src);
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            all.add(r);
        }
        for (Model m : objs) {
            m.state.prefetched().put(toAttr != null ? toAttr : accessor, List.copyOf(grouped.getOrDefault(m.pk(), List.of())));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static QuerySet<? extends Model> base(ModelMeta<?> meta, QuerySet<? extends Model> custom, String alias) {
        QuerySet<? extends Model> qs = custom != null ? custom : ((ModelMeta<Model>) meta).manager().all();
        return alias != null && custom == null ? qs.using(alias) : qs;
    }
}
