package dev.quintet.db.models;

import java.util.List;
import java.util.Set;

/** The model signals: {@link #PRE_SAVE}, {@link #POST_SAVE}, {@link #PRE_DELETE}, {@link #POST_DELETE}, {@link #M2M_CHANGED}. */
public final class Signals {
    private Signals() {
    }

    /**
     * A save of one instance.
     *
     * @param instance     the instance
     * @param created      whether the save inserted a row (always {@code false} in {@code PRE_SAVE})
     * @param updateFields the fields passed to {@code save(String...)}, or {@code null}
     */
    public record SaveEvent(Model instance, boolean created, List<String> updateFields) {
    }

    /**
     * A deletion of one instance.
     *
     * @param instance the instance
     */
    public record DeleteEvent(Model instance) {
    }

    /**
     * A change of a many-to-many relation.
     *
     * @param instance the instance whose relation changed
     * @param action   {@code pre_add}, {@code post_add}, {@code pre_remove}, {@code post_remove}, {@code pre_clear}, {@code post_clear}
     * @param reverse  whether {@code instance} is on the reverse side
     * @param model    the class of the objects added or removed
     * @param pkSet    their keys ({@code null} for clear)
     */
    public record M2MChangedEvent(Model instance, String action, boolean reverse, Class<? extends Model> model, Set<Object> pkSet) {
    }

    /** Before {@code save()}. */
    public static final Signal<SaveEvent> PRE_SAVE = new Signal<>("pre_save");
    /** After {@code save()}. */
    public static final Signal<SaveEvent> POST_SAVE = new Signal<>("post_save");
    /** Before an instance is deleted (also by a cascade or a QuerySet delete). */
    public static final Signal<DeleteEvent> PRE_DELETE = new Signal<>("pre_delete");
    /** After an instance is deleted. */
    public static final Signal<DeleteEvent> POST_DELETE = new Signal<>("post_delete");
    /** Around {@code add/remove/set/clear} on a many-to-many manager; the sender is the declaring model's class. */
    public static final Signal<M2MChangedEvent> M2M_CHANGED = new Signal<>("m2m_changed");
}
