package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** The contract on the database cache: SQLite always, PostgreSQL and MariaDB when running. */
class DatabaseCacheTest {

    /** The contract on one database, in a table of its own created by {@code createTable}. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase extends CacheContract {
        final String table = "quintet_cache_" + Integer.toHexString(ThreadLocalRandom.current().nextInt() >>> 1);
        DataSource dataSource;

        abstract DataSource connect() throws Exception;

        @BeforeAll
        void createTable() throws Exception {
            dataSource = connect();
            DatabaseCache.createTable(dataSource, table);
        }

        @AfterAll
        void dropTable() throws SQLException {
            if (dataSource != null) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + table);
                }
            }
        }

        @Override
        protected CacheBackend backend() {
            return DatabaseCache.backend(dataSource);
        }

        @Override
        protected CacheConfig locate(CacheConfig config) {
            return config.withLocation(table);
        }

        @Override
        protected int zeroCullRemaining() {
            return 18; // Django's database cache culls when the count exceeds MAX_ENTRIES, not reaches it
        }

        @Test
        void createTablesCoversEveryDatabaseCache() throws SQLException {
            String other = table + "_b";
            try (Caches caches = Caches.of(java.util.Map.of(
                    "default", CacheConfig.of(LocMemCache::new),
                    "db", CacheConfig.of(DatabaseCache.backend(dataSource)).withLocation(other)))) {
                assertThat(DatabaseCache.createTables(caches)).containsExactly("db");
                caches.get("db").set("key", "value");
                assertThat(caches.get("db").get("key")).isEqualTo("value");
            } finally {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + other);
                }
            }
        }

        @Test
        void createTableTwiceIsHarmless() {
            DatabaseCache.createTable(dataSource, table);
            Cache cache = open(c -> c);
            cache.set("key", "value");
            assertThat(cache.get("key")).isEqualTo("value");
        }
    }

    @Nested
    class Sqlite extends OnDatabase {
        @Override
        DataSource connect() throws Exception {
            Path dir = Files.createTempDirectory("quintet-cache");
            dir.toFile().deleteOnExit();
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + dir.resolve("cache.db"));
            return ds;
        }
    }

    @Nested
    class PostgreSql extends OnDatabase {
        @Override
        DataSource connect() throws Exception {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(System.getenv().getOrDefault("QUINTET_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"));
            return Services.require("PostgreSQL", ds);
        }
    }

    @Nested
    class MariaDb extends OnDatabase {
        @Override
        DataSource connect() throws Exception {
            MariaDbDataSource ds = new MariaDbDataSource(
                    System.getenv().getOrDefault("QUINTET_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root"));
            return Services.require("MariaDB", ds);
        }
    }
}
