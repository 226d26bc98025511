package dev.quintet.cache;

import dev.quintet.cache.internal.CacheTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The database cache: Django's {@code DatabaseCache}, one row per key in the table named by
 * {@code LOCATION}, through plain JDBC on a {@link DataSource} (SQLite, PostgreSQL, MariaDB/MySQL).
 *
 * <pre>{@code
 * CacheConfig config = CacheConfig.of(DatabaseCache.backend(dataSource)).withLocation("site_cache");
 * DatabaseCache.createTable(dataSource, "site_cache");   // what `createcachetable` runs
 * }</pre>
 *
 * <p>The table: {@code cache_key VARCHAR(255) PRIMARY KEY, value TEXT, expires BIGINT} (epoch
 * milliseconds, indexed). Writes count the rows first and, above {@code MAX_ENTRIES}, delete the
 * expired rows and then the first {@code 1/CULL_FREQUENCY} by key, as Django does. {@code incr}
 * is atomic (compare-and-set on the value); {@code clear} empties the table.
 */
public final class DatabaseCache extends BaseCache {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String table;
    private final int maxEntries;
    private final int cullFrequency;

    /** A cache on {@code config.location()}, the table, in {@code dataSource}. */
    public DatabaseCache(CacheConfig config, DataSource dataSource) {
        super(config);
        this.dataSource = dataSource;
        this.table = checkTable(config.location());
        int[] culling = config.cullingOptions();
        this.maxEntries = culling[0];
        this.cullFrequency = culling[1];
    }

    /** The back end for {@link CacheConfig#of}: database caches on {@code dataSource}. */
    public static CacheBackend backend(DataSource dataSource) {
        return config -> new DatabaseCache(config, dataSource);
    }

    /** Creates this cache's table if it does not exist: the {@code createcachetable} command. */
    public void createTable() {
        createTable(dataSource, table);
    }

    /** Creates the cache table {@code table} in {@code dataSource} if it does not exist. */
    public static void createTable(DataSource dataSource, String table) {
        checkTable(table);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : CacheTable.ddl(connection.getMetaData().getDatabaseProductName(), table)) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            throw new CacheException("cannot create cache table " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the table of every database cache of {@code caches}: Django's
     * {@code createcachetable}. Returns the aliases whose table was ensured.
     */
    public static List<String> createTables(Caches caches) {
        List<String> done = new ArrayList<>();
        for (String alias : caches.aliases()) {
            if (caches.get(alias) instanceof DatabaseCache cache) {
                cache.createTable();
                done.add(alias);
            }
        }
        return done;
    }

    /** The table this cache uses. */
    public String table() {
        return table;
    }

    private static String checkTable(String table) {
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("DatabaseCache LOCATION must be a table name (letters, digits, _), got '" + table + "'");
        }
        return table;
    }

    private static CacheException failure(String what, SQLException e) {
        return new CacheException("database cache " + what + " failed: " + e.getMessage(), e);
    }

