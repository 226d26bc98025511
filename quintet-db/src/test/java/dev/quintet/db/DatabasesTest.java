package dev.quintet.db;

import dev.quintet.db.internal.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Database URLs and connection errors. */
class DatabasesTest {
    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("sqlite:///db.sqlite3", "sqlite", "jdbc:sqlite:db.sqlite3", null, null),
                Arguments.of("sqlite:////tmp/x.db", "sqlite", "jdbc:sqlite:/tmp/x.db", null, null),
                Arguments.of("postgres://u:p%40ss@db.example:6543/app?sslmode=require", "postgresql",
                        "jdbc:postgresql://db.example:6543/app?sslmode=require", "u", "p@ss"),
                Arguments.of("postgresql://localhost/app", "postgresql", "jdbc:postgresql://localhost:5432/app", null, null),
                Arguments.of("mysql://root@127.0.0.1/test", "mysql", "jdbc:mariadb://127.0.0.1:3306/test", "root", null),
                Arguments.of("mariadb://a:b@h:1/d", "mysql", "jdbc:mariadb://h:1/d", "a", "b"),
                Arguments.of("jdbc:postgresql://h/d", "postgresql", "jdbc:postgresql://h/d", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void parses_urls(String url, String vendor, String jdbc, String user, String password) {
        DatabaseUrl u = DatabaseUrl.parse(url);
        assertThat(u.vendor()).isEqualTo(vendor);
        assertThat(u.jdbcUrl()).isEqualTo(jdbc);
        assertThat(u.user()).isEqualTo(user);
        assertThat(u.password()).isEqualTo(password);
    }

    @Test
    void rejects_unknown_schemes() {
        assertThatThrownBy(() -> DatabaseUrl.parse("oracle://x/y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected sqlite:///path");
    }

    @Test
    void unreachable_server_fails_clearly_at_first_use() {
        try (Database db = Database.connect("broken", "postgres://nobody@127.0.0.1:1/none", new Database.Options(1, Duration.ofMillis(500)))) {
            String expected = "Could not connect to database 'broken' (postgresql at jdbc:postgresql://127.0.0.1:1/none) within 500 ms";
            assertThatThrownBy(db::ensureConnection).isInstanceOf(OperationalError.class).hasMessageContaining(expected);
            assertThatThrownBy(() -> db.query(Sql.of("SELECT 1"))).isInstanceOf(OperationalError.class).hasMessageContaining(expected);
            assertThatThrownBy(() -> Databases.of(db).call(() -> {
                Databases.ensureConnections();
                return null;
            })).isInstanceOf(OperationalError.class).hasMessageContaining(expected);
        }
    }

    @Test
    void connect_returns_before_the_pool_is_open_and_the_first_statement_waits() {
        try (Database db = Database.connect("default", "sqlite::memory:")) {
            assertThat(db.query(Sql.of("SELECT 2 AS two")).getFirst().get("two")).isEqualTo(2);
            db.ensureConnection();
        }
    }

    @Test
    void in_memory_sqlite_is_shared_by_the_pool() {
        try (Databases dbs = Databases.fromUrl("sqlite::memory:")) {
            Database db = dbs.defaultDatabase();
            db.execute(Sql.of("CREATE TABLE t (x integer)"));
            db.execute(Sql.of("INSERT INTO t VALUES (?)", 5));
            assertThat(db.query(Sql.of("SELECT x FROM t")).getFirst().get("x")).isEqualTo(5);
            assertThatThrownBy(() -> dbs.get("other")).hasMessageContaining("The connection 'other' doesn't exist");
        }
    }

    @Test
    void using_routes_queries_and_saves_to_an_alias() {
        try (Databases dbs = Databases.of(Database.connect("default", "sqlite::memory:"), Database.connect("other", "sqlite::memory:"))) {
            for (String alias : dbs.aliases()) {
                try (SchemaEditor ed = dbs.get(alias).schemaEditor()) {
                    ed.createModel(dev.quintet.db.blog.Tag.objects.meta());
                }
            }
            dbs.run(() -> {
                dev.quintet.db.blog.Tag t = dev.quintet.db.blog.Tag.objects.using("other").create("name", "elsewhere");
                assertThat(t.databaseAlias()).isEqualTo("other");
                t.name = "renamed";
                t.save();
                assertThat(dev.quintet.db.blog.Tag.objects.count()).isZero();
                assertThat(dev.quintet.db.blog.Tag.objects.using("other").valuesListFlat("name").list()).containsExactly("renamed");
                assertThat(dev.quintet.db.blog.Tag.objects.using("other").get("name", "renamed").databaseAlias()).isEqualTo("other");
            });
        }
    }

    @Test
    void no_configured_databases_is_a_clear_error() {
        assertThatThrownBy(Databases::current).hasMessageContaining("No databases configured");
    }

    static Stream<Arguments> poolParameters() {
        return Stream.of(
                Arguments.of("no parameters", "postgres://h/d?sslmode=require", "postgres://h/d?sslmode=require", Database.Options.DEFAULT),
                Arguments.of("fixed pool", "postgres://h/d?pool_size=32&pool_fixed=true", "postgres://h/d",
                        new Database.Options(32, Duration.ofSeconds(5), 32)),
                Arguments.of("driver parameters kept", "postgres://h/d?sslmode=require&pool_size=8&pool_min_idle=2", "postgres://h/d?sslmode=require",
                        new Database.Options(8, Duration.ofSeconds(5), 2)),
                Arguments.of("timeout in seconds", "sqlite:///x.db?connect_timeout=2", "sqlite:///x.db",
                        new Database.Options(5, Duration.ofSeconds(2), -1)),
                Arguments.of("smaller pool clamps the default idle", "jdbc:sqlite:x.db?pool_size=1", "jdbc:sqlite:x.db",
                        new Database.Options(1, Duration.ofSeconds(5), -1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poolParameters")
    void pool_parameters_ride_on_the_url(String name, String url, String driverUrl, Database.Options expected) {
        assertThat(DatabaseUrl.withoutPoolParameters(url)).isEqualTo(driverUrl);
        assertThat(Database.Options.DEFAULT.withUrlParameters(DatabaseUrl.poolParameters(url))).isEqualTo(expected);
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("pool_size=x", (Runnable) () -> Database.Options.DEFAULT.withUrlParameters(java.util.Map.of("pool_size", "x")),
                        "Database URL parameter pool_size=x: expected a number"),
                Arguments.of("idle above size", (Runnable) () -> new Database.Options(2, Duration.ofSeconds(1), 3),
                        "minimumIdle between 0 and poolSize"),
                Arguments.of("empty pool", (Runnable) () -> Database.Options.fixed(0), "poolSize must be at least 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void bad_pool_options_fail_clearly(String name, Runnable make, String message) {
        assertThatThrownBy(make::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void a_fixed_pool_keeps_every_connection_open() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("quintet-pool", ".db");
        try (Database db = Database.connect("default", "sqlite:///" + file + "?pool_size=3&pool_fixed=true")) {
            com.zaxxer.hikari.HikariDataSource ds = (com.zaxxer.hikari.HikariDataSource) db.dataSource();
            assertThat(List.of(ds.getMaximumPoolSize(), ds.getMinimumIdle())).isEqualTo(List.of(3, 3));
            assertThat(db.query(Sql.of("SELECT 1 AS one")).getFirst().get("one")).isEqualTo(1);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
