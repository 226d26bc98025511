package dev.quintet.db.migrations;

/**
 * One step of a migration (Django's {@code Operation}): a change to the {@link ProjectState} and the database
 * effect of that change, forwards and backwards, through the ORM's schema editor.
 *
 * <p>{@code from} is the state before the step when going forwards; going backwards, {@code from} is the state
 * after the step (what the database holds now) and {@code to} the state before it.
 */
public sealed interface Operation permits CreateModel, DeleteModel, RenameModel, AddField, RemoveField, AlterField,
        RenameField, ModelItemOperation, AlterUniqueTogether, AlterModelTable,
        AlterModelOptions, RunSQL, RunJava {

    /** The state after this step. */
    ProjectState stateForwards(String app, ProjectState state);

    /** Applies the step to the database. */
    void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to);

    /** Undoes the step in the database; only called when {@link #reversible()}. */
    void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to);

    /** Whether the step can be undone. */
    default boolean reversible() {
        return true;
    }

    /** A human description: {@code Add field slug to post}. */
    String describe();

    /** The part of a generated migration name ({@code post_slug}), or {@code null}. */
    default String nameFragment() {
        return null;
    }

    /** The lower-case model this step works on, or {@code null} (raw SQL, Java code). */
    default String modelName() {
        return null;
    }
}
