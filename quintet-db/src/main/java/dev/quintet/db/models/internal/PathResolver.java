package dev.quintet.db.models.internal;

import dev.quintet.db.models.Field;
import dev.quintet.db.models.FieldError;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.RelatedField;
import dev.quintet.db.models.RelatedObject;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Resolves a lookup path ({@code author__posts__title__icontains}) against a model: walks forward and reverse
 * relations, adds the joins to the compiler, and returns the final column with the remaining transform/lookup parts.
 */
final class PathResolver {
    static final Set<String> LOOKUPS = Set.of("exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt", "lte",
            "startswith", "istartswith", "endswith", "iendswith", "range", "isnull", "regex", "iregex");
    static final Set<String> TRANSFORMS = Set.of("date", "year", "month", "day", "week_day", "hour", "minute");

    /**
     * A resolved path.
     *
     * @param sql      the column SQL
     * @param field    the field at the end of the path
     * @param meta     the model owning that field
     * @param nullable whether the value can be NULL through the joins (or the field)
     * @param multi    whether the path crosses a multi-valued relation
     * @param rest     the transforms and lookup after the field
     */
    record Path(String sql, Field<?> field, ModelMeta<?> meta, boolean nullable, boolean multi, List<String> rest) {
    }

    private final Compiler c;

    PathResolver(Compiler c) {
        this.c = c;
    }

    static boolean isLookupPart(String s) {
        return LOOKUPS.contains(s) || TRANSFORMS.contains(s);
    }

    private static boolean continues(ModelMeta<?> target, String next) {
        return next != null && (target.findField(next) != null || target.relatedObject(next) != null);
    }

    private static boolean isPk(ModelMeta<?> meta, String name) {
        return "pk".equals(name) || meta.pk().name().equals(name);
    }

    private static List<String> rest(String[] parts, int from) {
        return from >= parts.length ? List.of() : Arrays.asList(parts).subList(from, parts.length);
    }

    /** Whether the path crosses a multi-valued relation, without adding joins. */
    static boolean isMultiValued(ModelMeta<?> model, String lookup) {
        ModelMeta<?> meta = model;
        String[] parts = lookup.split("__");
        for (int i = 0; i < parts.length; i++) {
            Field<?> f = meta.findField(parts[i]);
            if (f instanceof ManyToManyField) {
                return true;
            }
            if (f instanceof RelatedField<?> rf) {
                meta = rf.targetMeta();
                continue;
            }
            if (f != null) {
                return false;
            }
            RelatedObject ro = meta.relatedObject(parts[i]);
            if (ro == null) {
                return false;
            }
            if (ro.multiValued()) {
                return true;
            }
            meta = ro.relatedModel();
        }
        return false;
    }

    Path resolve(String lookup, String generation) {
        String[] parts = lookup.split("__");
        if (c.wrapped != null) {
            Compiler.Ref r = c.wrappedColumn(parts[0]);
            return new Path(r.sql(), r.field(), c.query.model(), true, false, rest(parts, 1));
        }
        ModelMeta<?> meta = c.query.model();
        String alias = c.base;
        boolean nullable = false;
        boolean multi = false;
        int i = 0;
        while (true) {
            String name = parts[i];
            String next = i + 1 < parts.length ? parts[i + 1] : null;
            Field<?> f = meta.findField(name);
            if (f instanceof RelatedField<?> rf) {
                ModelMeta<?> t = rf.targetMeta();
                boolean viaAttname = name.equals(rf.attname());
                if (viaAttname || !continues(t, next)) {
                    return new Path(c.col(alias, rf), rf, meta, nullable || rf.isNullable(), multi, rest(parts, i + 1));
                }
                if (isPk(t, next) && (i + 2 == parts.length || isLookupPart(parts[i + 2]))) {
                    return new Path(c.col(alias, rf), rf, meta, nullable || rf.isNullable(), multi, rest(parts, i + 2));
                }
                nullable |= rf.isNullable();
                alias = c.join(alias + "|" + name, t.dbTable(), alias, rf.column(), t.pk().column(), nullable);
                meta = t;
                i++;
                continue;
            }
            if (f instanceof ManyToManyField m2m) {
                ModelMeta<?> th = m2m.throughMeta();
                ModelMeta<?> t = ModelMeta.of(m2m.target());
                String ta = c.join(alias + "|" + name + "|" + generation, th.dbTable(), alias, meta.pk().column(), m2m.sourceLink().column(), true);
                multi = true;
                nullable = true;
                if (!continues(t, next) || (isPk(t, next) && (i + 2 == parts.length || isLookupPart(parts[i + 2])))) {
                    int skip = continues(t, next) ? 2 : 1;
                    return new Path(c.col(ta, m2m.targetLink()), t.pk(), t, true, true, rest(parts, i + skip));
                }
                alias = c.join(ta + "|target", t.dbTable(), ta, m2m.targetLink().column(), t.pk().column(), true);
                meta = t;
                i++;
                continue;
            }
            if (f != null) {
                return new Path(c.col(alias, f), f, meta, nullable || f.isNullable(), multi, rest(parts, i + 1));
            }
            RelatedObject ro = meta.relatedObject(name);
            if (ro == null) {
                throw new FieldError("Cannot resolve keyword '" + name + "' into field. Choices are: "
                        + String.join(", ", i == 0 ? withAnnotations(meta) : meta.lookupNames()));
            }
            ModelMeta<?> rm = ro.relatedModel();
            String key = alias + "|" + name + (ro.multiValued() ? "|" + generation : "");
            multi |= ro.multiValued();
            nullable = true;
            if (ro.field() instanceof RelatedField<?> rf) {
                alias = c.join(key, rm.dbTable(), alias, meta.pk().column(), rf.column(), true);
            } else {
                ManyToManyField m2m = (ManyToManyField) ro.field();
                ModelMeta<?> th = m2m.throughMeta();
                String ta = c.join(key, th.dbTable(), alias, meta.pk().column(), m2m.targetLink().column(), true);
                if (!continues(rm, next) || (isPk(rm, next) && (i + 2 == parts.length || isLookupPart(parts[i + 2])))) {
                    int skip = continues(rm, next) ? 2 : 1;
                    return new Path(c.col(ta, m2m.sourceLink()), rm.pk(), rm, true, true, rest(parts, i + skip));
                }
                alias = c.join(ta + "|source", rm.dbTable(), ta, m2m.sourceLink().column(), rm.pk().column(), true);
            }
            meta = rm;
            if (!continues(rm, next)) {
                return new Path(c.col(alias, rm.pk()), rm.pk(), rm, true, multi, rest(parts, i + 1));
            }
            i++;
        }
    }

    private List<String> withAnnotations(ModelMeta<?> meta) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(meta.lookupNames());
        names.addAll(c.annotations.keySet());
        return List.copyOf(names);
    }
}
