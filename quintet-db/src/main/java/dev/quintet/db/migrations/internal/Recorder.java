package dev.quintet.db.migrations.internal;

import dev.quintet.db.Database;
import dev.quintet.db.Sql;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code quintet_migrations} table (Django's {@code django_migrations}): one row per applied migration with
 * its app, name and time.
 */
public final class Recorder {
    /** The table name. */
    public static final String TABLE = "quintet_migrations";
    private final Database db;

    /** A recorder for {@code db}. */
    public Recorder(Database db) {
        this.db = db;
    }

    /** Creates the table if it does not exist. */
    public void ensureTable() {
        String q = db.dialect().quote(TABLE);
        String ddl = switch (db.vendor()) {
            case "postgresql" -> "CREATE TABLE IF NOT EXISTS " + q + " (\"id\" bigserial PRIMARY KEY, \"app\" varchar(255) NOT NULL, "
                    + "\"name\" varchar(255) NOT NULL, \"applied\" timestamp with time zone NOT NULL)";
            case "mysql" -> "CREATE TABLE IF NOT EXISTS " + q + " (`id` bigint AUTO_INCREMENT PRIMARY KEY, `app` varchar(255) NOT NULL, "
                    + "`name` varchar(255) NOT NULL, `applied` datetime(6) NOT NULL) ENGINE=InnoDB";
            default -> "CREATE TABLE IF NOT EXISTS " + q + " (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"app\" varchar(255) NOT NULL, "
                    + "\"name\" varchar(255) NOT NULL, \"applied\" datetime NOT NULL)";
        };
        db.execute(Sql.of(ddl));
    }

    /** The keys ({@code app.name}) of applied migrations. */
    public Set<String> applied() {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, Object> row : db.query(Sql.of("SELECT app, name FROM " + db.dialect().quote(TABLE) + " ORDER BY id"))) {
            out.add(row.get("app") + "." + row.get("name"));
        }
        return out;
    }

    /** Records a migration as applied. */
    public void recordApplied(String app, String name) {
        db.execute(Sql.of("INSERT INTO " + db.dialect().quote(TABLE) + " (app, name, applied) VALUES (?, ?, CURRENT_TIMESTAMP)", app, name));
    }

    /** Records a migration as unapplied. */
    public void recordUnapplied(String app, String name) {
        db.execute(Sql.of("DELETE FROM " + db.dialect().quote(TABLE) + " WHERE app = ? AND name = ?", app, name));
    }

    /** Takes the table's write lock in the current transaction (SQLite's serialisation of concurrent runs). */
    public void lockForWrite() {
        db.execute(Sql.of("DELETE FROM " + db.dialect().quote(TABLE) + " WHERE 1 = 0"));
    }
}
