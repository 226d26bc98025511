package dev.quintet.db.testing;

import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.OperationalError;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.Transaction;
import dev.quintet.db.models.ModelMeta;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The three back ends every ORM test runs against: SQLite (a temporary file), PostgreSQL (schema
 * {@code quintet_orm_test} of database {@code test}) and MariaDB (database {@code quintet_orm_test}), each recreated
 * once per test run. An unreachable server skips its tests with a printed message, unless
 * {@code QUINTET_REQUIRE_SERVICES=1}, which makes it a failure. {@code QUINTET_TEST_POSTGRES} and
 * {@code QUINTET_TEST_MARIADB} ({@code host:port}) point the tests at other servers; {@code QUINTET_TEST_SCHEMA} names
 * another schema (PostgreSQL) and database (MariaDB), for test runs that share the servers.
 */
public final class TestDatabases {
    /** The back-end names, in test order. */
    public static final List<String> BACKENDS = List.of("sqlite", "postgresql", "mysql");
    private static final Map<String, Object> CONNECTED = new ConcurrentHashMap<>();
    /** {@code QUINTET_TEST_SCHEMA} lets concurrent runs (one per branch) use their own schema and database. */
    private static final String SCHEMA = schemaName();

    private TestDatabases() {
    }

    private static String schemaName() {
        String v = System.getenv("QUINTET_TEST_SCHEMA");
        if (v == null || v.isBlank()) {
            return "quintet_orm_test";
        }
        if (!v.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("QUINTET_TEST_SCHEMA must be a lower-case SQL identifier, got '" + v + "'");
        }
        return v;
    }

    /** The back-end names as JUnit arguments. */
    public static Stream<Arguments> backends() {
        return BACKENDS.stream().map(Arguments::of);
    }

    /** Every back end crossed with every case. */
    public static Stream<Arguments> cross(List<Object[]> cases) {
        List<Arguments> out = new ArrayList<>();
        for (String b : BACKENDS) {
            for (Object[] c : cases) {
                Object[] row = new Object[c.length + 1];
                row[0] = b;
                System.arraycopy(c, 0, row, 1, c.length);
                out.add(Arguments.of(row));
            }
        }
        return out.stream();
    }

    private static boolean required() {
        return "1".equals(System.getenv("QUINTET_REQUIRE_SERVICES"));
    }

    /** The databases of a back end, or the test is skipped (failed when services are required). */
    public static Databases get(String backend) {
        Object o = CONNECTED.computeIfAbsent(backend, TestDatabases::connect);
        if (o instanceof Databases d) {
            return d;
        }
        String msg = "SKIPPED: " + backend + " is unreachable: " + o;
        if (required()) {
            throw new AssertionError("QUINTET_REQUIRE_SERVICES=1 but " + msg);
        }
        System.err.println(msg);
        Assumptions.abort(msg);
        throw new IllegalStateException("unreachable");
    }

    /** Whether a back end is reachable (never skips). */
    public static boolean available(String backend) {
        return CONNECTED.computeIfAbsent(backend, TestDatabases::connect) instanceof Databases;
    }

    private static String hostPort(String variable, String fallback) {
        String v = System.getenv(variable);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static Object connect(String backend) {
        String pg = hostPort("QUINTET_TEST_POSTGRES", "127.0.0.1:5432");
        String maria = hostPort("QUINTET_TEST_MARIADB", "127.0.0.1:3306");
        try {
            return switch (backend) {
                case "sqlite" -> {
                    Path dir = Files.createTempDirectory("quintet-orm");
                    yield Databases.of(Database.connect("default", "sqlite:///" + dir.resolve("test.sqlite3")));
                }
                case "postgresql" -> {
                    OperationalError last = null;
                    for (String user : List.of("postgres", "root")) {
                        try (Database admin = Database.connect("admin", "postgres://" + user + "@" + pg + "/test",
                                new Database.Options(1, java.time.Duration.ofSeconds(3)))) {
                            admin.execute(dev.quintet.db.Sql.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE"));
                            admin.execute(dev.quintet.db.Sql.of("CREATE SCHEMA " + SCHEMA));
                            yield Databases.of(Database.connect("default", "postgres://" + user + "@" + pg + "/test?currentSchema=" + SCHEMA));
                        } catch (OperationalError e) {
                            last = e;
                        }
                    }
                    throw last;
                }
                case "mysql" -> {
                    try (Database admin = Database.connect("admin", "mariadb://root@" + maria + "/test",
                            new Database.Options(1, java.time.Duration.ofSeconds(3)))) {
                        admin.execute(dev.quintet.db.Sql.of("DROP DATABASE IF EXISTS " + SCHEMA));
                        admin.execute(dev.quintet.db.Sql.of("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"));
                    }
                    yield Databases.of(Database.connect("default", "mariadb://root@" + maria + "/" + SCHEMA));
                }
                default -> throw new IllegalArgumentException(backend);
            };
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Drops (if present) and creates the tables of {@code models} on every reachable back end. */
    public static void createTables(List<ModelMeta<?>> models) {
        for (String b : BACKENDS) {
            if (!available(b)) {
                if (required()) {
                    get(b);
                }
                continue;
            }
            Database db = get(b).defaultDatabase();
            List<ModelMeta<?>> reversed = new ArrayList<>(models);
            java.util.Collections.reverse(reversed);
            try (SchemaEditor ed = db.schemaEditor()) {
                ed.dropModelsIfExist(reversed);
            }
            try (SchemaEditor ed = db.schemaEditor()) {
                models.forEach(ed::createModel);
            }
        }
    }

    /** Runs {@code body} against a back end's databases. */
    public static <R> R on(String backend, Supplier<R> body) {
        return get(backend).call(body);
    }

    /** Runs {@code body} against a back end's databases. */
    public static void run(String backend, Runnable body) {
        get(backend).run(body);
    }

    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Object value;

        Rollback(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** Runs {@code body} in a transaction on a back end and rolls it back, returning the body's result. */
    @SuppressWarnings("unchecked")
    public static <R> R rolledBack(String backend, Supplier<R> body) {
        return get(backend).call(() -> {
            try {
                Transaction.atomic(() -> {
                    throw new Rollback(body.get());
                });
                throw new IllegalStateException("unreachable");
            } catch (Rollback r) {
                return (R) r.value;
            }
        });
    }
}
