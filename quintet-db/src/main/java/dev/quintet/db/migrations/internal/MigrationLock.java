package dev.quintet.db.migrations.internal;

import dev.quintet.db.Database;
import dev.quintet.db.OperationalError;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Serialises concurrent {@code migrate} runs on one database: a session-level lock held on its own connection for
 * the whole run (PostgreSQL {@code pg_advisory_lock}, MariaDB {@code GET_LOCK}). SQLite has no such lock; there each
 * migration's transaction starts by taking the database's write lock and re-reads what is applied.
 */
public final class MigrationLock implements AutoCloseable {
    /** The advisory lock key (a fixed number: "quintet" in ASCII). */
    private static final long PG_KEY = 0x71756e74657400L;
    private static final String MYSQL_NAME = "quintet_migrations";
    private final Database db;
    private final Connection connection;

    private MigrationLock(Database db, Connection connection) {
        this.db = db;
        this.connection = connection;
    }

    /** Waits for the lock (at most {@code timeoutSeconds} on MariaDB) and holds it until {@link #close()}. */
    public static MigrationLock acquire(Database db, int timeoutSeconds) {
        if (db.vendor().equals("sqlite")) {
            return new MigrationLock(db, null);
        }
        Connection c = db.borrow();
        try {
            if (db.vendor().equals("postgresql")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    ps.setLong(1, PG_KEY);
                    ps.execute();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                    ps.setString(1, MYSQL_NAME);
                    ps.setInt(2, timeoutSeconds);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) != 1) {
                            throw new OperationalError("Another migrate run holds the migration lock (waited " + timeoutSeconds + " s)", null);
                        }
                    }
                }
            }
            return new MigrationLock(db, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw db.translate(e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(db.vendor().equals("postgresql")
                ? "SELECT pg_advisory_unlock(" + PG_KEY + ")" : "SELECT RELEASE_LOCK('" + MYSQL_NAME + "')")) {
            ps.execute();
        } catch (SQLException e) {
            throw db.translate(e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the pool replaces a broken connection
        }
    }
}
