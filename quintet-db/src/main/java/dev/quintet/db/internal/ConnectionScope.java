package dev.quintet.db.internal;

import dev.quintet.db.Database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection per scope, as Django keeps one connection per request: inside {@link #call}, the first statement on a
 * database borrows a pooled connection, later statements on that database reuse it, and the scope's end returns it
 * to the pool, also when the body throws. A scope that runs no statement borrows nothing.
 *
 * <p>The scope belongs to the thread that opened it: a subtask forked inside it (a {@code StructuredTaskScope}
 * inherits scoped values) does not share the owner's connection, since a JDBC connection is not safe for concurrent
 * use; it borrows per statement as outside any scope.
 */
public final class ConnectionScope {
    private static final ScopedValue<ConnectionScope> CURRENT = ScopedValue.newInstance();

    private final Thread owner = Thread.currentThread();
    // most scopes use one database: the first pair inline, the others (rare) in small parallel arrays
    private Database firstDb;
    private Connection first;
    private Database[] dbs;
    private Connection[] connections;
    private int more;

    private ConnectionScope() {
    }

    /**
     * Calls {@code body} in a connection scope; a scope already open on this thread is reused (the outermost one
     * returns the connections).
     */
    public static <R, X extends Throwable> R call(ScopedValue.CallableOp<R, X> body) throws X {
        if (current() != null) {
            return body.call();
        }
        ConnectionScope scope = new ConnectionScope();
        try {
            return ScopedValue.where(CURRENT, scope).call(body);
        } finally {
            scope.release();
        }
    }

    private static ConnectionScope current() {
        if (!CURRENT.isBound()) {
            return null;
        }
        ConnectionScope s = CURRENT.get();
        return s.owner == Thread.currentThread() ? s : null;
    }

    /** Whether a scope of this thread is open, so that statements share its connections. */
    public static boolean isOpen() {
        return current() != null;
    }

    /**
     * The open scope's connection to {@code db}, borrowed from the pool on first use; {@code null} outside a scope.
     *
     * @throws dev.quintet.db.OperationalError when the pool has no connection within its timeout
     */
    public static Connection connection(Database db) {
        ConnectionScope s = current();
        return s == null ? null : s.get(db);
    }

    /**
     * Forgets and closes the scope's connection to {@code db} (one found broken, or left in an unknown state), so the
     * next statement borrows a fresh one. Nothing happens outside a scope.
     */
    public static void discard(Database db) {
        ConnectionScope s = current();
        if (s == null) {
            return;
        }
        Connection c;
        if (s.firstDb == db) {
            c = s.first;
            s.firstDb = null;
            s.first = null;
        } else {
            int i = s.indexOf(db);
            if (i < 0) {
                return;
            }
            c = s.connections[i];
            s.more--;
            s.dbs[i] = s.dbs[s.more];
            s.connections[i] = s.connections[s.more];
            s.dbs[s.more] = null;
            s.connections[s.more] = null;
        }
        closeQuietly(c);
    }

    private Connection get(Database db) {
        if (firstDb == db) {
            return first;
        }
        int i = indexOf(db);
        if (i >= 0) {
            return connections[i];
        }
        Connection c = db.borrow();
        if (firstDb == null) {
            firstDb = db;
            first = c;
            return c;
        }
        if (dbs == null) {
            dbs = new Database[2];
            connections = new Connection[2];
        } else if (more == dbs.length) {
            dbs = java.util.Arrays.copyOf(dbs, more * 2);
            connections = java.util.Arrays.copyOf(connections, more * 2);
        }
        dbs[more] = db;
        connections[more++] = c;
        return c;
    }

    private int indexOf(Database db) {
        for (int i = 0; i < more; i++) {
            if (dbs[i] == db) {
                return i;
            }
        }
        return -1;
    }

    private void release() {
        if (first != null) {
            closeQuietly(first);
        }
        for (int i = 0; i < more; i++) {
            closeQuietly(connections[i]);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // returning a broken connection to the pool: the pool evicts it
        }
    }
}
