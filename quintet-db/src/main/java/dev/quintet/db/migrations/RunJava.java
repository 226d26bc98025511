package dev.quintet.db.migrations;

/**
 * A data migration in Java, with an optional reverse; the code gets the database, the schema editor and the
 * historical models of the state at that point ({@link MigrationContext#model}), never today's classes.
 * <pre>{@code
 * new RunJava(ctx -> ctx.update("UPDATE blog_post SET slug = lower(title)"), RunJava.NOOP)
 * }</pre>
 *
 * @param forward  the code run forwards
 * @param backward the code run backwards, or {@code null} when irreversible
 */
public record RunJava(Code forward, Code backward) implements Operation {
    /** Code that does nothing, for a reverse with nothing to undo. */
    public static final Code NOOP = ctx -> { };

    /** The code of a data migration. */
    @FunctionalInterface
    public interface Code {
        /** Runs with the migration's context. */
        void run(MigrationContext ctx);
    }

    /** Irreversible code. */
    public RunJava(Code forward) {
        this(forward, null);
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state;
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        forward.run(new MigrationContext(ctx.db(), ctx.editor(), from));
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        backward.run(new MigrationContext(ctx.db(), ctx.editor(), to));
    }

    @Override
    public boolean reversible() {
        return backward != null;
    }

    @Override
    public String describe() {
        return "Java code";
    }
}
