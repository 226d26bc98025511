package dev.quintet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.apps.App;
import dev.quintet.cli.shop.Item;
import dev.quintet.conf.Settings;
import dev.quintet.db.migrations.CreateModel;
import dev.quintet.db.migrations.Migration;
import dev.quintet.db.migrations.MigrationIndex;
import dev.quintet.db.migrations.ModelState;
import dev.quintet.db.models.Model;
import dev.quintet.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** makemigrations, migrate, showmigrations and sqlmigrate through the CLI, on SQLite. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationCommandsTest {
    record ShopApp(MigrationIndex migrations, Path migrationsSourceDir) implements App {
        @Override
        public String label() {
            return "shop";
        }

        @Override
        public List<Class<? extends Model>> models() {
            return List.of(Item.class);
        }
    }

    record Outcome(int code, String out, String err) {
    }

    static Path src;
    static Path db;

    @BeforeAll
    static void dirs() throws Exception {
        src = Files.createTempDirectory("quintet-cli-src");
        db = Files.createTempDirectory("quintet-cli-db").resolve("db.sqlite3");
    }

    static Outcome run(MigrationIndex index, String... args) {
        return run(List.of(new ShopApp(index, src)), args);
    }

    static Outcome run(List<App> apps, String... args) {
        Site site = Site.of("shop", Settings.builder().installedApps(apps.toArray(App[]::new)).databaseUrl("sqlite:///" + db).build(),
                s -> r -> new HttpResponse("hi"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Quintet.execute(site, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The index the written M0001_initial amounts to, built by hand (the ORM tests compile generated files). */
    static final MigrationIndex WRITTEN = () -> List.of(new Migration("shop", "0001_initial", List.of(),
            List.of(new CreateModel(ModelState.from(Item.objects.meta())))));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("check without migrations fails", MigrationIndex.none(), new String[] {"makemigrations", "--check"}, 1,
                        List.of("Migrations for 'shop':", "- Create model item")),
                Arguments.of("dry run prints the source", MigrationIndex.none(), new String[] {"makemigrations", "--dry-run"}, 0,
                        List.of("public final class M0001_initial extends Migration", "CharField.maxLength(40).named(\"name\")")),
                Arguments.of("check with migrations passes", WRITTEN, new String[] {"makemigrations", "--check"}, 0, List.of("No changes detected")),
                Arguments.of("empty needs an app", WRITTEN, new String[] {"makemigrations", "--empty"}, 1,
                        List.of("CommandError: You must supply at least one app label when using --empty.")),
                Arguments.of("unknown app", WRITTEN, new String[] {"makemigrations", "nope"}, 1,
                        List.of("CommandError: App 'nope' could not be found. Is it in installed apps?")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Order(1)
    void makemigrations(String name, MigrationIndex index, String[] args, int code, List<String> output) {
        Outcome o = run(index, args);
        assertThat(o.code()).as(o.err()).isEqualTo(code);
        assertThat(o.out() + o.err()).contains(output);
        assertThat(src.resolve("dev/quintet/cli/shop/migrations")).doesNotExist();
    }

    @Test
    @Order(2)
    void makemigrationsWritesTheFileAndIndex() {
        Outcome o = run(MigrationIndex.none(), "makemigrations", "shop");
        assertThat(o.code()).as(o.err()).isZero();
        Path dir = src.resolve("dev/quintet/cli/shop/migrations");
        assertThat(dir.resolve("M0001_initial.java")).content().contains("package dev.quintet.cli.shop.migrations;", "new CreateModel(");
        assertThat(dir.resolve("Migrations.java")).content().contains("new M0001_initial()");
    }

    @Test
    @Order(3)
    void migrateShowSqlAndBack() {
        assertThat(run(WRITTEN, "showmigrations").out()).isEqualTo("shop\n [ ] 0001_initial\n");
        assertThat(run(WRITTEN, "sqlmigrate", "shop", "0001").out()).startsWith("CREATE TABLE \"shop_item\"");
        assertThat(run(WRITTEN, "migrate", "--plan").out()).contains("shop.0001_initial", "Create model item");
        Outcome applied = run(WRITTEN, "migrate");
        assertThat(applied.out()).as(applied.err()).containsPattern("Applying shop\\.0001_initial\\.\\.\\. OK \\(\\d+\\.\\d{3}s\\)");
        assertThat(run(WRITTEN, "showmigrations", "shop").out()).isEqualTo("shop\n [X] 0001_initial\n");
        assertThat(run(WRITTEN, "migrate", "shop", "zero").out()).contains("Unapplying shop.0001_initial... OK");
        Outcome bad = run(WRITTEN, "migrate", "shop", "0009");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("Cannot find a migration matching '0009' from app 'shop'.");
    }

    static Stream<Arguments> showmigrationsCases() {
        return Stream.of(
                Arguments.of("every installed app, alphabetically, one without migrations", new String[] {"showmigrations"}, 0,
                        "pages\n (no migrations)\nshop\n [ ] 0001_initial\n"),
                Arguments.of("an app without migrations by name", new String[] {"showmigrations", "pages"}, 0, "pages\n (no migrations)\n"),
                Arguments.of("named apps in the given order", new String[] {"showmigrations", "shop", "pages"}, 0,
                        "shop\n [ ] 0001_initial\npages\n (no migrations)\n"),
                Arguments.of("an unknown app", new String[] {"showmigrations", "nope"}, 1, "No installed app with label 'nope'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("showmigrationsCases")
    @Order(4)
    void showmigrationsListsEveryInstalledApp(String name, String[] args, int code, String output) {
        Outcome o = run(List.of(new ShopApp(WRITTEN, src), App.of("pages")), args);
        assertThat(o.code()).as(o.err()).isEqualTo(code);
        assertThat(code == 0 ? o.out() : o.err()).contains(output);
        if (code == 0) {
            assertThat(o.out()).isEqualTo(output);
        }
    }

    /** An index whose migration calls the item's name field "label", as before a rename. */
    static final MigrationIndex BEFORE_RENAME = () -> List.of(new Migration("shop", "0001_initial", List.of(),
            List.of(new CreateModel(ModelState.of("shop", "item", List.of(dev.quintet.db.models.BigAutoField.of().verboseName("ID").named("id"),
                    dev.quintet.db.models.CharField.maxLength(40).named("label")))))));

    static Stream<Arguments> renameCases() {
        return Stream.of(
                Arguments.of("--rename makes it a rename", new String[] {"makemigrations", "--dry-run", "--no-input", "--rename=shop.item.label:name"}, 0,
                        "- Rename field label on item to name"),
                Arguments.of("without --rename it is not, and the new field needs a default", new String[] {"makemigrations", "--dry-run", "--no-input"}, 1,
                        "It is impossible to add a non-nullable field 'name' to item"),
                Arguments.of("a malformed --rename", new String[] {"makemigrations", "--no-input", "--rename=label"}, 1,
                        "--rename expects APP.MODEL[.FIELD]:NEW, got 'label'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renameCases")
    @Order(5)
    void renamesAreDeclaredWhenNotInteractive(String name, String[] args, int code, String output) {
        Outcome o = run(BEFORE_RENAME, args);
        assertThat(o.code()).as(o.err()).isEqualTo(code);
        assertThat(o.out() + o.err()).contains(output);
    }

    static Stream<Arguments> helpCases() {
        return Stream.of(
                Arguments.of(new String[] {"help"}, "makemigrations   Creates new migrations based on the changes detected to your models."),
                Arguments.of(new String[] {"help"}, "migrate          Updates database schema. Manages both apps with migrations and those without."),
                Arguments.of(new String[] {"help"}, "sqlmigrate       Prints the SQL statements for the named migration."),
                Arguments.of(new String[] {"help"}, "showmigrations   Shows all available migrations for the current project."),
                Arguments.of(new String[] {"help", "migrate"}, "--fake-initial"),
                Arguments.of(new String[] {"help", "makemigrations"}, "--rename=APP.MODEL[.FIELD]:NEW"),
                Arguments.of(new String[] {"help", "sqlmigrate"}, "--backwards"));
    }

    @ParameterizedTest(name = "{0} shows {1}")
    @MethodSource("helpCases")
    @Order(6)
    void theCommandsHaveHelp(String[] args, String expected) {
        Outcome o = run(WRITTEN, args);
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains(expected);
    }
}
