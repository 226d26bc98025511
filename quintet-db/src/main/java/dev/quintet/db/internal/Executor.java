package dev.quintet.db.internal;

import dev.quintet.db.Database;
import dev.quintet.db.QueryLog;
import dev.quintet.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs {@link Sql} on a {@link Database}: binds parameters, times and logs the statement, maps rows. */
public final class Executor {
    private Executor() {
    }

    /** Reads rows from a result set. */
    @FunctionalInterface
    public interface Rows<R> {
        /** Consumes the result set. */
        R read(ResultSet rs) throws SQLException;
    }

    /** Binds the parameters of {@code sql} to a statement. */
    public static void bind(PreparedStatement ps, Sql sql) throws SQLException {
        List<Object> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** Runs a query and reads its rows. */
    public static <R> R query(Database db, Sql sql, Rows<R> rows) {
        return db.withConnection(c -> {
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(sql.text())) {
                bind(ps, sql);
                try (ResultSet rs = ps.executeQuery()) {
                    return rows.read(rs);
                }
            } finally {
                QueryLog.record(db, sql, System.nanoTime() - t0);
            }
        });
    }

    /** Runs a statement and returns its update count. */
    public static int update(Database db, Sql sql) {
        return db.withConnection(c -> update(db, c, sql));
    }

    /** Runs a statement on a given connection. */
    public static int update(Database db, Connection c, Sql sql) throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            bind(ps, sql);
            return ps.executeUpdate();
        } finally {
            QueryLog.record(db, sql, System.nanoTime() - t0);
        }
    }

    /** Runs an INSERT and returns the generated keys (one per inserted row), by RETURNING or getGeneratedKeys. */
    public static List<Object> insert(Database db, Sql sql, boolean returning, Rows<Object> key) {
        return db.withConnection(c -> {
            long t0 = System.nanoTime();
            List<Object> keys = new ArrayList<>();
            try {
                if (returning) {
                    try (PreparedStatement ps = c.prepareStatement(sql.text())) {
                        bind(ps, sql);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                keys.add(key.read(rs));
                            }
                        }
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement(sql.text(), Statement.RETURN_GENERATED_KEYS)) {
                        bind(ps, sql);
                        ps.executeUpdate();
                        try (ResultSet rs = ps.getGeneratedKeys()) {
                            while (rs.next()) {
                                keys.add(key.read(rs));
                            }
                        }
                    }
                }
                return keys;
            } finally {
                QueryLog.record(db, sql, System.nanoTime() - t0);
            }
        });
    }

    /** Runs a query and returns rows as maps of column label to JDBC value. */
    public static List<Map<String, Object>> queryMaps(Database db, Sql sql) {
        return query(db, sql, rs -> {
            List<Map<String, Object>> out = new ArrayList<>();
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        });
    }
}
