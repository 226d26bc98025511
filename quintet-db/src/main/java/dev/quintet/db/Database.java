package dev.quintet.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.backends.mysql.MysqlDialect;
import dev.quintet.db.backends.postgresql.PostgresDialect;
import dev.quintet.db.backends.sqlite.SqliteDialect;
import dev.quintet.db.internal.ConnectionScope;
import dev.quintet.db.internal.DatabaseUrl;
import dev.quintet.db.internal.InitializingDataSource;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.sql.DataSource;

/**
 * One configured database (Django's {@code connections[alias]}): a HikariCP pool and the {@link Dialect} of its
 * back end. Create it from a URL with {@link #connect(String, String)}; group several under aliases in
 * {@link Databases}.
 *
 * <p>Queries run on the connection of the enclosing {@link Transaction#atomic} block when there is one, else on the
 * connection of the enclosing {@link Databases#connectionScope} (a request, in a site), else on a connection
 * borrowed from the pool in autocommit mode and returned right after.
 */
public final class Database implements AutoCloseable {
    /**
     * Pool settings: {@code poolSize} connections at most, {@code minimumIdle} kept open when idle ({@code -1}: one,
     * or all for an in-memory SQLite database), waiting longer than {@code connectTimeout} for one fails.
     *
     * <p>The same settings can ride on a database URL as query parameters, which are removed before the URL reaches
     * the driver: {@code pool_size}, {@code pool_min_idle}, {@code pool_fixed=true} (minimum idle = pool size, as
     * the TechEmpower peers configure their pools) and {@code connect_timeout} (seconds), e.g.
     * {@code DATABASE_URL=postgres://app@db/app?pool_size=32&pool_fixed=true}. URL parameters win over the options
     * passed in code.
     *
     * @param poolSize       the maximum number of connections
     * @param connectTimeout how long to wait for a connection
     * @param minimumIdle    connections kept open when idle, or {@code -1} for the default
     */
    public record Options(int poolSize, Duration connectTimeout, int minimumIdle) {
        /** A pool of 5 connections and a 5-second connection timeout. */
        public static final Options DEFAULT = new Options(5, Duration.ofSeconds(5));

        /** Checks the sizes. */
        public Options {
            if (poolSize < 1 || minimumIdle < -1 || minimumIdle > poolSize) {
                throw new IllegalArgumentException("Database.Options: poolSize must be at least 1 and minimumIdle between 0 and poolSize "
                        + "(or -1 for the default), got poolSize=" + poolSize + ", minimumIdle=" + minimumIdle);
            }
        }

        /** A pool with the default minimum idle. */
        public Options(int poolSize, Duration connectTimeout) {
            this(poolSize, connectTimeout, -1);
        }

        /** A fixed-size pool: {@code size} connections, all kept open. */
        public static Options fixed(int size) {
            return new Options(size, DEFAULT.connectTimeout(), size);
        }

        /** These options with every connection kept open (minimum idle = pool size). */
        public Options withFixedSize() {
            return new Options(poolSize, connectTimeout, poolSize);
        }

        /** These options overridden by the pool parameters of a URL ({@code pool_size}...); unknown keys fail. */
        Options withUrlParameters(Map<String, String> params) {
            int size = poolSize;
            int idle = minimumIdle;
            Duration timeout = connectTimeout;
            boolean fixed = false;
            for (Map.Entry<String, String> e : params.entrySet()) {
                String v = e.getValue();
                try {
                    switch (e.getKey()) {
                        case "pool_size" -> size = Integer.parseInt(v);
                        case "pool_min_idle" -> idle = Integer.parseInt(v);
                        case "pool_fixed" -> fixed = Boolean.parseBoolean(v);
                        case "connect_timeout" -> timeout = Duration.ofSeconds(Long.parseLong(v));
                        default -> throw new IllegalArgumentException("Unknown pool parameter '" + e.getKey() + "'");
                    }
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("Database URL parameter " + e.getKey() + "=" + v + ": expected a number", ex);
                }
            }
            if (params.containsKey("pool_size") && !params.containsKey("pool_min_idle") && idle > size) {
                idle = size;
            }
            return new Options(size, timeout, fixed ? size : idle);
        }
    }

