package dev.quintet.db;

import java.util.LinkedHashMap;
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

    private Databases(Map<String, Database> byAlias) {
        this.byAlias = Map.copyOf(byAlias);
    }

    /** Groups already connected databases by their aliases. */
    public static Databases of(Database... databases) {
        Map<String, Database> m = new LinkedHashMap<>();
        for (Database d : databases) {
            m.put(d.alias(), d);
        }
        return new Databases(m);
    }

    /** Connects each alias to its URL. */
    public static Databases fromUrls(Map<String, String> urls) {
        Map<String, Database> m = new LinkedHashMap<>();
        urls.forEach((alias, url) -> m.put(alias, Database.connect(alias, url)));
        return new Databases(m);
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