    @Override
    public Object get(String key, Object defaultValue, Integer version) {
        String made = key(key, version);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT value, expires FROM " + table + " WHERE cache_key = ?")) {
            select.setString(1, made);
            String text = null;
            long now = System.currentTimeMillis();
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    if (rows.getLong(2) > now) {
                        text = rows.getString(1);
                    } else {
                        deleteExpired(connection, List.of(made), now);
                    }
                }
            }
            return text == null ? defaultValue : serializer().decode(text);
        } catch (SQLException e) {
            throw failure("get", e);
        }
    }

    @Override
    public Map<String, Object> getMany(Collection<String> keys, Integer version) {
        Map<String, String> byMade = new LinkedHashMap<>();
        for (String key : keys) {
            byMade.put(key(key, version), key);
        }
        Map<String, Object> found = new LinkedHashMap<>();
        if (byMade.isEmpty()) {
            return found;
        }
        String marks = String.join(",", Collections.nCopies(byMade.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT cache_key, value, expires FROM " + table + " WHERE cache_key IN (" + marks + ")")) {
            int i = 1;
            for (String made : byMade.keySet()) {
                select.setString(i++, made);
            }
            long now = System.currentTimeMillis();
            Map<String, Object> byStoredKey = new LinkedHashMap<>();
            List<String> expired = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(3) > now) {
                        byStoredKey.put(rows.getString(1), serializer().decode(rows.getString(2)));
                    } else {
                        expired.add(rows.getString(1));
                    }
                }
            }
            deleteExpired(connection, expired, now);
            byMade.forEach((made, key) -> {
                if (byStoredKey.containsKey(made)) {
                    found.put(key, byStoredKey.get(made));
                }
            });
            return found;
        } catch (SQLException e) {
            throw failure("getMany", e);
        }
    }

    private void deleteExpired(Connection connection, List<String> madeKeys, long now) throws SQLException {
        if (madeKeys.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE cache_key = ? AND expires <= ?")) {
            for (String made : madeKeys) {
                delete.setString(1, made);
                delete.setLong(2, now);
                delete.executeUpdate();
            }
        }
    }

    private enum Mode { SET, ADD, TOUCH }

    @Override
    public void set(String key, Object value, Duration timeout, Integer version) {
        write(Mode.SET, key(key, version), serializer().encode(value), timeout);
    }

    @Override
    public boolean add(String key, Object value, Duration timeout, Integer version) {
        return write(Mode.ADD, key(key, version), serializer().encode(value), timeout);
    }

    @Override
    public boolean touch(String key, Duration timeout, Integer version) {
        return write(Mode.TOUCH, key(key, version), null, timeout);
    }

    /** Django's {@code _base_set}: count, cull, then update or insert in one transaction. */
    private boolean write(Mode mode, String made, String text, Duration timeout) {
        for (int attempt = 0; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    boolean done = writeIn(connection, mode, made, text, timeout);
                    connection.commit();
                    return done;
                } catch (SQLException e) {
                    connection.rollback();
                    // A concurrent insert of the same key: an add lost the race; a set retries as an update.
                    if (isDuplicate(e) && mode == Mode.ADD) {
                        return false;
                    }
                    if (isDuplicate(e) && attempt < 2) {
                        continue;
                    }
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw failure(mode.name().toLowerCase(Locale.ROOT), e);
            }
        }
    }

    private static boolean isDuplicate(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23")
                || (e.getErrorCode() & 0xff) == 19 // SQLITE_CONSTRAINT and its extended codes
                || e.getErrorCode() == 1062; // MySQL ER_DUP_ENTRY
    }

    private boolean writeIn(Connection connection, Mode mode, String made, String text, Duration timeout) throws SQLException {
        long now = System.currentTimeMillis();
        long expires = expiresAt(timeout, now);
        if (mode != Mode.TOUCH) {
            long count;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                count = rows.getLong(1);
            }
            if (count > maxEntries) {
                cull(connection, now, count);
            }
        }
        Long current = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT expires FROM " + table + " WHERE cache_key = ?")) {
            select.setString(1, made);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    current = rows.getLong(1);
                }
            }
        }
        boolean live = current != null && current > now;
        if (mode == Mode.TOUCH) {
            return live && update(connection, "UPDATE " + table + " SET expires = ? WHERE cache_key = ?", expires, made) == 1;
        }
        if (current != null) {
            if (mode == Mode.ADD && live) {
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET value = ?, expires = ? WHERE cache_key = ?")) {
                update.setString(1, text);
                update.setLong(2, expires);
                update.setString(3, made);
                update.executeUpdate();
            }
            return true;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (cache_key, value, expires) VALUES (?, ?, ?)")) {
            insert.setString(1, made);
            insert.setString(2, text);
            insert.setLong(3, expires);
            insert.executeUpdate();
        }
        return true;
    }

    private static int update(Connection connection, String sql, long expires, String made) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, expires);
            update.setString(2, made);
            return update.executeUpdate();
        }
    }

    private void cull(Connection connection, long now, long count) throws SQLException {
        if (cullFrequency == 0) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            return;
        }
        long remaining;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE expires <= ?")) {
            delete.setLong(1, now);
            remaining = count - delete.executeUpdate();
        }
        if (remaining <= maxEntries) {
            return;
        }
        String last = null;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT cache_key FROM " + table + " ORDER BY cache_key LIMIT 1 OFFSET ?")) {
            select.setLong(1, remaining / cullFrequency);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    last = rows.getString(1);
                }
            }
        }
        if (last != null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE cache_key < ?")) {
                delete.setString(1, last);
                delete.executeUpdate();
            }
        }
    }

    @Override
    public boolean delete(String key, Integer version) {
        String made = key(key, version);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE cache_key = ?")) {
            delete.setString(1, made);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("delete", e);
        }
    }

    @Override
    public void deleteMany(Collection<String> keys, Integer version) {
        if (keys.isEmpty()) {
            return;
        }
        String marks = String.join(",", Collections.nCopies(keys.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE cache_key IN (" + marks + ")")) {
            int i = 1;
            for (String key : keys) {
                delete.setString(i++, key(key, version));
            }
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("deleteMany", e);
        }
    }

    @Override
    public long incr(String key, long delta, Integer version) {
        String made = key(key, version);
        try (Connection connection = dataSource.getConnection()) {
            while (true) {
                String text;
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT value FROM " + table + " WHERE cache_key = ? AND expires > ?")) {
                    select.setString(1, made);
                    select.setLong(2, System.currentTimeMillis());
                    try (ResultSet rows = select.executeQuery()) {
                        if (!rows.next()) {
                            throw notFound(key);
                        }
                        text = rows.getString(1);
                    }
                }
                long result = increment(key, serializer().decode(text), delta);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table + " SET value = ? WHERE cache_key = ? AND value = ?")) {
                    update.setString(1, serializer().encode(result));
                    update.setString(2, made);
                    update.setString(3, text);
                    if (update.executeUpdate() == 1) {
                        return result;
                    }
                }
                // another writer changed the value between the read and the update: read again
            }
        } catch (SQLException e) {
            throw failure("incr", e);
        }
    }

    @Override
    public boolean has(String key, Integer version) {
        String made = key(key, version);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT cache_key FROM " + table + " WHERE cache_key = ? AND expires > ?")) {
            select.setString(1, made);
            select.setLong(2, System.currentTimeMillis());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failure("has", e);
        }
    }

    @Override
    public void clear() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + table);
        } catch (SQLException e) {
            throw failure("clear", e);
        }
    }
}
