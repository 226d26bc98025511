package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.Sql;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;

import java.util.List;
import java.util.Map;

/**
 * What an operation works with while a migration runs: the database, its schema editor (running or only
 * collecting SQL), and, for {@link RunJava}, the historical models of the state at that point.
 *
 * @param db     the database
 * @param editor the schema editor of this migration
 * @param state  the project state before the running operation (forwards) or after it (backwards)
 */
public record MigrationContext(Database db, SchemaEditor editor, ProjectState state) {
    /** The back end: {@code sqlite}, {@code postgresql} or {@code mysql}. */
    public String vendor() {
        return db.vendor();
    }

    /** The historical metadata of a model as the migrations so far define it (a detached {@link ModelMeta}). */
    public ModelMeta<Model> model(String app, String name) {
        return state.meta(app, name);
    }

    /**
     * The model {@code app.name} as the migrations so far define it, to read and write its rows in a data migration
     * (Django's {@code apps.get_model(app, name)}).
     */
    public HistoricalModel objects(String app, String name) {
        return new HistoricalModel(db, state.meta(app, name), List.of());
    }

    /** Runs a statement (through the editor, so {@code sqlmigrate} shows it); returns nothing. */
    public void execute(String sql) {
        editor.execute(sql);
    }

    /** Runs a parameterised statement in the migration's transaction; returns the update count. */
    public int update(String sql, Object... params) {
        return db.execute(new Sql(sql, List.of(params)));
    }

    /** Runs a query in the migration's transaction. */
    public List<Map<String, Object>> query(String sql, Object... params) {
        return db.query(new Sql(sql, List.of(params)));
    }
}
