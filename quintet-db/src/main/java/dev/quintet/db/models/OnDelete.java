package dev.quintet.db.models;

/** What happens to rows that reference a deleted row through a {@link ForeignKey} (Django's {@code on_delete}). */
public enum OnDelete {
    /** Delete the referencing rows too. */
    CASCADE,
    /** Refuse the deletion with {@link ProtectedError}. */
    PROTECT,
    /** Refuse with {@link RestrictedError} unless the referencing row is itself deleted by a cascade. */
    RESTRICT,
    /** Set the reference to NULL (the field must be nullable). */
    SET_NULL,
    /** Set the reference to the field's default. */
    SET_DEFAULT,
    /** Do nothing in the ORM; the database's own constraint decides. */
    DO_NOTHING
}
