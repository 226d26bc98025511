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

/** {@code QuerySet.iterator(fetchSize)}: a cursor read row by row; the stream's close releases it. */
final class Streaming {
    private Streaming() {
    }

    static Stream<Object> open(QuerySet<?> qs, int fetchSize) {
        Database db = qs.db();
        dev.quintet.db.models.internal.SqlCache.Compiled compiled = qs.compile(db);
        Sql sql = compiled.sql();
        Rows rows = (Rows) compiled.plan();
        String alias = db.alias();
        // a transaction's or a connection scope's connection is shared (and not closed here), else one of its own
        boolean shared = Transaction.inAtomicBlock(db) || ConnectionScope.isOpen();
        Connection conn = shared ? db.withConnection(x -> x) : db.borrow();
        try {
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
                    conn.close();
                } catch (SQLException ignored) {
                    // reporting the original error
                }
            }
            throw db.translate(e);
        }
    }
}
