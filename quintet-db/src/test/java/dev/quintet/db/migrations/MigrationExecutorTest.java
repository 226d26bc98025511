package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.IntegerField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.quintet.db.migrations.Migration.dep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The executor on every back end: lock, fake, fake-initial, plan, failures, sqlmigrate; and the graph's errors. */
class MigrationExecutorTest {
    static final ModelState ITEM = ModelState.of("shop", "item", List.of(BigAutoField.of().named("id"), CharField.maxLength(20).named("name")));

    static Migration initial() {
        return new Migration("shop", "0001_initial", List.of(), List.of(new CreateModel(ITEM)));
    }

    static Migration second(Operation... ops) {
        return new Migration("shop", "0002_more", List.of(dep("shop", "0001_initial")), List.of(ops));
    }

    static Stream<String> backends() {
        return MigrationDatabases.BACKENDS.stream();
    }

    record Run(MigrationExecutor executor, ByteArrayOutputStream out) {
        String text() {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    static Run executor(Database db, Migration... migrations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new Run(new MigrationExecutor(db, new MigrationGraph(List.of(migrations)), new PrintWriter(out, true, StandardCharsets.UTF_8)), out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void twoConcurrentRunsApplyEachMigrationOnce(String backend) throws Exception {
        try (Database db = MigrationDatabases.fresh(backend)) {
            AtomicInteger ran = new AtomicInteger();
            Operation slow = new RunJava(ctx -> {
                ran.incrementAndGet();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, RunJava.NOOP);
            Migration m1 = initial();
            Migration m2 = second(slow, new AddField("item", "qty", IntegerField.of().withDefault(1)));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    Run r = executor(db, m1, m2);
                    start.await();
                    r.executor().migrate(null, null, MigrationExecutor.Options.DEFAULT);
                    return r.text();
                }));
            }
            start.countDown();
            String all = runs.get(0).get() + runs.get(1).get();
            pool.shutdown();
            assertThat(ran.get()).isEqualTo(1);
            assertThat(all.split("Applying shop.0002_more... OK", -1)).hasSize(2);
            assertThat(db.query(dev.quintet.db.Sql.of("SELECT name FROM quintet_migrations"))).hasSize(2);
            assertThat(MigrationDatabases.columns(db, "shop_item")).contains("qty");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void failureNamesTheOperationAndKeepsTheRecordTrue(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            Run r = executor(db, initial(), second(new CreateModel(ModelState.of("shop", "order", List.of(BigAutoField.of().named("id")))),
                    RunSQL.of("THIS IS NOT SQL")));
            assertThatThrownBy(() -> r.executor().migrate(null, null, MigrationExecutor.Options.DEFAULT))
                    .isInstanceOf(MigrationError.class)
                    .hasMessageStartingWith("shop.0002_more: operation 2 (Raw SQL operation) failed: ");
            assertThat(r.executor().applied()).containsExactly("shop.0001_initial");
            // PostgreSQL and SQLite roll the DDL back; MariaDB commits each DDL statement
            assertThat(MigrationDatabases.tables(db).contains("shop_order")).isEqualTo(backend.equals("mysql"));
            assertThat(r.text()).contains("Applying shop.0001_initial... OK").doesNotContain("0002_more... OK");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void fakePlanAndFakeInitial(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            Run r = executor(db, initial(), second(new AddField("item", "qty", IntegerField.of().withDefault(1))));
            r.executor().migrate(null, null, new MigrationExecutor.Options(false, false, true));
            assertThat(r.text()).contains("Planned operations:", "shop.0001_initial", "    Create model item", "    Add field qty to item");
            assertThat(r.executor().applied()).isEmpty();

            r.executor().migrate("shop", "0001", MigrationExecutor.Options.DEFAULT);
            db.execute(dev.quintet.db.Sql.of("DELETE FROM quintet_migrations"));
            r.executor().migrate("shop", "0001", new MigrationExecutor.Options(false, true, false));
            assertThat(r.text()).contains("Applying shop.0001_initial... FAKED");

            r.executor().migrate(null, null, new MigrationExecutor.Options(true, false, false));
            assertThat(r.executor().applied()).containsExactly("shop.0001_initial", "shop.0002_more");
            assertThat(MigrationDatabases.columns(db, "shop_item")).doesNotContain("qty");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void sqlmigrateCollectsWithoutRunning(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            Migration second = second(new AddField("item", "qty", IntegerField.of().withDefault(1)));
            Run r = executor(db, initial(), second);
            List<String> sql = r.executor().sql(initial(), false);
            assertThat(sql).anySatisfy(s -> assertThat(s).startsWith("CREATE TABLE ").contains("shop_item"));
            assertThat(r.executor().sql(second, false)).anySatisfy(s -> assertThat(s).contains("ADD COLUMN").contains("qty"));
            assertThat(r.executor().sql(initial(), true)).anySatisfy(s -> assertThat(s).startsWith("DROP TABLE"));
            assertThat(MigrationDatabases.tables(db)).doesNotContain("shop_item");
            assertThat(r.executor().status()).isEqualTo(Map.of("shop", List.of(Map.entry("0001_initial", false), Map.entry("0002_more", false))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void runJavaSeesTheHistoricalModelAndReverses(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            RunJava seed = new RunJava(ctx -> {
                String table = ctx.model("shop", "item").dbTable();
                String column = ctx.model("shop", "item").field("name").column();
                ctx.update("INSERT INTO " + table + " (" + column + ") VALUES (?)", "seeded");
            }, ctx -> ctx.update("DELETE FROM " + ctx.model("shop", "item").dbTable()));
            Run r = executor(db, initial(), second(seed));
            r.executor().migrate(null, null, MigrationExecutor.Options.DEFAULT);
            assertThat(db.query(dev.quintet.db.Sql.of("SELECT name FROM shop_item"))).containsExactly(Map.of("name", "seeded"));
            r.executor().migrate("shop", "0001_initial", MigrationExecutor.Options.DEFAULT);
            assertThat(db.query(dev.quintet.db.Sql.of("SELECT name FROM shop_item"))).isEmpty();
            assertThat(r.text()).contains("Unapplying shop.0002_more... OK");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void irreversibleOperationStopsTheReverse(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            Run r = executor(db, initial(), second(RunSQL.of("UPDATE shop_item SET name = 'x'")));
            r.executor().migrate(null, null, MigrationExecutor.Options.DEFAULT);
            assertThatThrownBy(() -> r.executor().migrate("shop", "zero", MigrationExecutor.Options.DEFAULT))
                    .isInstanceOf(MigrationError.class).hasMessage("Operation Raw SQL operation in shop.0002_more is not reversible");
            assertThat(r.executor().applied()).containsExactly("shop.0001_initial", "shop.0002_more");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void alteringAReferencedTableKeepsRowsAndReferences(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            ModelState author = ModelState.from(dev.quintet.db.migrations.people.Author.objects.meta());
            Migration people = new Migration("people", "0001_initial", List.of(), List.of(new CreateModel(author)));
            Migration shop = new Migration("shop", "0001_initial", List.of(dep("people", "0001_initial")), List.of(new CreateModel(
                    ModelState.of("shop", "order", List.of(BigAutoField.of().named("id"),
                            dev.quintet.db.models.ForeignKey.to(dev.quintet.db.migrations.people.Author.class).named("author"))))));
            Migration widen = new Migration("people", "0002_alter_author_name", List.of(dep("people", "0001_initial")),
                    List.of(new AlterField("author", "name", CharField.maxLength(300))));
            Run r = executor(db, people, shop, widen);
            r.executor().migrate("shop", null, MigrationExecutor.Options.DEFAULT);
            db.execute(dev.quintet.db.Sql.of("INSERT INTO people_author (id, name) VALUES (7, 'Ada')"));
            db.execute(dev.quintet.db.Sql.of("INSERT INTO shop_order (author_id) VALUES (7)"));
            r.executor().migrate(null, null, MigrationExecutor.Options.DEFAULT);
            assertThat(r.text()).contains("Applying people.0002_alter_author_name... OK");
            assertThat(db.query(dev.quintet.db.Sql.of("SELECT a.name FROM shop_order o JOIN people_author a ON a.id = o.author_id")))
                    .containsExactly(Map.of("name", "Ada"));
            assertThatThrownBy(() -> db.execute(dev.quintet.db.Sql.of("INSERT INTO shop_order (author_id) VALUES (99)")))
                    .isInstanceOf(dev.quintet.db.IntegrityError.class);
        }
    }

    static Stream<Arguments> graphErrors() {
        Migration a = new Migration("x", "0001_a", List.of(dep("x", "0002_b")), List.of());
        Migration b = new Migration("x", "0002_b", List.of(dep("x", "0001_a")), List.of());
        Migration orphan = new Migration("x", "0003_c", List.of(dep("y", "0001_initial")), List.of());
        return Stream.of(
                arguments("cycle", List.of(a, b), "Circular dependency between migrations: x.0001_a -> x.0002_b -> x.0001_a"),
                arguments("missing dependency", List.of(orphan), "Migration x.0003_c depends on nonexistent migration y.0001_initial"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphErrors")
    void graphErrorsNameTheMigrations(String name, List<Migration> migrations, String message) {
        assertThatThrownBy(() -> new MigrationGraph(migrations)).isInstanceOf(MigrationError.class).hasMessage(message);
    }
}
