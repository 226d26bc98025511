package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.IntegrityError;
import dev.quintet.db.Sql;
import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.Q;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

import static dev.quintet.db.migrations.Migration.dep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Index and constraint operations on every back end, on a table holding rows: a CHECK constraint is added and
 * removed (on SQLite by rebuilding the table), and a later rebuild of the table (AlterField) keeps the check, the
 * unique constraint, the unique column and the declared index.
 */
class ModelItemOperationTest {
    static final ModelState ITEM = new ModelState("shop", "item", List.of(BigAutoField.of().named("id"),
            CharField.maxLength(20).named("name"), CharField.maxLength(10).unique().named("code"), IntegerField.of().named("qty")),
            null, List.of(), List.of(), List.of(Index.of("shop_item_qty_idx", "qty")), List.of(Constraint.unique("shop_item_name_uniq", "name")));

    static final List<Migration> MIGRATIONS = List.of(
            new Migration("shop", "0001_initial", List.of(), List.of(new CreateModel(ITEM))),
            new Migration("shop", "0002_check", List.of(dep("shop", "0001_initial")),
                    List.of(new AddConstraint("item", Constraint.check("shop_item_qty_gte_0", Q.of("qty__gte", 0))))),
            new Migration("shop", "0003_alter_item_name", List.of(dep("shop", "0002_check")),
                    List.of(new AlterField("item", "name", CharField.maxLength(50)))),
            new Migration("shop", "0004_remove_check", List.of(dep("shop", "0003_alter_item_name")),
                    List.of(new RemoveConstraint("item", "shop_item_qty_gte_0"))));

    static Stream<String> backends() {
        return MigrationDatabases.BACKENDS.stream();
    }

    static void migrate(MigrationExecutor executor, String target) {
        executor.migrate("shop", target, MigrationExecutor.Options.DEFAULT);
    }

    static void insert(Database db, String name, String code, int qty) {
        db.execute(new Sql("INSERT INTO shop_item (name, code, qty) VALUES (?, ?, ?)", List.of(name, code, qty)));
    }

    static void refused(Database db, String name, String code, int qty) {
        assertThatThrownBy(() -> insert(db, name, code, qty)).as(name + "/" + code + "/" + qty).isInstanceOf(IntegrityError.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void checkIsAddedRemovedAndSurvivesARebuild(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            MigrationExecutor executor = new MigrationExecutor(db, new MigrationGraph(MIGRATIONS), new PrintWriter(new StringWriter()));
            migrate(executor, "0001");
            insert(db, "a", "A", 5);
            insert(db, "before", "B", -1);
            db.execute(Sql.of("DELETE FROM shop_item WHERE qty < 0"));

            migrate(executor, "0002");
            refused(db, "neg", "N", -1);
            insert(db, "b", "C", 0);

            migrate(executor, "0003");
            assertThat(db.query(Sql.of("SELECT name FROM shop_item ORDER BY name"))).extracting(r -> r.get("name")).containsExactly("a", "b");
            refused(db, "neg", "N", -1);
            refused(db, "a", "D", 1);
            refused(db, "c", "A", 1);
            insert(db, "a name longer than twenty", "E", 1);
            assertThat(MigrationDatabases.indexes(db, "shop_item")).contains("shop_item_qty_idx");

            migrate(executor, "0004");
            assertThatCode(() -> insert(db, "neg", "N", -1)).doesNotThrowAnyException();
            refused(db, "neg", "O", 1);

            // back to 20 characters: the long name goes first (MariaDB refuses to truncate it)
            db.execute(Sql.of("DELETE FROM shop_item WHERE qty < 0 OR code = 'E'"));
            migrate(executor, "0001");
            assertThatCode(() -> insert(db, "back", "F", -2)).doesNotThrowAnyException();
            refused(db, "back", "G", 1);
            assertThat(executor.applied()).containsExactly("shop.0001_initial");
        }
    }
}
