package dev.quintet.db.models;

import dev.quintet.db.models.internal.Coerce;
import dev.quintet.db.models.internal.Names;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A model's metadata (Django's {@code _meta}): app label, table, fields in declaration order, primary key,
 * ordering, constraints, indexes and reverse relations. Immutable once built; forms, admin and migrations read it.
 * Field values are read and written through {@link VarHandle}s built once per model.
 *
 * @param <T> the model class
 */
public final class ModelMeta<T extends Model> {
    private static final Map<Class<?>, ModelMeta<?>> REGISTRY = new ConcurrentHashMap<>();
    private static final List<ModelMeta<?>> ORDERED = Collections.synchronizedList(new ArrayList<>());

    private final Class<T> modelClass;
    private final String appLabel;
    private final String modelName;
    private final String dbTable;
    private final String verboseName;
    private final String verboseNamePlural;
    private final String getLatestBy;
    private final List<Field<?>> fields;
    private final List<Field<?>> concreteFields;
    private final List<ManyToManyField> manyToMany;
    private final Field<?> pk;
    private final List<String> ordering;
    private final List<List<String>> uniqueTogether;
    private final List<Constraint> constraints;
    private final List<Index> indexes;
    private final Map<String, Field<?>> byName = new HashMap<>();
    private final Map<String, Integer> slot = new HashMap<>();
    /**
     * Per slot: the Java field's getter and setter as method handles typed {@code (Object)Object} and
     * {@code (Object,Object)void}, so {@code invokeExact} on them needs no per-call type adaptation (a
     * {@link VarHandle} taken from an array adapts its call-site type on every access).
     */
    private final MethodHandle[] getters;
    private final MethodHandle[] setters;
    /** The compiled SQL of this model's queries by shape (see {@link dev.quintet.db.models.internal.SqlCache}). */
    final dev.quintet.db.models.internal.SqlCache sqlCache = new dev.quintet.db.models.internal.SqlCache();
    /** INSERT/UPDATE texts that never change for a dialect (one-row insert, full update), built once. */
    final Map<WriteKey, String> writeSql = new java.util.concurrent.ConcurrentHashMap<>();

    /** The key of a cached write statement: the dialect and the statement's kind. */
    record WriteKey(dev.quintet.db.backends.Dialect dialect, String kind) {
    }
    private final Class<?>[] javaTypes;
    /** Per slot: the class a value must have to be stored without conversion (the wrapper for a primitive). */
    private final Class<?>[] storedTypes;
    private final MethodHandle constructor;
    private final Map<String, ModelMeta<?>> throughs = new ConcurrentHashMap<>();
    private volatile Manager<T> manager;
    private volatile List<RelatedObject> related;
    private volatile int relatedVersion = -1;

    /**
     * Declares a model's metadata; handed to the lambda of {@link Manager#of}.
     * <pre>{@code m -> m.app("blog").field("title", CharField.maxLength(200)).ordering("-createdAt")}</pre>
     */
    public static final class Builder {
        private String app;
        private String dbTable;
        private String verboseName;
        private String verboseNamePlural;
        private String getLatestBy;
        private final LinkedHashMap<String, Field<?>> fields = new LinkedHashMap<>();
        private final List<String> ordering = new ArrayList<>();
        private final List<List<String>> uniqueTogether = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();

        Builder() {
        }

        /** The app label (default: the package's last segment, or the one before {@code .models}). */
        public Builder app(String label) { this.app = label; return this; }
        /** Declares a field. */
        public Builder field(String name, Field<?> field) {
            if (fields.containsKey(name)) {
                throw new IllegalArgumentException("Field '" + name + "' declared twice");
            }
            if (name.contains("__") || name.equals("pk") || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("Invalid field name '" + name + "': use a Java identifier without '__', not 'pk'");
            }
            fields.put(name, field);
            return this;
        }
        /** The table name (default {@code <app>_<modelname>}). */
        public Builder dbTable(String table) { this.dbTable = table; return this; }
        /** The default ordering ({@code "-createdAt"}, {@code "title"}). */
        public Builder ordering(String... terms) { ordering.clear(); ordering.addAll(List.of(terms)); return this; }
        /** Fields unique together. */
        public Builder uniqueTogether(String... names) { uniqueTogether.add(List.of(names)); return this; }
        /** A unique or check constraint. */
        public Builder constraint(Constraint c) { constraints.add(c); return this; }
        /** An index. */
        public Builder index(Index i) { indexes.add(i); return this; }
        /** The human-readable singular name. */
        public Builder verboseName(String name) { this.verboseName = name; return this; }
        /** The human-readable plural name. */
        public Builder verboseNamePlural(String name) { this.verboseNamePlural = name; return this; }
        /** The field {@code latest()}/{@code earliest()} use without arguments. */
        public Builder getLatestBy(String field) { this.getLatestBy = field; return this; }
    }

