package dev.quintet.db.models;

import dev.quintet.db.Database;
import dev.quintet.db.DatabaseError;
import dev.quintet.db.QueryLog;
import dev.quintet.db.Sql;
import dev.quintet.db.Transaction;
import dev.quintet.db.internal.ConnectionScope;
import dev.quintet.db.internal.Executor;
import dev.quintet.db.models.internal.Compiler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@code QuerySet.iterator(fetchSize)}: a cursor read row by row; the stream's close releases it. PostgreSQL keeps a
 * server-side cursor only inside a transaction, so outside {@code atomic} the stream runs in a read transaction of
 * its own on the borrowed connection (Django uses a {@code WITH HOLD} cursor there), ended when the stream closes.
 */
final class Streaming {
    private Streaming() {
    }

    static Stream<Object> open(QuerySet<?> qs, int fetchSize) {
        Database db = qs.db();
        dev.quintet.db.models.internal.SqlCache.Compiled compiled = qs.compile(db);
        Sql sql = compiled.sql();
        Rows rows = (Rows) compiled.plan();
        String alias = db.alias();
        boolean inTx = Transaction.inAtomicBlock(db);
        // PostgreSQL streams from a server-side cursor only inside a transaction: outside an atomic
        // block the stream opens its own read transaction, on a connection of its own so that it
        // never rolls back the request's other statements; otherwise a transaction's or a
        // connection scope's connection is shared (and not closed here)
        boolean ownTx = !inTx && db.dialect().vendor().equals("postgresql");
        boolean shared = inTx || (!ownTx && ConnectionScope.isOpen());
        Connection conn = shared ? db.withConnection(x -> x) : db.borrow();
        try {
            if (ownTx) {
                conn.setAutoCommit(false);
            }
            long t0 = System.nanoTime();
            PreparedStatement ps = conn.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(fetchSize);
            Executor.bind(ps, sql);
            ResultSet rs = ps.executeQuery();
            QueryLog.record(db, sql, System.nanoTime() - t0);
            Spliterator<Object> sp = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
                @Override
                public boolean tryAdvance(Consumer<? super Object> action) {
                    try {
                        if (!rs.next()) {
                            return false;
                        }
                        ScopedValue.CallableOp<Object, SQLException> op = () -> rows.read(rs, alias);
                        action.accept(ScopedValue.where(Model.LOADING, Boolean.TRUE).call(op));
                        return true;
                    } catch (SQLException e) {
                        throw db.translate(e);
                    }
                }
            };
            return StreamSupport.stream(sp, false).onClose(() -> {
                try {
                    rs.close();
                    ps.close();
                    if (ownTx) {
                        conn.rollback();
                        conn.setAutoCommit(true);
                    }
                    if (!shared) {
                        conn.close();
                    }
                } catch (SQLException e) {
                    throw new DatabaseError("Closing a streamed query failed", e);
                }
            });
        } catch (SQLException e) {
            if (!shared) {
                try {
                    if (ownTx) {
                        conn.rollback();
                        conn.setAutoCommit(true);
                    }
                    conn.close();
                } catch (SQLException ignored) {
                    // reporting the original error
                }
            }
            throw db.translate(e);
        }
    }
}
