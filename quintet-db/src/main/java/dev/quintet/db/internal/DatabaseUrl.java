package dev.quintet.db.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses database URLs the way dj-database-url does: {@code sqlite:///relative.db}, {@code sqlite:////abs/path.db},
 * {@code sqlite::memory:}, {@code postgres://user:pass@host:5432/name?opts}, {@code mysql://} or {@code mariadb://};
 * a {@code jdbc:} URL passes through.
 *
 * @param vendor   {@code sqlite}, {@code postgresql} or {@code mysql}
 * @param jdbcUrl  the JDBC URL
 * @param user     the user name or {@code null}
 * @param password the password or {@code null}
 * @param memory   whether this is an in-memory SQLite database
 */
public record DatabaseUrl(String vendor, String jdbcUrl, String user, String password, boolean memory) {
    private static final AtomicInteger MEMORY_COUNTER = new AtomicInteger();

    /** Parses {@code url}; throws {@link IllegalArgumentException} naming the expected forms. */
    public static DatabaseUrl parse(String url) {
        if (url.startsWith("jdbc:")) {
            String rest = url.substring(5);
            String vendor = rest.startsWith("sqlite:") ? "sqlite" : rest.startsWith("postgresql:") ? "postgresql"
                    : rest.startsWith("mariadb:") || rest.startsWith("mysql:") ? "mysql" : null;
            if (vendor == null) {
                throw new IllegalArgumentException("Unsupported JDBC URL " + url + ": expected jdbc:sqlite:, jdbc:postgresql: or jdbc:mariadb:");
            }
            return new DatabaseUrl(vendor, url, null, null, url.contains("mode=memory") || url.endsWith(":memory:"));
        }
        if (url.equals("sqlite::memory:") || url.equals("sqlite://:memory:")) {
            return new DatabaseUrl("sqlite", "jdbc:sqlite:file:quintet_mem_" + MEMORY_COUNTER.incrementAndGet()
                    + "?mode=memory&cache=shared", null, null, true);
        }
        if (url.startsWith("sqlite:///")) {
            return new DatabaseUrl("sqlite", "jdbc:sqlite:" + url.substring("sqlite:///".length()), null, null, false);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw bad(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        String vendor = switch (scheme) {
            case "postgres", "postgresql", "pgsql" -> "postgresql";
            case "mysql", "mariadb" -> "mysql";
            default -> throw bad(url);
        };
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : vendor.equals("postgresql") ? 5432 : 3306;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String jdbc = "jdbc:" + (vendor.equals("postgresql") ? "postgresql" : "mariadb") + "://" + host + ":" + port + path + query;
        return new DatabaseUrl(vendor, jdbc, user, password, false);
    }

    /** The query parameters of a URL that configure the pool rather than the driver. */
    private static final java.util.Set<String> POOL_KEYS = java.util.Set.of("pool_size", "pool_min_idle", "pool_fixed", "connect_timeout");

    /** The pool parameters ({@code pool_size}, {@code pool_min_idle}, {@code pool_fixed}, {@code connect_timeout}) of {@code url}. */
    public static java.util.Map<String, String> poolParameters(String url) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            if (POOL_KEYS.contains(kv[0])) {
                out.put(kv[0], kv.length > 1 ? decode(kv[1]) : "true");
            }
        }
        return out;
    }

    /** {@code url} without its pool parameters (the rest of the query string is kept for the driver). */
    public static String withoutPoolParameters(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            if (!pair.isEmpty() && !POOL_KEYS.contains(pair.split("=", 2)[0])) {
                kept.add(pair);
            }
        }
        return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException bad(String url) {
        return new IllegalArgumentException("Unsupported database URL '" + url + "': expected sqlite:///path, "
                + "sqlite::memory:, postgres://user:pass@host:port/name, mysql://... or mariadb://...");
    }
}
