package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;
import dev.quintet.db.models.internal.Compiler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns result rows into instances (with select-related objects and annotations), maps or lists.
 *
 * <p>A {@code Rows} is a plan made once per query shape (cached with its SQL by {@code SqlCache}): the slot of
 * each base column in the model, the related models of select-related paths and the deferred fields are resolved
 * here, so reading a row only calls the fields' readers and stores into slots. It is shared between threads: its
 * lazily filled maps are concurrent.
 */
final class Rows {
    enum Kind { MODEL, MAP, LIST, FLAT }

    private final ModelMeta<?> meta;
    private final List<Compiler.Column> columns;
    private final Kind kind;
    private final Dialect dialect;
    private final Set<String> deferred;
    /** Per column: the slot in the model (base columns), or -1 (annotations, select-related columns). */
    private final int[] slots;
    /** Per base column: how its value is read, chosen once for the field and the Java field's type. */
    private final Reader[] readers;

    /** Reads one column as the value stored in the model. */
    @FunctionalInterface
    private interface Reader {
        Object read(ResultSet rs, int index) throws SQLException;
    }
    private final Map<String, java.util.Optional<java.lang.invoke.VarHandle>> annotationTargets = new ConcurrentHashMap<>();

    Rows(ModelMeta<?> meta, List<Compiler.Column> columns, Kind kind, Dialect dialect) {
        this.meta = meta;
        this.columns = columns;
        this.kind = kind;
        this.dialect = dialect;
        this.slots = new int[columns.size()];
        this.readers = new Reader[columns.size()];
        Set<String> loaded = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            Compiler.Column c = columns.get(i);
            boolean base = kind == Kind.MODEL && c.relPath().isEmpty() && !c.annotation();
            slots[i] = base ? meta.slotOf(c.field()) : -1;
            if (base) {
                loaded.add(c.name());
                readers[i] = reader(c.field(), meta.storedType(slots[i]), dialect);
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

    /**
     * The reader of a column: an integer column read straight into the declared {@code Long}/{@code Integer} (no
     * second boxing through a conversion), anything else through the field's {@link Field#fromDb}.
     */
    private static Reader reader(Field<?> f, Class<?> stored, Dialect dialect) {
        if (f instanceof IntegralField<?> && !f.isRelation()) {
            // a NOT NULL column of the base table never reads NULL: no wasNull() round trip to the driver
            if (stored == Long.class && !f.isNullable()) {
                return (rs, index) -> rs.getLong(index);
            }
            if (stored == Integer.class && !f.isNullable()) {
                return (rs, index) -> rs.getInt(index);
            }
            if (stored == Long.class) {
                return (rs, index) -> {
                    long v = rs.getLong(index);
                    return rs.wasNull() ? null : (Object) v;
                };
            }
            if (stored == Integer.class) {
                return (rs, index) -> {
                    int v = rs.getInt(index);
                    return rs.wasNull() ? null : (Object) v;
                };
            }
        }
        return (rs, index) -> f.fromDb(rs, index, dialect);
    }

    Object read(ResultSet rs, String alias) throws SQLException {
        return switch (kind) {
            case MODEL -> instance(rs, alias);
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

    private Model instance(ResultSet rs, String alias) throws SQLException {
        Model obj = meta.newInstance();
        obj.state.db = alias;
        Map<String, Model> related = null;
        for (int i = 0; i < columns.size(); i++) {
            Compiler.Column c = columns.get(i);
            if (c.annotation()) {
                Object v = value(rs, i);
                obj.state.annotations().put(c.name(), v);
                setAnnotationField(obj, c.name(), v);
            } else if (slots[i] >= 0) {
                meta.setSlot(obj, slots[i], c.field(), readers[i].read(rs, i + 1));
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

    private final Map<String, ModelMeta<?>> relMetas = new ConcurrentHashMap<>();

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
