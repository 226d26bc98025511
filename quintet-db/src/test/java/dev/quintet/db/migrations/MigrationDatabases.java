package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.Sql;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fresh, empty databases for migration tests (the ORM's TestDatabases pattern, with their own schema so they never
 * clash with ORM test runs): SQLite in a temp file, PostgreSQL schema and MariaDB database
 * {@code quintet_migrations_test_<hash of the checkout's folder>}. An unreachable server skips with a printed message unless
 * {@code QUINTET_REQUIRE_SERVICES=1}.
 */
final class MigrationDatabases {
    static final List<String> BACKENDS = List.of("sqlite", "postgresql", "mysql");
    /** One schema per checkout, so that test runs of several worktrees on one server never drop each other's tables. */
    private static final String SCHEMA = "quintet_migrations_test_"
            + String.format("%08x", Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize().toString().hashCode());

    private MigrationDatabases() {
    }

    /** A fresh empty database of a back end; the caller closes it. */
    static Database fresh(String backend) {
        try {
            return switch (backend) {
                case "sqlite" -> Database.connect("default", "sqlite:///" + Files.createTempDirectory("quintet-mig").resolve("db.sqlite3"));
                case "postgresql" -> {
                    try (Database admin = Database.connect("admin", "postgres://postgres@127.0.0.1:5432/test", new Database.Options(1, Duration.ofSeconds(3)))) {
                        admin.execute(Sql.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE"));
                        admin.execute(Sql.of("CREATE SCHEMA " + SCHEMA));
                    }
                    yield Database.connect("default", "postgres://postgres@127.0.0.1:5432/test?currentSchema=" + SCHEMA);
                }
                case "mysql" -> {
                    try (Database admin = Database.connect("admin", "mariadb://root@127.0.0.1:3306/test", new Database.Options(1, Duration.ofSeconds(3)))) {
                        admin.execute(Sql.of("DROP DATABASE IF EXISTS " + SCHEMA));
                        admin.execute(Sql.of("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"));
                    }
                    yield Database.connect("default", "mariadb://root@127.0.0.1:3306/" + SCHEMA);
                }
                default -> throw new IllegalArgumentException(backend);
            };
        } catch (Exception e) {
            String msg = "SKIPPED: " + backend + " is unreachable: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            if ("1".equals(System.getenv("QUINTET_REQUIRE_SERVICES"))) {
                throw new AssertionError("QUINTET_REQUIRE_SERVICES=1 but " + msg, e);
            }
            System.err.println(msg);
            Assumptions.abort(msg);
            throw new IllegalStateException("unreachable");
        }
    }

    /** The lower-case table names of the database. */
    static Set<String> tables(Database db) {
        return db.withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            Set<String> out = new TreeSet<>();
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return out;
        });
    }

    /** The lower-case column names of a table ({@code name:nullable} when {@code withNull}). */
    static Set<String> columns(Database db, String table) {
        return db.withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            Set<String> out = new TreeSet<>();
            try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
                while (rs.next()) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable ? "?" : ""));
                }
            }
            return out;
        });
    }

    /** The lower-case names of a table's indexes (unique or not), without the primary key's. */
    static Set<String> indexes(Database db, String table) {
        return db.withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            Set<String> out = new TreeSet<>();
            try (ResultSet rs = md.getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
                while (rs.next()) {
                    String n = rs.getString("INDEX_NAME");
                    if (n != null && !n.toLowerCase(Locale.ROOT).contains("pkey") && !n.equalsIgnoreCase("PRIMARY")) {
                        out.add(n.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return out;
        });
    }

}
