package dev.quintet.db;

import dev.quintet.db.internal.ConnectionScope;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The configured databases by alias (Django's {@code DATABASES} and {@code connections}). The ORM finds them
 * through the current scope: {@link #run(Runnable)} / {@link #call(Supplier)} bind them with a
 * {@link ScopedValue} (virtual-thread friendly), and {@link #install(Databases)} sets the process default that
 * applies outside any binding (set it once at start-up).
 *
 * <pre>{@code
 * Databases dbs = Databases.fromUrls(Map.of("default", "postgres://app@localhost/app"));
 * Databases.install(dbs);
 * Post.objects.filter("title__icontains", "java").count();
 * }</pre>
 *
 * <p>Accepted URLs: {@code sqlite:///relative.db}, {@code sqlite:////absolute/path.db}, {@code sqlite::memory:},
 * {@code postgres://user:pass@host:5432/name}, {@code mysql://...}, {@code mariadb://...}, or a {@code jdbc:} URL.
 */
public final class Databases implements AutoCloseable {
    /** The alias used when none is named. */
    public static final String DEFAULT = "default";
    private static final ScopedValue<Databases> CURRENT = ScopedValue.newInstance();
    private static volatile Databases installed;

    private final Map<String, Database> byAlias;
    private final List<DatabaseRouter> routers;

    private Databases(Map<String, Database> byAlias, List<DatabaseRouter> routers) {
        this.byAlias = Map.copyOf(byAlias);
        this.routers = List.copyOf(routers);
    }

    /** Groups already connected databases by their aliases. */
    public static Databases of(Database... databases) {
        Map<String, Database> m = new LinkedHashMap<>();
        for (Database d : databases) {
            m.put(d.alias(), d);
        }
        return new Databases(m, List.of());
    }

    /** Connects each alias to its URL. */
    public static Databases fromUrls(Map<String, String> urls) {
        Map<String, Database> m = new LinkedHashMap<>();
        urls.forEach((alias, url) -> m.put(alias, Database.connect(alias, url)));
        return new Databases(m, List.of());
    }

    /**
     * Connects each alias to its URL with explicit pool options (e.g. {@link Database.Options#fixed}); pool
     * parameters in a URL ({@code ?pool_size=32&pool_fixed=true}) override them.
     */
    public static Databases fromUrls(Map<String, String> urls, Database.Options options) {
        Map<String, Database> m = new LinkedHashMap<>();
        urls.forEach((alias, url) -> m.put(alias, Database.connect(alias, url, options)));
        return new Databases(m, List.of());
    }

    /**
     * These databases with {@code routers} consulted in order (Django's {@code DATABASE_ROUTERS}); the pools are
     * shared with this instance.
     */
    public Databases withRouters(DatabaseRouter... routers) {
        return new Databases(byAlias, List.of(routers));
    }

    /** The installed routers, in order. */
    public List<DatabaseRouter> routers() {
        return routers;
    }

    /**
     * The alias to read {@code model} from when no {@code using()} names one: the first router's opinion, else the
     * database of {@code instance} (may be {@code null}), else {@code default}.
     */
    public String dbForRead(ModelMeta<?> model, Model instance) {
        for (DatabaseRouter r : routers) {
            String a = r.dbForRead(model, hints(instance));
            if (a != null) {
                return a;
            }
        }
        return fallback(instance);
    }

    /** The alias to write {@code model} to, decided as {@link #dbForRead}. */
    public String dbForWrite(ModelMeta<?> model, Model instance) {
        for (DatabaseRouter r : routers) {
            String a = r.dbForWrite(model, hints(instance));
            if (a != null) {
                return a;
            }
        }
        return fallback(instance);
    }

    /** Whether {@code a} may relate to {@code b}: the first router's opinion, else whether they share a database. */
    public boolean allowRelation(Model a, Model b) {
        for (DatabaseRouter r : routers) {
            Boolean allowed = r.allowRelation(a, b);
            if (allowed != null) {
                return allowed;
            }
        }
        String da = a.databaseAlias() == null ? DEFAULT : a.databaseAlias();
        String db = b.databaseAlias() == null ? DEFAULT : b.databaseAlias();
        return da.equals(db);
    }

    /** Whether a migration operation may run on {@code alias}: the first router's opinion, else {@code true}. */
    public boolean allowMigrate(String alias, String appLabel, String modelName, Map<String, Object> hints) {
        for (DatabaseRouter r : routers) {
            Boolean allowed = r.allowMigrate(alias, appLabel, modelName, hints);
            if (allowed != null) {
                return allowed;
            }
        }
        return true;
    }

    private static Map<String, Object> hints(Model instance) {
        return instance == null ? Map.of() : Map.of(DatabaseRouter.INSTANCE, instance);
    }

    private static String fallback(Model instance) {
        return instance != null && instance.databaseAlias() != null ? instance.databaseAlias() : DEFAULT;
    }

    /** A single {@code default} database from a URL (e.g. {@code DATABASE_URL}). */
    public static Databases fromUrl(String url) {
        return fromUrls(Map.of(DEFAULT, url));
    }

    /** The database of an alias; throws naming the configured aliases if unknown. */
    public Database get(String alias) {
        Database d = byAlias.get(alias);
        if (d == null) {
            throw new IllegalArgumentException("The connection '" + alias + "' doesn't exist. Configured: " + byAlias.keySet());
        }
        return d;
    }

    /** The default database. */
    public Database defaultDatabase() {
        return get(DEFAULT);
    }

    /** All aliases. */
    public java.util.Set<String> aliases() {
        return byAlias.keySet();
    }

    /** Runs {@code body} with these databases as the current ones. */
    public void run(Runnable body) {
        ScopedValue.where(CURRENT, this).run(body);
    }

    /** Calls {@code body} with these databases as the current ones. */
    public <R> R call(Supplier<R> body) {
        return ScopedValue.where(CURRENT, this).call(body::get);
    }

    /**
     * Calls {@code body} with one connection per database for the whole block, as Django serves a request on one
     * connection: the first statement on a database borrows a pooled connection, later statements on it reuse it,
     * {@link Transaction#atomic} blocks run on it, and the block's end returns it to the pool, also when {@code body}
     * throws. A block that runs no statement borrows nothing, so the server's handler opens one around every request;
     * a block inside another shares the outer one's connections. The connections belong to the calling thread: a
     * subtask forked inside the block borrows its own per statement.
     *
     * <pre>{@code
     * Databases.connectionScope(() -> {
     *     Post p = Post.objects.get("pk", 1);       // borrows
     *     p.title = "edited";
     *     p.save();                                   // same connection
     *     return Comment.objects.filter("post", p).count();
     * });                                             // returned to the pool
     * }</pre>
     */
    public static <R, X extends Throwable> R connectionScope(ScopedValue.CallableOp<R, X> body) throws X {
        return ConnectionScope.call(body);
    }

    /**
     * Waits until every current database (the scoped or installed ones; none configured: nothing to wait for) has
     * opened its pool: {@link Database#connect} connects in the background, and a server calls this once it listens,
     * so an unreachable database still stops it at start-up.
     *
     * @throws OperationalError naming the first database that could not be reached
     */
    public static void ensureConnections() {
        Databases d = CURRENT.isBound() ? CURRENT.get() : installed;
        if (d != null) {
            d.byAlias.values().forEach(Database::ensureConnection);
        }
    }

    /** Sets the process-wide databases used outside any {@link #run} binding. */
    public static void install(Databases databases) {
        installed = databases;
    }

    /** The current databases: the scoped binding, else the installed ones; throws if neither exists. */
    public static Databases current() {
        if (CURRENT.isBound()) {
            return CURRENT.get();
        }
        Databases d = installed;
        if (d == null) {
            throw new IllegalStateException("No databases configured: call Databases.install(...) at start-up or run inside databases.run(...)");
        }
        return d;
    }

    /** The current database of an alias. */
    public static Database using(String alias) {
        return current().get(alias);
    }

    /** Closes every pool. */
    @Override
    public void close() {
        byAlias.values().forEach(Database::close);
    }
}