    static <T extends Model> ModelMeta<T> build(Class<T> cls, Builder b) {
        ModelMeta<T> meta = new ModelMeta<>(cls, b, null);
        REGISTRY.put(cls, meta);
        ORDERED.add(meta);
        return meta;
    }

    @SuppressWarnings("unchecked")
    private ModelMeta(Class<T> cls, Builder b, String autoTable) {
        this.modelClass = cls;
        this.appLabel = b.app != null ? b.app : defaultApp(cls);
        this.modelName = cls != null ? Names.modelName(cls) : autoTable;
        this.dbTable = b.dbTable != null ? b.dbTable : appLabel + "_" + modelName;
        this.verboseName = b.verboseName != null ? b.verboseName
                : cls == null ? modelName : cls.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        this.verboseNamePlural = b.verboseNamePlural != null ? b.verboseNamePlural : verboseName + "s";
        this.getLatestBy = b.getLatestBy;
        List<Field<?>> all = new ArrayList<>();
        boolean hasPk = b.fields.values().stream().anyMatch(Field::isPrimaryKey);
        if (!hasPk) {
            all.add(BigAutoField.of().verboseName("ID").bind("id", cls));
        }
        b.fields.forEach((name, f) -> all.add(f.bind(name, cls)));
        this.fields = List.copyOf(all);
        this.concreteFields = all.stream().filter(Field::isConcrete).toList();
        this.manyToMany = all.stream().filter(f -> f instanceof ManyToManyField).map(f -> (ManyToManyField) f).toList();
        this.pk = all.stream().filter(Field::isPrimaryKey).findFirst().orElseThrow();
        this.ordering = List.copyOf(b.ordering);
        this.uniqueTogether = List.copyOf(b.uniqueTogether);
        this.constraints = List.copyOf(b.constraints);
        this.indexes = List.copyOf(b.indexes);
        for (Field<?> f : all) {
            byName.put(f.name(), f);
            if (!f.attname().equals(f.name())) {
                byName.put(f.attname(), f);
            }
        }
        this.getters = new MethodHandle[concreteFields.size()];
        this.setters = new MethodHandle[concreteFields.size()];
        this.javaTypes = new Class<?>[concreteFields.size()];
        this.storedTypes = new Class<?>[concreteFields.size()];
        for (int i = 0; i < concreteFields.size(); i++) {
            slot.put(concreteFields.get(i).name(), i);
        }
        if (cls == null) {
            this.constructor = null;
            return;
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(cls, MethodHandles.lookup());
            this.constructor = lookup.findConstructor(cls, MethodType.methodType(void.class));
            for (int i = 0; i < concreteFields.size(); i++) {
                Field<?> f = concreteFields.get(i);
                java.lang.reflect.Field jf = javaField(cls, f.name());
                if (jf == null) {
                    throw new IllegalArgumentException(cls.getSimpleName() + "." + f.name() + ": the model declares field '"
                            + f.name() + "' but has no Java field of that name (add: public " + typeHint(f) + " " + f.name() + ";)");
                }
                if (f instanceof RelatedField<?> && jf.getType() != Ref.class) {
                    throw new IllegalArgumentException(cls.getSimpleName() + "." + f.name() + " must be declared as Ref<"
                            + ((RelatedField<?>) f).target.getSimpleName() + ">");
                }
                VarHandle vh = MethodHandles.privateLookupIn(jf.getDeclaringClass(), MethodHandles.lookup()).unreflectVarHandle(jf);
                getters[i] = vh.toMethodHandle(VarHandle.AccessMode.GET).asType(MethodType.methodType(Object.class, Object.class));
                setters[i] = vh.toMethodHandle(VarHandle.AccessMode.SET).asType(MethodType.methodType(void.class, Object.class, Object.class));
                javaTypes[i] = jf.getType();
                storedTypes[i] = jf.getType().isPrimitive()
                        ? java.lang.invoke.MethodType.methodType(jf.getType()).wrap().returnType() : jf.getType();
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(cls.getSimpleName() + " needs a no-argument constructor", e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("Cannot access the fields of " + cls.getName() + ": " + e.getMessage(), e);
        }
    }

    private static String typeHint(Field<?> f) {
        return f instanceof RelatedField<?> rf ? "Ref<" + rf.target.getSimpleName() + ">" : f.javaType().getSimpleName();
    }

    private static java.lang.reflect.Field javaField(Class<?> cls, String name) {
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                java.lang.reflect.Field jf = c.getDeclaredField(name);
                if (!Modifier.isStatic(jf.getModifiers())) {
                    return jf;
                }
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        return null;
    }

    private static String defaultApp(Class<?> cls) {
        if (cls == null) {
            return "";
        }
        String[] parts = cls.getPackageName().split("\\.");
        String last = parts[parts.length - 1];
        return last.equals("models") && parts.length > 1 ? parts[parts.length - 2] : last;
    }

    /**
     * Metadata without a Java class, for schema work on a model's past or future shape (migrations): the table is
     * {@code <appLabel>_<modelName>} unless the builder names one. Not registered; cannot load rows.
     */
    public static ModelMeta<Model> detached(String appLabel, String modelName, java.util.function.Consumer<Builder> spec) {
        Builder b = new Builder();
        b.app(appLabel);
        spec.accept(b);
        return new ModelMeta<>(null, b, modelName.toLowerCase(java.util.Locale.ROOT));
    }

    /** The metadata of a model class (initialising the class if needed). */
    @SuppressWarnings("unchecked")
    public static <T extends Model> ModelMeta<T> of(Class<T> cls) {
        ModelMeta<?> m = REGISTRY.get(cls);
        if (m == null) {
            try {
                Class.forName(cls.getName(), true, cls.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            m = REGISTRY.get(cls);
        }
        if (m == null) {
            throw new IllegalArgumentException(cls.getName() + " is not a model: declare public static final Manager<"
                    + cls.getSimpleName() + "> objects = Manager.of(" + cls.getSimpleName() + ".class, m -> ...)");
        }
        return (ModelMeta<T>) m;
    }

    @SuppressWarnings("unchecked")
    static ModelMeta<?> ofClass(Class<?> cls) {
        return of((Class<Model>) cls);
    }

    static ModelMeta<?> lookupOrNull(Class<?> cls) {
        return REGISTRY.get(cls);
    }

    static List<ModelMeta<?>> registered() {
        synchronized (ORDERED) {
            return List.copyOf(ORDERED);
        }
    }

    void setManager(Manager<T> m) {
        this.manager = m;
    }

    // ---- introspection -------------------------------------------------------------------------------

    /** The model class ({@code null} for an auto-created join table). */
    public Class<T> modelClass() { return modelClass; }
    /** The app label. */
    public String appLabel() { return appLabel; }
    /** The lower-case model name. */
    public String modelName() { return modelName; }
    /** {@code app_label.ModelName}, as Django's {@code label}. */
    public String label() { return appLabel + "." + (modelClass == null ? modelName : modelClass.getSimpleName()); }
    /** The table name. */
    public String dbTable() { return dbTable; }
    /** The singular human-readable name. */
    public String verboseName() { return verboseName; }
    /** The plural human-readable name. */
    public String verboseNamePlural() { return verboseNamePlural; }
    /** The default field of {@code latest()}/{@code earliest()}, or {@code null}. */
    public String getLatestBy() { return getLatestBy; }
    /** Every field, in declaration order (the auto {@code id} first). */
    public List<Field<?>> fields() { return fields; }
    /** Fields with a column. */
    public List<Field<?>> concreteFields() { return concreteFields; }
    /** Many-to-many fields. */
    public List<ManyToManyField> manyToMany() { return manyToMany; }
    /** The primary key field. */
    public Field<?> pk() { return pk; }
    /** The default ordering. */
    public List<String> ordering() { return ordering; }
    /** Groups of fields unique together. */
    public List<List<String>> uniqueTogether() { return uniqueTogether; }
    /** Declared constraints. */
    public List<Constraint> constraints() { return constraints; }
    /** Declared indexes. */
    public List<Index> indexes() { return indexes; }
    /** Whether this is an auto-created many-to-many join table. */
    public boolean isAutoCreated() { return modelClass == null; }
    /** The model's default manager. */
    public Manager<T> manager() { return manager; }

    /** A field by name or attname ({@code author_id}) or {@code pk}, or {@code null}. */
    public Field<?> findField(String name) {
        return "pk".equals(name) ? pk : byName.get(name);
    }

    /** A field by name; throws {@link FieldError} listing the choices. */
    public Field<?> field(String name) {
        Field<?> f = findField(name);
        if (f == null) {
            throw new FieldError(label() + " has no field named '" + name + "'. Choices are: " + String.join(", ", fieldNames()));
        }
        return f;
    }

    private List<String> fieldNames() {
        return fields.stream().map(Field::name).sorted().toList();
    }

    /** The names valid in lookups: fields, attnames and reverse relations, sorted. */
    public List<String> lookupNames() {
        TreeSet<String> names = new TreeSet<>();
        for (Field<?> f : fields) {
            names.add(f.name());
            names.add(f.attname());
        }
        for (RelatedObject r : relatedObjects()) {
            names.add(r.lookupName());
        }
        return List.copyOf(names);
    }

    /** The names of forward foreign keys and one-to-one fields. */
    public List<String> forwardRelationNames() {
        return concreteFields.stream().filter(Field::isRelation).map(Field::name).toList();
    }

    /** The reverse relations of every registered model pointing here. */
    public List<RelatedObject> relatedObjects() {
        int version = ORDERED.size();
        if (related == null || relatedVersion != version) {
            List<RelatedObject> out = new ArrayList<>();
            for (ModelMeta<?> m : registered()) {
                for (Field<?> f : m.fields) {
                    if (f instanceof RelatedField<?> rf && rf.target == modelClass && modelClass != null) {
                        out.add(new RelatedObject(m, rf, rf.relatedAccessorName(), rf.relatedLookupName(), !rf.isOneToOne()));
                    } else if (f instanceof ManyToManyField mm && mm.target() == modelClass && modelClass != null) {
                        out.add(new RelatedObject(m, mm, mm.relatedAccessorName(), mm.relatedLookupName(), true));
                    }
                }
            }
            related = List.copyOf(out);
            relatedVersion = version;
        }
        return related;
    }

    /** A reverse relation by lookup or accessor name, or {@code null}. */
    public RelatedObject relatedObject(String name) {
        for (RelatedObject r : relatedObjects()) {
            if (r.lookupName().equals(name) || r.accessorName().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** The join table of a many-to-many field of this model. */
    ModelMeta<?> throughMeta(ManyToManyField f) {
        if (f.throughModel() != null) {
            return ModelMeta.of(f.throughModel());
        }
        return throughs.computeIfAbsent(f.name(), n -> {
            Builder b = new Builder();
            boolean self = f.target() == modelClass;
            String from = self ? "from_" + modelName : modelName;
            String to = self ? "to_" + Names.modelName(f.target()) : Names.modelName(f.target());
            b.app(appLabel).dbTable(f.declaredDbTable() != null ? f.declaredDbTable() : dbTable + "_" + Names.snake(f.name()));
            b.field(from, ForeignKey.to(modelClass));
            b.field(to, ForeignKey.to(f.target()));
            b.uniqueTogether(from, to);
            return new ModelMeta<>(null, b, modelName + "_" + f.name());
        });
    }

    /** The join table's foreign keys: [to this model, to the target]. */
    RelatedField<?>[] throughLinks(ManyToManyField f) {
        ModelMeta<?> th = throughMeta(f);
        RelatedField<?> src = null;
        RelatedField<?> dst = null;
        for (Field<?> x : th.concreteFields) {
            if (x instanceof RelatedField<?> rf) {
                if (src == null && rf.target == modelClass) {
                    src = rf;
                } else if (dst == null && rf.target == f.target()) {
                    dst = rf;
                }
            }
        }
        if (src == null || dst == null) {
            throw new IllegalStateException("The through model " + th.label() + " of " + this.label() + "." + f.name()
                    + " needs foreign keys to " + modelClass.getSimpleName() + " and " + f.target().getSimpleName());
        }
        return new RelatedField<?>[] {src, dst};
    }

    // ---- values --------------------------------------------------------------------------------------

    /** A new instance through the no-argument constructor. */
    @SuppressWarnings("unchecked")
    public T newInstance() {
        try {
            return (T) constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    int slotOf(Field<?> f) {
        Integer i = slot.get(f.name());
        if (i == null) {
            throw new FieldError(label() + " has no concrete field '" + f.name() + "'");
        }
        return i;
    }

    /** The raw Java value of a field ({@link Ref} for relations). */
    public Object get(Model obj, Field<?> f) {
        return load(obj, slotOf(f));
    }

    /** The canonical value of a field (the primary key for a relation). */
    public Object value(Model obj, Field<?> f) {
        return f.toJava(storedValue(obj, f));
    }

    /**
     * The Java value of a field as the database should see it: the raw value, except that a {@code LocalDateTime}
     * Java field of a {@link DateTimeField} becomes the instant its declared type means (never a "naive" value).
     */
    Object storedValue(Model obj, Field<?> f) {
        Object raw = get(obj, f);
        return raw instanceof java.time.LocalDateTime l && f instanceof DateTimeField
                ? dev.quintet.db.models.internal.Temporal.fromField(l) : raw;
    }

    /** Sets a field from a canonical value (a relation gets a {@link Ref} to that key). */
    public void set(Model obj, Field<?> f, Object canonical) {
        setSlot(obj, slotOf(f), f, canonical);
    }

    private Object load(Model obj, int slot) {
        try {
            return (Object) getters[slot].invokeExact((Object) obj);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Stores a value of the slot's type (its wrapper for a primitive, which {@code null} must not be). */
    private void store(Model obj, int slot, Object value) {
        try {
            setters[slot].invokeExact((Object) obj, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The class a slot stores without conversion (the wrapper of a primitive Java field), or {@code null}. */
    Class<?> storedType(int slot) {
        return storedTypes[slot];
    }

    /** {@link #set} with the field's slot already known (row reading resolves slots once per query shape). */
    void setSlot(Model obj, int i, Field<?> f, Object canonical) {
        if (f instanceof RelatedField<?> rf) {
            Object current = load(obj, i);
            if (current instanceof Ref<?> r && java.util.Objects.equals(r.id(), canonical)) {
                return;
            }
            store(obj, i, canonical == null ? null : Ref.id(rf.target, canonical, obj.state.db));
            return;
        }
        // a value that already has the declared type (what fields read from rows) is stored as is
        store(obj, i, canonical != null && canonical.getClass() == storedTypes[i] ? canonical : Coerce.to(canonical, javaTypes[i]));
    }

    /** Sets a field to a raw Java value (a {@link Ref}, a model instance for a relation, or a value). */
    public void setRaw(Model obj, Field<?> f, Object value) {
        if (f instanceof RelatedField<?> rf) {
            Object ref = switch (value) {
                case null -> null;
                case Ref<?> r -> r;
                case Model m -> Ref.to(m);
                default -> Ref.id(rf.target, rf.toJava(value));
            };
            store(obj, slotOf(f), ref);
            return;
        }
        set(obj, f, f.toJava(value));
    }

    /** The Java type of a field as declared on the class. */
    public Class<?> javaType(Field<?> f) {
        return javaTypes[slotOf(f)];
    }

    @Override
    public String toString() {
        return "<Options for " + (modelClass == null ? modelName : modelClass.getSimpleName()) + ">";
    }
}
