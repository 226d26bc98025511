package dev.quintet.db.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.OperationalError;
import dev.quintet.db.Transaction;
import dev.quintet.db.deletion.Owner;
import dev.quintet.db.models.Apps;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A connection per scope ({@link Databases#connectionScope}), on every back end: how many connections the pool hands
 * out (counted by a HikariCP metrics tracker) for a block of statements, with atomic blocks and exceptions, and that
 * every one is back in the pool afterwards.
 */
class ConnectionScopeTest {
    private static final Map<Database, AtomicInteger> BORROWS = new ConcurrentHashMap<>();

    @BeforeAll
    static void setUp() {
        TestDatabases.createTables(Apps.of(Owner.class).models());
    }

    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static Object[] c(String name, Supplier<Object> body, Object result, int borrows) {
        return new Object[] {name, body, result, borrows};
    }

    private static <R> R scope(Supplier<R> body) {
        return Databases.connectionScope(body::get);
    }

    private static List<String> names() {
        return Owner.objects.orderBy("name").valuesList("name", String.class).list();
    }

    /** Runs {@code body} in an atomic block that then throws, and swallows the exception (the block rolled back). */
    private static void atomicThatFails(Runnable body) {
        try {
            Transaction.atomic(() -> {
                body.run();
                throw new Boom();
            });
        } catch (Boom expected) {
            // rolled back
        }
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("three statements in a scope, one borrow", () -> scope(() ->
                Owner.objects.count() + Owner.objects.count() + Owner.objects.count()), 0L, 1));
        cases.add(c("a scope without statements borrows nothing", () -> scope(() -> "idle"), "idle", 0));
        cases.add(c("outside a scope, one borrow per statement", () ->
                Owner.objects.count() + Owner.objects.count() + Owner.objects.count(), 0L, 3));
        cases.add(c("atomic inside a scope runs on its connection", () -> scope(() -> {
            Owner.objects.count();
            Transaction.atomic(() -> Owner.objects.create("name", "a"));
            return names();
        }), List.of("a"), 1));
        cases.add(c("nested atomic rolls back its savepoint only", () -> scope(() -> {
            Transaction.atomic(() -> {
                Owner.objects.create("name", "outer");
                atomicThatFails(() -> Owner.objects.create("name", "inner"));
            });
            return names();
        }), List.of("outer"), 1));
        cases.add(c("a failed atomic block leaves the connection in autocommit", () -> scope(() -> {
            atomicThatFails(() -> Owner.objects.create("name", "lost"));
            Owner.objects.create("name", "kept");
            return names();
        }), List.of("kept"), 1));
        cases.add(c("an exception escaping the scope returns the connection", () -> {
            try {
                scope(() -> {
                    Owner.objects.count();
                    throw new Boom();
                });
            } catch (Boom expected) {
                return "thrown";
            }
            return "not thrown";
        }, "thrown", 1));
        cases.add(c("a scope inside a scope shares its connections", () -> scope(() ->
                Owner.objects.count() + scope(Owner.objects::count)), 0L, 1));
        List<Arguments> rows = new ArrayList<>(TestDatabases.cross(cases).toList());
        // PostgreSQL streams from a server-side cursor, which needs a transaction: outside atomic the
        // stream takes a connection of its own, so that ending its read transaction cannot roll
        // back the request's other statements; elsewhere it reads on the scope's connection
        for (String backend : TestDatabases.BACKENDS) {
            rows.add(Arguments.of(backend, "a streamed query in a scope", (Supplier<Object>) () -> scope(() -> {
                Owner.objects.create("name", "s");
                try (Stream<Owner> stream = Owner.objects.all().iterator(10)) {
                    return stream.map(o -> o.name).toList();
                }
            }), List.of("s"), backend.equals("postgresql") ? 2 : 1));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void connectionScope(String backend, String name, Supplier<Object> body, Object result, int borrows) {
        TestDatabases.run(backend, () -> {
            Database db = Databases.current().defaultDatabase();
            Owner.objects.all().delete();
            AtomicInteger count = counter(db);
            int before = count.get();
            try {
                assertThat(body.get()).as(name).isEqualTo(result);
                assertThat(count.get() - before).as(name + ": borrows").isEqualTo(borrows);
                assertThat(pool(db).getHikariPoolMXBean().getActiveConnections()).as(name + ": still borrowed").isZero();
            } finally {
                Owner.objects.all().delete();
            }
        });
    }

    @Test
    void anExhaustedPoolStillTimesOutNamingTheDatabase(@TempDir Path dir) throws Exception {
        try (Database db = Database.connect("small", "sqlite:///" + dir.resolve("small.sqlite3"),
                new Database.Options(1, Duration.ofMillis(250)))) {
            Databases dbs = Databases.of(db);
            Throwable[] other = new Throwable[1];
            dbs.run(() -> Databases.connectionScope(() -> {
                db.query(dev.quintet.db.Sql.of("SELECT 1"));
                Thread t = Thread.ofVirtual().start(() -> {
                    try {
                        dbs.run(() -> db.query(dev.quintet.db.Sql.of("SELECT 1")));
                    } catch (Throwable e) {
                        other[0] = e;
                    }
                });
                join(t);
                return null;
            }));
            assertThat(other[0]).isInstanceOf(OperationalError.class)
                    .hasMessageStartingWith("Could not get a connection to database 'small' (sqlite at ")
                    .hasMessageContaining("within 250 ms");
            assertThat(dbs.call(() -> db.query(dev.quintet.db.Sql.of("SELECT 1 AS one")))).containsExactly(Map.of("one", 1));
        }
    }

    @Test
    void aScopeBorrowsLazilyAndFailsWhenThePoolIsExhausted(@TempDir Path dir) {
        try (Database db = Database.connect("tiny", "sqlite:///" + dir.resolve("tiny.sqlite3"),
                new Database.Options(1, Duration.ofMillis(250)))) {
            try (var held = db.borrow()) {
                assertThat(Databases.connectionScope(() -> "no statement, no borrow")).isNotEmpty();
                assertThatThrownBy(() -> Databases.connectionScope(() -> db.query(dev.quintet.db.Sql.of("SELECT 1"))))
                        .isInstanceOf(OperationalError.class).hasMessageContaining("'tiny'");
                assertThat(held.isClosed()).isFalse();
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HikariDataSource pool(Database db) {
        return (HikariDataSource) db.dataSource();
    }

    /** The number of connections the pool of {@code db} has handed out, counted from the first call. */
    private static AtomicInteger counter(Database db) {
        return BORROWS.computeIfAbsent(db, d -> {
            AtomicInteger n = new AtomicInteger();
            pool(d).setMetricsTrackerFactory((poolName, stats) -> new IMetricsTracker() {
                @Override
                public void recordConnectionAcquiredNanos(long elapsed) {
                    n.incrementAndGet();
                }
            });
            return n;
        });
    }
}
