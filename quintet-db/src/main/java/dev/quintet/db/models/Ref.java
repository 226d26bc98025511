package dev.quintet.db.models;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The value of a {@link ForeignKey} or {@link OneToOneField} on a model: the related row's key, and the related
 * object once loaded. {@link #id()} never queries; {@link #get()} loads the object on first access (or returns the
 * one {@code selectRelated}/{@code prefetchRelated} already loaded) and keeps it.
 *
 * <pre>{@code
 * post.author = Ref.to(ada);          // assign an instance
 * post.author.id();                   // the key, no query
 * post.author.get().name;             // loads the author once
 * }</pre>
 *
 * <p>A {@code Ref} is a {@link Supplier} of the related object, so the template language, which calls
 * suppliers as Django calls callables, reads {@code {{ post.author.name }}} as Django does.
 *
 * @param <T> the related model
 */
public final class Ref<T extends Model> implements Supplier<T> {
    private final Class<T> type;
    private final Object id;
    private final String alias;
    private T object;

    private Ref(Class<T> type, Object id, T object, String alias) {
        this.type = type;
        this.id = id;
        this.object = object;
        this.alias = alias;
    }

    static <T extends Model> Ref<T> id(Class<T> type, Object id, String alias) {
        return new Ref<>(type, Objects.requireNonNull(id), null, alias);
    }

    /** A reference to an instance (saved or not: its key is read when needed). */
    @SuppressWarnings("unchecked")
    public static <T extends Model> Ref<T> to(T object) {
        return new Ref<>((Class<T>) object.getClass(), null, Objects.requireNonNull(object), null);
    }

    /** A reference by key, loaded lazily. */
    public static <T extends Model> Ref<T> id(Class<T> type, Object id) {
        return new Ref<>(type, Objects.requireNonNull(id), null, null);
    }

    /** The related row's primary key. */
    public Object id() {
        return object != null ? object.pk() : id;
    }

    /** The related object, loaded on first access from the database its owner came from (else the default). */
    @Override
    public T get() {
        if (object == null) {
            object = ModelMeta.of(type).manager().all().using(alias).get("pk", id);
        }
        return object;
    }

    /** Whether the object is already loaded. */
    public boolean isLoaded() {
        return object != null;
    }

    /** The related model class. */
    public Class<T> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ref<?> r && r.type == type && Objects.equals(r.id(), id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, id());
    }

    @Override
    public String toString() {
        return "Ref<" + type.getSimpleName() + ">(" + id() + ")";
    }
}
