package dev.quintet.core.handlers;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import dev.quintet.conf.Settings;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.Sql;
import dev.quintet.db.Transaction;
import dev.quintet.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One database connection per request: the pool hands out (counted by a HikariCP metrics tracker)
 * one connection for all the statements of a request, none for a request without statements, and
 * has it back when the response is ready, whatever the view did.
 */
class BaseHandlerConnectionsTest {
    private static final AtomicInteger BORROWS = new AtomicInteger();
    private static Databases dbs;
    private static Database db;
    private static Fixture fixture;

    @BeforeAll
    static void setUp(@TempDir Path dir) {
        db = Database.connect("default", "sqlite:///" + dir.resolve("requests.db"));
        dbs = Databases.of(db);
        ((HikariDataSource) db.dataSource()).setMetricsTrackerFactory((name, stats) -> new IMetricsTracker() {
            @Override
            public void recordConnectionAcquiredNanos(long elapsed) {
                BORROWS.incrementAndGet();
            }
        });
        Settings settings = Settings.builder().rootUrlconf(urlpatterns(
                path("none/", request -> new HttpResponse("none"), "none"),
                path("three/", request -> new HttpResponse(select() + select() + select()), "three"),
                path("atomic/", request -> new HttpResponse(select() + Transaction.atomic(BaseHandlerConnectionsTest::select)),
                        "atomic"),
                path("fails/", request -> {
                    select();
                    throw new IllegalStateException("after a query");
                }, "fails"))).build();
        fixture = new Fixture(settings);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static String select() {
        return String.valueOf(db.query(Sql.of("SELECT 1 AS one")).getFirst().get("one"));
    }

    @ParameterizedTest(name = "{0}: status {1}, {2} borrowed")
    @CsvSource({
        "/none/, 200, 0",
        "/three/, 200, 1",
        "/atomic/, 200, 1",
        "/fails/, 500, 1",
    })
    void oneConnectionPerRequest(String path, int status, int borrows) {
        int before = BORROWS.get();
        HttpResponse response = dbs.call(() -> fixture.get(path));
        assertThat(response.status()).isEqualTo(status);
        assertThat(BORROWS.get() - before).as("connections borrowed").isEqualTo(borrows);
        assertThat(((HikariDataSource) db.dataSource()).getHikariPoolMXBean().getActiveConnections())
                .as("connections still out of the pool").isZero();
    }
}
