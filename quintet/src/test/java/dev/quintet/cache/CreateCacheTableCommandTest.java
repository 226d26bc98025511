package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cli.Quintet;
import dev.quintet.cli.Site;
import dev.quintet.conf.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** {@code createcachetable} creates the table of every database cache in {@code CACHES}, and may run again. */
class CreateCacheTableCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsTheTableOfEveryDatabaseCacheAndTheCacheThenWorks() throws Exception {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("site.db"));
        Settings settings = Settings.builder().secretKey("k".repeat(50))
                .caches(CacheSettings.DEFAULTS.withCache("db", CacheConfig.of(DatabaseCache.backend(ds)).withLocation("my_cache_table")))
                .build();
        Site site = Site.of("site", settings);

        assertThat(run(site)).contains("Cache table 'my_cache_table' for CACHES['db'] is ready.");
        assertThat(tableExists(ds, "my_cache_table")).isTrue();
        assertThat(run(site)).contains("my_cache_table");   // a second run leaves the table as it is

        Cache cache = settings.cacheRegistry().get("db");
        cache.set("k", "v", Duration.ofMinutes(1));
        assertThat(cache.get("k")).isEqualTo("v");
    }

    @Test
    void withoutADatabaseCacheThereIsNothingToCreate() {
        assertThat(run(Site.of("site", Settings.builder().secretKey("k".repeat(50)).build())))
                .contains("No database cache in CACHES");
    }

    private static String run(Site site) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Quintet.execute(site, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "createcachetable");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean tableExists(SQLiteDataSource ds, String table) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }
}