    /** A function over a JDBC connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlFunction<R> {
        /** Runs with the connection. */
        R apply(Connection connection) throws SQLException;
    }

    private final String alias;
    private final String vendor;
    private final String description;
    private final Dialect initial;
    // the pool opens its first connection on a background thread (start-up goes on meanwhile); the first use waits
    private final FutureTask<Started> start;
    private volatile Started started;

    /** The open pool and the dialect settled once connected (MariaDB's RETURNING depends on the server's version). */
    private record Started(HikariDataSource pool, Dialect dialect) {
    }

    private Database(String alias, DatabaseUrl url, Options options) {
        this.alias = alias;
        this.vendor = url.vendor();
        this.description = vendor + " at " + url.jdbcUrl().replaceFirst("\\?.*", "");
        HikariConfig cfg = new HikariConfig();
        this.initial = switch (vendor) {
            case "postgresql" -> new PostgresDialect();
            case "mysql" -> new MysqlDialect(false);
            default -> new SqliteDialect();
        };
        // the dialect prepares each physical connection once, as the pool opens it (not on every checkout)
        cfg.setDataSource(new InitializingDataSource(url.jdbcUrl(), url.user(), url.password(), initial));
        cfg.setPoolName("quintet-" + alias);
        cfg.setMaximumPoolSize(options.poolSize());
        cfg.setMinimumIdle(url.memory() ? options.poolSize()
                : options.minimumIdle() >= 0 ? options.minimumIdle() : Math.min(1, options.poolSize()));
        cfg.setConnectionTimeout(Math.max(250, options.connectTimeout().toMillis()));
        cfg.setInitializationFailTimeout(options.connectTimeout().toMillis());
        if (url.memory()) {
            cfg.setMaxLifetime(0);
            cfg.setIdleTimeout(0);
        }
        if (!initial.connectionInitSql().isEmpty()) {
            cfg.setConnectionInitSql(String.join("; ", initial.connectionInitSql()));
        }
        this.start = new FutureTask<>(() -> open(cfg, options));
        Thread.ofVirtual().name("quintet-db-start-" + alias).start(start);
    }

    private Started open(HikariConfig cfg, Options options) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new OperationalError("Could not connect to database '" + alias + "' (" + description + ") within "
                    + options.connectTimeout().toMillis() + " ms: " + rootMessage(e), e);
        }
        try {
            Started s = new Started(pool, vendor.equals("mysql") ? new MysqlDialect(supportsMariaDbReturning(pool)) : initial);
            started = s;
            return s;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The open pool, waiting for the background start when it has not finished. */
    private Started started() {
        Started s = started;
        return s != null ? s : awaitStart();
    }

    private Started awaitStart() {
        try {
            return start.get();
        } catch (ExecutionException e) {
            // a new exception per caller (with this caller's stack), same message as the start's
            Throwable cause = e.getCause();
            throw new OperationalError(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationalError("Interrupted while connecting to database '" + alias + "' (" + description + ")", e);
        }
    }

    /**
     * Waits until the pool has opened its first connection (Django's {@code ensure_connection()}).
     * {@link #connect} returns at once and connects in the background, so that start-up goes on meanwhile; the first
     * statement waits for it the same way.
     *
     * @throws OperationalError when the server could not be reached within the connect timeout
     */
    public void ensureConnection() {
        started();
    }

    /** Connects to {@code url} (see {@link Databases} for the accepted forms) with default pool options. */
    public static Database connect(String alias, String url) {
        return connect(alias, url, Options.DEFAULT);
    }

    /**
     * Connects to {@code url} with explicit pool options. The pool opens its first connection in the background;
     * {@link #ensureConnection()}, and the first statement, wait for it and fail with {@link OperationalError} if the
     * server is unreachable. A malformed URL or bad pool option fails here.
     */
    public static Database connect(String alias, String url, Options options) {
        Map<String, String> pool = DatabaseUrl.poolParameters(url);
        return new Database(alias, DatabaseUrl.parse(DatabaseUrl.withoutPoolParameters(url)),
                pool.isEmpty() ? options : options.withUrlParameters(pool));
    }

    private boolean supportsMariaDbReturning(HikariDataSource pool) {
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            String product = md.getDatabaseProductVersion();
            boolean maria = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
            int major = md.getDatabaseMajorVersion();
            int minor = md.getDatabaseMinorVersion();
            return maria && (major > 10 || (major == 10 && minor >= 5));
        } catch (SQLException e) {
            throw new OperationalError("Could not read the server version of database '" + alias + "'", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** The alias ({@code "default"}...). */
    public String alias() {
        return alias;
    }

    /** The back end's dialect (on MySQL/MariaDB, known once connected: this waits for the connection). */
    public Dialect dialect() {
        Started s = started;
        if (s != null) {
            return s.dialect();
        }
        return vendor.equals("mysql") ? awaitStart().dialect() : initial;
    }

    /** The vendor: {@code sqlite}, {@code postgresql} or {@code mysql}. */
    public String vendor() {
        return vendor;
    }

    /** The pooled data source. */
    public DataSource dataSource() {
        return started().pool();
    }

    /** A schema editor for DDL on this database (close it to run deferred statements). */
    public SchemaEditor schemaEditor() {
        return new SchemaEditor(this);
    }

    /**
     * Whether every one of {@code tables} exists (the name as given or upper-cased, for databases that fold
     * unquoted names), from the driver's metadata.
     */
    public boolean hasTables(java.util.List<String> tables) {
        return withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            for (String t : tables) {
                boolean found = false;
                for (String candidate : new String[] {t, t.toUpperCase(java.util.Locale.ROOT)}) {
                    try (java.sql.ResultSet rs = md.getTables(c.getCatalog(), null, candidate, null)) {
                        found |= rs.next();
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Runs {@code f} on the connection of the current atomic block for this database, or on a pooled connection in
     * autocommit mode. Driver errors become {@link IntegrityError}, {@link OperationalError} or {@link DatabaseError}.
     */
    public <R> R withConnection(SqlFunction<R> f) {
        Connection tx = Transaction.currentConnection(this);
        if (tx != null) {
            try {
                return f.apply(tx);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        Connection scoped = ConnectionScope.connection(this);
        if (scoped != null) {
            try {
                return f.apply(scoped);
            } catch (SQLException e) {
                if (isConnectionError(e)) {
                    ConnectionScope.discard(this);
                }
                throw translate(e);
            }
        }
        try (Connection c = borrow()) {
            return f.apply(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static boolean isConnectionError(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08");
    }

    /**
     * A connection of its own from the pool (outside any transaction or connection scope), prepared for this
     * dialect; the caller closes it.
     */
    public Connection borrow() {
        HikariDataSource pool = started().pool();
        Connection c;
        try {
            c = pool.getConnection();
        } catch (SQLException e) {
            throw new OperationalError("Could not get a connection to database '" + alias + "' (" + description
                    + ") within " + pool.getConnectionTimeout() + " ms: " + rootMessage(e), e);
        }
        return c;
    }

    /** Maps a driver exception to the ORM's exception hierarchy. */
    public DatabaseError translate(SQLException e) {
        if (dialect().isIntegrityError(e)) {
            return new IntegrityError(e.getMessage(), e);
        }
        if (isConnectionError(e)) {
            return new OperationalError(e.getMessage(), e);
        }
        return new DatabaseError(e.getMessage(), e);
    }

    /** Runs one statement and returns the update count. */
    public int execute(Sql sql) {
        return dev.quintet.db.internal.Executor.update(this, sql);
    }

    /** Runs a query and returns its rows as column-name maps. */
    public java.util.List<Map<String, Object>> query(Sql sql) {
        return dev.quintet.db.internal.Executor.queryMaps(this, sql);
    }

    /** Closes the pool (once its start has finished; a pool that failed to start has nothing to close). */
    @Override
    public void close() {
        try {
            started().pool().close();
        } catch (OperationalError notStarted) {
            // nothing was opened
        }
    }

    @Override
    public String toString() {
        return "Database[" + alias + ", " + description + "]";
    }
}
