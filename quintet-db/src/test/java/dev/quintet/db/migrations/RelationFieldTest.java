package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.Sql;
import dev.quintet.db.migrations.library.Book;
import dev.quintet.db.migrations.library.Shelf;
import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.OneToOneField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Migrations do not depend on model classes: relations are recorded by label, the files makemigrations writes
 * compile without the models, and deleting a model class leaves the old migrations runnable both ways. Files in the
 * earlier class-based form still load, into the same state.
 */
class RelationFieldTest {
    static GeneratedSources sources;
    static MigrationGraph graph;

    static MakeMigrations maker(ClassLoader loader, List<ModelState> models) {
        return new MakeMigrations(List.of(new MakeMigrations.AppInfo("library", models,
                GeneratedSources.index(loader, "library.migrations"), sources.root, "library.migrations")),
                Questioner.nonInteractive(java.util.Map.of()), new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-01-02T03:04:00Z"), ZoneOffset.UTC));
    }

    static final MakeMigrations.Options ALL = new MakeMigrations.Options(Set.of(), false, false, false, null);

    @BeforeAll
    static void writeThenDeleteTheShelfModel() throws Exception {
        sources = new GeneratedSources();
        maker(sources.compile(false), List.of(ModelState.from(Book.objects.meta()), ModelState.from(Shelf.objects.meta()))).run(ALL);
        // the Shelf class leaves the app's model list; the migrations are compiled without any test model class
        maker(sources.compile(false), List.of(ModelState.from(Book.objects.meta()))).run(ALL);
        ClassLoader loader = sources.compile(false);
        graph = maker(loader, List.of(ModelState.from(Book.objects.meta()))).graph();
    }

    @Test
    void generatedMigrationsNameNoModelClass() {
        assertThat(graph.fullPlan()).extracting(Migration::name).containsExactly("0001_initial", "0002_delete_shelf");
        String initial = sources.read("library.migrations", "M0001_initial");
        assertThat(initial).contains("RelationField.foreignKey(\"library.book\").nullable().named(\"favourite\")",
                "RelationField.manyToMany(\"library.book\").named(\"books\")").doesNotContain(".class");
    }

    static Stream<String> backends() {
        return MigrationDatabases.BACKENDS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void oldMigrationsRunBothWaysAfterTheModelClassIsDeleted(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            MigrationExecutor ex = new MigrationExecutor(db, graph, new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            ex.migrate("library", "0001", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.tables(db)).contains("library_book", "library_shelf", "library_shelf_books");
            assertThat(MigrationDatabases.columns(db, "library_shelf")).containsExactlyInAnyOrder("id", "name", "favourite_id?");
            assertThat(MigrationDatabases.columns(db, "library_shelf_books")).containsExactlyInAnyOrder("id", "shelf_id", "book_id");
            db.execute(Sql.of("INSERT INTO library_book (id, title) VALUES (1, 'Dune')"));
            db.execute(Sql.of("INSERT INTO library_shelf (id, name, favourite_id) VALUES (1, 'top', 1)"));
            db.execute(Sql.of("INSERT INTO library_shelf_books (shelf_id, book_id) VALUES (1, 1)"));

            ex.migrate(null, null, MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.tables(db)).contains("library_book").doesNotContain("library_shelf", "library_shelf_books");
            ex.migrate("library", "0001", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.columns(db, "library_shelf_books")).containsExactlyInAnyOrder("id", "shelf_id", "book_id");
            db.execute(Sql.of("INSERT INTO library_shelf (id, name, favourite_id) VALUES (2, 'again', 1)"));
            ex.migrate("library", "zero", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.tables(db)).noneMatch(t -> t.startsWith("library_"));
            ex.migrate(null, null, MigrationExecutor.Options.DEFAULT);
            assertThat(ex.applied()).containsExactly("library.0001_initial", "library.0002_delete_shelf");
        }
    }

    static Stream<Arguments> classForms() {
        return Stream.of(
                arguments("foreign key", ForeignKey.to(Book.class).onDelete(OnDelete.PROTECT).nullable(),
                        RelationField.foreignKey("library.book").onDelete(OnDelete.PROTECT).nullable()),
                arguments("one-to-one", OneToOneField.to(Book.class).noDbConstraint(), RelationField.oneToOne("library.Book").noDbConstraint()),
                arguments("many-to-many", ManyToManyField.to(Book.class).dbTable("shelf_links"),
                        RelationField.manyToMany("library.book").dbTable("shelf_links")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classForms")
    void theClassBasedFormOfEarlierFilesLoadsIntoTheSameState(String name, dev.quintet.db.models.Field<?> byClass, RelationField byLabel) {
        ModelState old = ModelState.of("library", "shelf", List.of(BigAutoField.of().named("id"), byClass.named("rel")));
        ModelState now = ModelState.of("library", "shelf", List.of(BigAutoField.of().named("id"), byLabel.named("rel")));
        assertThat(old.sameAs(now)).isTrue();
        assertThat(old.field("rel")).isEqualTo(now.field("rel"));
        assertThat(new AddField("shelf", "rel", byClass).field()).isEqualTo(byLabel.named("rel"));
    }

    static Stream<Arguments> badTargets() {
        return Stream.of(arguments("no app", "book"), arguments("empty model", "library."), arguments("three parts", "a.b.c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTargets")
    void aTargetIsAnAppDotModelLabel(String name, String label) {
        assertThatThrownBy(() -> RelationField.foreignKey(label)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A relation in a migration names its target as \"app.model\", not '" + label + "'");
    }

    @Test
    void aTargetMissingFromTheStateIsNamedWhenTheSchemaNeedsIt() {
        ProjectState state = ProjectState.of(List.of(ModelState.of("library", "shelf", List.of(BigAutoField.of().named("id"),
                CharField.maxLength(3).named("name"), RelationField.foreignKey("library.book").named("favourite")))));
        assertThatThrownBy(() -> ((RelationField) state.get("library", "shelf").field("favourite")).referencedTable())
                .isInstanceOf(MigrationError.class)
                .hasMessage("Field 'favourite' refers to library.book, which is not in the migration state (does the migration depend on the migration that creates it?)");
    }
}
