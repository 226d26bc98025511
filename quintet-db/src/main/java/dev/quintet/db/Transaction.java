package dev.quintet.db;

import dev.quintet.db.internal.ConnectionScope;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Database transactions (Django's {@code transaction} module).
 *
 * <p>{@link #atomic(Supplier)} runs a block in a transaction; nested blocks use savepoints, so an exception rolls
 * back exactly the block it escapes. The connection is bound to the block's scope with a {@link ScopedValue}, so
 * every query inside it, on this thread, runs on that connection. Inside a {@link Databases#connectionScope} (a
 * request) the block uses the scope's connection, so statements before, in and after it share one connection.
 *
 * <pre>{@code
 * Transaction.atomic(() -> {
 *     order.save();
 *     Transaction.onCommit(() -> mailer.send(order));
 *     try {
 *         Transaction.atomic(() -> duplicate.save());   // savepoint
 *     } catch (IntegrityError e) {
 *         // only the inner block was rolled back; the outer one goes on
 *     }
 * });
 * }</pre>
 */
public final class Transaction {
    private static final ScopedValue<Frame> FRAME = ScopedValue.newInstance();

    private Transaction() {
    }

    /** The open transaction of one database in the current scope. */
    static final class Frame {
        final Database db;
        final Connection connection;
        final Frame parent;
        final List<Object[]> onCommit = new ArrayList<>();
        int depth;

        Frame(Database db, Connection connection, Frame parent) {
            this.db = db;
            this.connection = connection;
            this.parent = parent;
        }
    }

    private static Frame find(Database db) {
        Frame f = FRAME.isBound() ? FRAME.get() : null;
        while (f != null && f.db != db) {
            f = f.parent;
        }
        return f;
    }

    static Connection currentConnection(Database db) {
        Frame f = find(db);
        return f == null ? null : f.connection;
    }

    /** Whether {@code db} is inside an atomic block in the current scope. */
    public static boolean inAtomicBlock(Database db) {
        return find(db) != null;
    }

    /** Runs {@code body} atomically on the default database and returns its result. */
    public static <R> R atomic(Supplier<R> body) {
        return atomic(Databases.current().defaultDatabase(), body);
    }

    /** Runs {@code body} atomically on the default database. */
    public static void atomic(Runnable body) {
        atomic(Databases.current().defaultDatabase(), () -> {
            body.run();
            return null;
        });
    }

    /** Runs {@code body} atomically on {@code db}. */
    public static void atomic(Database db, Runnable body) {
        atomic(db, () -> {
            body.run();
            return null;
        });
    }

    /** Runs {@code body} atomically on {@code db} and returns its result. */
    public static <R> R atomic(Database db, Supplier<R> body) {
        return atomic(db, body, false);
    }

    /**
     * Runs {@code body} atomically on {@code db}; on SQLite, with foreign-key enforcement suspended for the block and
     * every reference checked ({@code PRAGMA foreign_key_check}) before it commits, so a table that others reference
     * can be rebuilt (as Django's SQLite schema editor does). Elsewhere, and inside an atomic block, the same as
     * {@link #atomic(Database, Supplier)}.
     */
    public static <R> R atomicCheckingForeignKeysAtEnd(Database db, Supplier<R> body) {
        return atomic(db, body, db.vendor().equals("sqlite"));
    }

    private static <R> R atomic(Database db, Supplier<R> body, boolean foreignKeysOff) {
        Frame existing = find(db);
        if (existing != null) {
            return nested(existing, body);
        }
        // inside a connection scope the block runs on the scope's connection, which the scope returns
        Connection scoped = ConnectionScope.connection(db);
        Connection c = scoped != null ? scoped : db.borrow();
        Frame frame = new Frame(db, c, FRAME.isBound() ? FRAME.get() : null);
        R result;
        try {
            if (foreignKeysOff) {
                pragma(c, "PRAGMA foreign_keys = OFF");
            }
            c.setAutoCommit(false);
            frame.depth = 1;
            result = ScopedValue.where(FRAME, frame).call(body::get);
            if (foreignKeysOff) {
                checkForeignKeys(db, c);
            }
            c.commit();
        } catch (Throwable t) {
            boolean clean = rollbackQuietly(c, t);
            clean &= restoreForeignKeys(c, foreignKeysOff, t);
            release(db, c, scoped != null, clean);
            throw sneaky(t);
        }
        boolean clean = false;
        try {
            c.setAutoCommit(true);
            if (foreignKeysOff) {
                pragma(c, "PRAGMA foreign_keys = ON");
            }
            clean = true;
        } catch (SQLException e) {
            throw db.translate(e);
        } finally {
            release(db, c, scoped != null, clean);
        }
        for (Object[] cb : frame.onCommit) {
            ((Runnable) cb[1]).run();
        }
        return result;
    }

    private static void pragma(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void checkForeignKeys(Database db, Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new IntegrityError("FOREIGN KEY constraint failed: a row of " + rs.getString(1) + " (rowid " + rs.getString(2)
                        + ") references a missing row of " + rs.getString(3), null);
            }
        }
    }

    private static boolean restoreForeignKeys(Connection c, boolean foreignKeysOff, Throwable t) {
        if (!foreignKeysOff) {
            return true;
        }
        try {
            c.setAutoCommit(true);
            pragma(c, "PRAGMA foreign_keys = ON");
            return true;
        } catch (SQLException e) {
            t.addSuppressed(e);
            return false;
        }
    }

    /**
     * Done with a block's connection: a borrowed one goes back to the pool; a scope's one stays with the scope when it
     * is back in autocommit mode, else the scope drops it (so the next statement does not run in a leftover state).
     */
    private static void release(Database db, Connection c, boolean scoped, boolean clean) {
        if (!scoped) {
            closeQuietly(c);
        } else if (!clean) {
            ConnectionScope.discard(db);
        }
    }

    private static <R> R nested(Frame frame, Supplier<R> body) {
        Savepoint sp;
        try {
            sp = frame.connection.setSavepoint();
        } catch (SQLException e) {
            throw frame.db.translate(e);
        }
        int level = ++frame.depth;
        int callbacks = frame.onCommit.size();
        try {
            R r = body.get();
            frame.connection.releaseSavepoint(sp);
            return r;
        } catch (Throwable t) {
            try {
                frame.connection.rollback(sp);
            } catch (SQLException e) {
                t.addSuppressed(e);
            }
            while (frame.onCommit.size() > callbacks) {
                frame.onCommit.removeLast();
            }
            throw sneaky(t);
        } finally {
            frame.depth = level - 1;
        }
    }

    /**
     * Runs {@code callback} after the outermost atomic block of the default database commits (at once when none is
     * open). Callbacks registered in a block that rolls back are discarded.
     */
    public static void onCommit(Runnable callback) {
        onCommit(Databases.current().defaultDatabase(), callback);
    }

    /** {@link #onCommit(Runnable)} for a given database. */
    public static void onCommit(Database db, Runnable callback) {
        Frame f = find(db);
        if (f == null) {
            callback.run();
        } else {
            f.onCommit.add(new Object[] {f.depth, callback});
        }
    }

    /**
     * The hook for {@code ATOMIC_REQUESTS}: a function that runs a request handler inside {@link #atomic} on the
     * default database; the web layer applies it around each view.
     */
    public static <R> Function<Supplier<R>, R> atomicRequests() {
        return handler -> atomic(handler);
    }

    private static boolean rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
            return true;
        } catch (SQLException e) {
            cause.addSuppressed(e);
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // returning a broken connection to the pool: the pool evicts it
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
