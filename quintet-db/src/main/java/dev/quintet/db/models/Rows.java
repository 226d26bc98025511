package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;
import dev.quintet.db.models.internal.Compiler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns result rows into instances (with select-related objects and annotations), maps or lists. */
final class Rows {
    enum Kind { MODEL, MAP, LIST, FLAT }

    private final ModelMeta<?> meta;
    private final List<Compiler.Column> columns;
    private final Kind kind;
    private final Dialect dialect;
    private final String alias;
    private final Set<String> deferred;
    private final Map<String, java.util.Optional<java.lang.invoke.VarHandle>> annotationTargets = new HashMap<>();

    Rows(ModelMeta<?> meta, List<Compiler.Column> columns, Kind kind, Dialect dialect, String alias) {
        this.meta = meta;
        this.columns = columns;
        this.kind = kind;
        this.dialect = dialect;
        this.alias = alias;
        Set<String> loaded = new HashSet<>();
        for (Compiler.Column c : columns) {
            if (c.relPath().isEmpty() && !c.annotation()) {
                loaded.add(c.name());
            }
        }
        Set<String> d = new HashSet<>();
        for (Field<?> f : meta.concreteFields()) {
            if (!loaded.contains(f.name())) {
                d.add(f.name());
            }
        }
        this.deferred = Set.copyOf(d);
    }

    Object read(ResultSet rs) throws SQLException {
        return switch (kind) {
            case MODEL -> instance(rs);
            case MAP -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    m.put(columns.get(i).name(), value(rs, i));
                }
                yield m;
            }
            case LIST -> {
                List<Object> l = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    l.add(value(rs, i));
                }
                yield java.util.Collections.unmodifiableList(l);
            }
            case FLAT -> value(rs, 0);
        };
    }

    private Object value(ResultSet rs, int i) throws SQLException {
        Field<?> f = columns.get(i).field();
        if (f == null) {
            Object v = rs.getObject(i + 1);
            return v instanceof java.math.BigDecimal d && d.scale() == 0 ? (Object) d.longValue() : v;
        }
        return f.fromDb(rs, i + 1, dialect);
    }

    private Model instance(ResultSet rs) throws SQLException {
        Model obj = meta.newInstance();
        obj.state.db = alias;
        Map<String, Model> related = null;
        for (int i = 0; i < columns.size(); i++) {
            Compiler.Column c = columns.get(i);
            if (c.annotation()) {
                Object v = value(rs, i);
                obj.state.annotations().put(c.name(), v);
                setAnnotationField(obj, c.name(), v);
            } else if (c.relPath().isEmpty()) {
                meta.set(obj, c.field(), c.field().fromDb(rs, i + 1, dialect));
            } else {
                if (related == null) {
                    related = new LinkedHashMap<>();
                }
                Model r = related.get(c.relPath());
                if (r == null && !related.containsKey(c.relPath())) {
                    r = relatedMeta(c.relPath()).newInstance();
                    r.state.db = alias;
                    related.put(c.relPath(), r);
                }
                relatedMeta(c.relPath()).set(r, c.field(), c.field().fromDb(rs, i + 1, dialect));
            }
        }
        obj.state.adding = false;
        obj.state.db = alias;
        obj.state.deferred = deferred;
        if (related != null) {
            for (Map.Entry<String, Model> e : related.entrySet()) {
                Model r = e.getValue();
                r.state.adding = false;
                r.state.db = alias;
                String path = e.getKey();
                int cut = path.lastIndexOf("__");
                Model parent = cut < 0 ? obj : related.get(path.substring(0, cut));
                if (parent == null) {
                    continue;
                }
                ModelMeta<?> pm = parent.meta();
                Field<?> fk = pm.field(cut < 0 ? path : path.substring(cut + 2));
                if (r.pk() != null) {
                    pm.setRaw(parent, fk, Ref.to(r));
                }
            }
        }
        return obj;
    }

    private final Map<String, ModelMeta<?>> relMetas = new HashMap<>();

    private ModelMeta<?> relatedMeta(String path) {
        return relMetas.computeIfAbsent(path, p -> {
            ModelMeta<?> m = meta;
            for (String part : p.split("__")) {
                m = ((RelatedField<?>) m.field(part)).targetMeta();
            }
            return m;
        });
    }

    private void setAnnotationField(Model obj, String name, Object v) {
        java.util.Optional<java.lang.invoke.VarHandle> vh = annotationTargets.computeIfAbsent(name, n -> {
            try {
                java.lang.reflect.Field f = obj.getClass().getField(n);
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(java.lang.invoke.MethodHandles.publicLookup().unreflectVarHandle(f));
            } catch (NoSuchFieldException | IllegalAccessException e) {
                return java.util.Optional.empty();
            }
        });
        if (vh.isPresent()) {
            vh.get().set(obj, dev.quintet.db.models.internal.Coerce.to(v, vh.get().varType()));
        }
    }
}
