package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.Sql;
import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.FieldError;
import dev.quintet.db.models.IntegerField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.quintet.db.migrations.Migration.dep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data migration reads and writes rows through {@code ctx.objects(app, model)}, the model as the migrations define
 * it at that point (a later migration renames the field it uses), forwards and backwards on every back end.
 */
class HistoricalModelTest {
    static final RunJava SEED = new RunJava(ctx -> {
        HistoricalModel owners = ctx.objects("shop", "owner");
        HistoricalModel items = ctx.objects("shop", "item");
        owners.create(Map.of("name", "ann"));
        Object ann = owners.filter("name", "ann").all().getFirst().get("id");
        items.create(Map.of("name", "a", "owner", ann));
        items.create(Map.of("name", "b"));
        assertThat(items.filter("name", "a").update(Map.of("qty", 5))).isEqualTo(1);
        assertThat(items.count()).isEqualTo(2);
        assertThat(items.filter("owner", null).all()).extracting(r -> r.get("name")).containsExactly("b");
        assertThat(items.filter("owner_id", ann).all()).singleElement().satisfies(r ->
                assertThat(((Number) r.get("qty")).intValue()).isEqualTo(5));
        assertThatThrownBy(() -> items.update(Map.of("amount", 1))).isInstanceOf(FieldError.class).hasMessageContaining("amount");
    }, ctx -> {
        assertThat(ctx.objects("shop", "item").delete()).isEqualTo(2);
        ctx.objects("shop", "owner").delete();
    });

    static final List<Migration> MIGRATIONS = List.of(
            new Migration("shop", "0001_initial", List.of(), List.of(
                    new CreateModel(ModelState.of("shop", "owner", List.of(BigAutoField.of().named("id"), CharField.maxLength(20).named("name")))),
                    new CreateModel(ModelState.of("shop", "item", List.of(BigAutoField.of().named("id"), CharField.maxLength(20).named("name"),
                            IntegerField.of().withDefault(1).named("qty"), RelationField.foreignKey("shop.owner").nullable().named("owner")))))),
            new Migration("shop", "0002_seed", List.of(dep("shop", "0001_initial")), List.of(SEED)),
            new Migration("shop", "0003_rename_qty", List.of(dep("shop", "0002_seed")), List.of(new RenameField("item", "qty", "amount"))));

    static Stream<String> backends() {
        return MigrationDatabases.BACKENDS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void dataMigrationSeesTheModelOfItsTime(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            MigrationExecutor ex = new MigrationExecutor(db, new MigrationGraph(MIGRATIONS), new PrintWriter(new StringWriter()));
            ex.migrate(null, null, MigrationExecutor.Options.DEFAULT);
            assertThat(db.query(Sql.of("SELECT name, amount FROM shop_item ORDER BY name")))
                    .extracting(r -> r.get("name") + "=" + r.get("amount")).containsExactly("a=5", "b=1");
            ex.migrate("shop", "0001", MigrationExecutor.Options.DEFAULT);
            assertThat(db.query(Sql.of("SELECT id FROM shop_item"))).isEmpty();
            assertThat(db.query(Sql.of("SELECT id FROM shop_owner"))).isEmpty();
        }
    }
}
