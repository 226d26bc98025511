package dev.quintet.cache.internal;

import java.util.List;
import java.util.Locale;

/** The database cache's table, per database product: what {@code createcachetable} executes. */
public final class CacheTable {
    private CacheTable() {
    }

    /** The statements creating {@code table} (if missing) on the database named {@code productName}. */
    public static List<String> ddl(String productName, String table) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("mysql") || product.contains("mariadb")) {
            // MySQL has no CREATE INDEX IF NOT EXISTS: the index goes into the table definition
            return List.of("CREATE TABLE IF NOT EXISTS " + table + " (cache_key VARCHAR(255) NOT NULL PRIMARY KEY, "
                    + "value LONGTEXT NOT NULL, expires BIGINT NOT NULL, INDEX " + table + "_expires (expires))");
        }
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " (cache_key VARCHAR(255) NOT NULL PRIMARY KEY, "
                        + "value TEXT NOT NULL, expires BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + table + "_expires ON " + table + " (expires)");
    }
}
