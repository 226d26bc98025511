package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.IntegrityError;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.Sql;
import dev.quintet.db.migrations.people.Author;
import dev.quintet.db.migrations.people.Tag;
import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.SlugField;
import dev.quintet.db.models.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evolves the "blog" app through thirteen model changes: makemigrations writes each migration as Java into a temp
 * source root, the test compiles and loads it, checks the round trip, then migrates every back end step by step,
 * checking the schema by JDBC introspection and the data by query, back to zero and forward again.
 */
class EvolutionTest {
    /** One evolution step: the change, the questioner's answers, the expected name and what the schema shows. */
    record Step(String name, UnaryOperator<Blog> change, Map<String, String> renames, Map<String, Object> defaults,
                Consumer<Database> check) {
    }

    /** The blog app's models at one point. */
    record Blog(ModelState post, ModelState draft) {
        List<ModelState> states() {
            return draft == null ? List.of(post) : List.of(post, draft);
        }

        Blog post(UnaryOperator<ModelState> f) {
            return new Blog(f.apply(post), draft);
        }
    }

    static Field<?> id() {
        return BigAutoField.of().verboseName("ID").named("id");
    }

    static Field<?> f(String name, Field<?> f) {
        return f.named(name);
    }

    static final String UT = SchemaEditor.name("blog_post", List.of("headline", "views"), "_uniq");

    static List<Step> steps() {
        return List.of(
                new Step("0001_initial", b -> b, Map.of(), Map.of(), db -> {
                    assertThat(MigrationDatabases.tables(db)).contains("blog_post", "blog_draft", "people_author", "people_tag");
                    assertThat(MigrationDatabases.columns(db, "blog_post")).containsExactlyInAnyOrder("id", "title");
                }),
                new Step("0002_post_slug_post_views", b -> b.post(p -> p.plusField(f("slug", SlugField.maxLength(50).nullable().unique()))
                        .plusField(f("views", IntegerField.of().withDefault(0)))), Map.of(), Map.of(), db -> {
                    assertThat(MigrationDatabases.columns(db, "blog_post")).containsExactlyInAnyOrder("id", "title", "slug?", "views");
                    db.execute(Sql.of("INSERT INTO blog_post (title, slug, views) VALUES ('Hello', 'hello', 5)"));
                }),
                new Step("0003_alter_post_title", b -> b.post(p -> p.replaceField("title", f("title", CharField.maxLength(200)))), Map.of(), Map.of(), db ->
                        db.execute(Sql.of("UPDATE blog_post SET title = ? WHERE id = 1", "Hello " + "x".repeat(150)))),
                new Step("0004_rename_title_post_headline", b -> b.post(p -> p.replaceField("title", f("headline", CharField.maxLength(200)))),
                        Map.of("blog.post.title", "headline"), Map.of(), db -> {
                    assertThat(MigrationDatabases.columns(db, "blog_post")).contains("headline").doesNotContain("title");
                    assertThat(scalar(db, "SELECT headline FROM blog_post")).isEqualTo("Hello " + "x".repeat(150));
                }),
                new Step("0005_post_body_post_author", b -> b.post(p -> p.plusField(f("body", TextField.of()))
                        .plusField(f("author", ForeignKey.to(Author.class).onDelete(OnDelete.SET_NULL).nullable()))),
                        Map.of(), Map.of("blog.post.body", "(empty)"), db -> {
                    assertThat(MigrationDatabases.columns(db, "blog_post")).contains("author_id?", "body");
                    assertThat(scalar(db, "SELECT body FROM blog_post")).isEqualTo("(empty)");
                }),
                new Step("0006_post_post_views_idx", b -> b.post(p -> p.withIndexes(List.of(Index.of("post_views_idx", "-views")))), Map.of(), Map.of(), db ->
                        assertThat(MigrationDatabases.indexes(db, "blog_post")).contains("post_views_idx")),
                new Step("0007_post_post_headline_author_uniq", b -> b.post(p -> p.withConstraints(List.of(
                        Constraint.unique("post_headline_author_uniq", "headline", "author")))), Map.of(), Map.of(), db ->
                        assertThat(MigrationDatabases.indexes(db, "blog_post")).contains("post_headline_author_uniq")),
                new Step("0008_alter_post_unique_together", b -> b.post(p -> p.withUniqueTogether(List.of(List.of("headline", "views")))),
                        Map.of(), Map.of(), db -> assertThat(MigrationDatabases.indexes(db, "blog_post")).contains(UT)),
                new Step("0009_post_tags", b -> b.post(p -> p.plusField(f("tags", ManyToManyField.to(Tag.class)))), Map.of(), Map.of(), db -> {
                    assertThat(MigrationDatabases.columns(db, "blog_post_tags")).contains("post_id", "tag_id");
                    // the first time a link is made; back here from 0013, it survived the renames both ways
                    if (db.query(Sql.of("SELECT post_id FROM blog_post_tags")).isEmpty()) {
                        db.execute(Sql.of("INSERT INTO people_tag (id, label) VALUES (3, 'java')"));
                        db.execute(Sql.of("INSERT INTO blog_post_tags (post_id, tag_id) VALUES (1, 3)"));
                    }
                    assertThat(scalar(db, "SELECT post_id FROM blog_post_tags WHERE tag_id = 3").toString()).isEqualTo("1");
                    assertThatThrownBy(() -> db.execute(Sql.of("INSERT INTO blog_post_tags (post_id, tag_id) VALUES (99, 3)")))
                            .as("the join table's column references the post").isInstanceOf(IntegrityError.class);
                }),
                new Step("0010_rename_post_article", b -> new Blog(b.post().withName("article"), b.draft()), Map.of("blog.post", "article"), Map.of(), db -> {
                    assertThat(MigrationDatabases.tables(db)).contains("blog_article", "blog_article_tags").doesNotContain("blog_post", "blog_post_tags");
                    assertThat(scalar(db, "SELECT views FROM blog_article").toString()).isEqualTo("5");
                    assertThat(MigrationDatabases.columns(db, "blog_article_tags")).contains("article_id", "tag_id").doesNotContain("post_id");
                    assertThat(scalar(db, "SELECT article_id FROM blog_article_tags WHERE tag_id = 3").toString()).isEqualTo("1");
                    assertThatThrownBy(() -> db.execute(Sql.of("INSERT INTO blog_article_tags (article_id, tag_id) VALUES (99, 3)")))
                            .isInstanceOf(IntegrityError.class);
                }),
                new Step("0011_alter_article_table_alter_article_options", b -> b.post(p -> p.withDbTable("blog_articles").withOrdering(List.of("-views"))),
                        Map.of(), Map.of(), db -> {
                    assertThat(MigrationDatabases.tables(db)).contains("blog_articles", "blog_articles_tags").doesNotContain("blog_article");
                    assertThat(scalar(db, "SELECT a.views FROM blog_articles_tags t JOIN blog_articles a ON a.id = t.article_id").toString()).isEqualTo("5");
                }),
                new Step("0012_remove_article_slug", b -> b.post(p -> p.minusField("slug")), Map.of(), Map.of(), db -> {
                    assertThat(MigrationDatabases.columns(db, "blog_articles")).doesNotContain("slug?", "slug").contains("headline", "views", "body");
                    assertThat(MigrationDatabases.indexes(db, "blog_articles")).contains("post_views_idx");
                    assertThat(scalar(db, "SELECT body FROM blog_articles")).isEqualTo("(empty)");
                }),
                new Step("0013_delete_draft", b -> new Blog(b.post(), null), Map.of(), Map.of(), db ->
                        assertThat(MigrationDatabases.tables(db)).doesNotContain("blog_draft").contains("blog_articles")));
    }

    static Object scalar(Database db, String sql) {
        return db.query(Sql.of(sql)).get(0).values().iterator().next();
    }

    static final List<ModelState> PEOPLE = List.of(ModelState.from(Author.objects.meta()), ModelState.from(Tag.objects.meta()));
    static GeneratedSources sources;
    static MigrationGraph graph;
    static final List<String> written = new ArrayList<>();
    static final List<Blog> states = new ArrayList<>();

    static MakeMigrations maker(ClassLoader loader, Blog blog, Step step) {
        Questioner q = new Questioner() {
            @Override
            public boolean askRename(String app, String model, String oldName, String newName) {
                return newName.equals(step.renames().get(model == null ? app + "." + oldName : app + "." + model + "." + oldName));
            }

            @Override
            public Object askDefault(String app, String model, String field) {
                Object v = step.defaults().get(app + "." + model + "." + field);
                if (v == null) {
                    throw new MigrationError("no default for " + app + "." + model + "." + field);
                }
                return v;
            }
        };
        return new MakeMigrations(List.of(
                new MakeMigrations.AppInfo("people", PEOPLE, GeneratedSources.index(loader, "people.migrations"), sources.root, "people.migrations"),
                new MakeMigrations.AppInfo("blog", blog.states(), GeneratedSources.index(loader, "blog.migrations"), sources.root, "blog.migrations")),
                q, new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.fixed(Instant.parse("2026-01-02T03:04:00Z"), ZoneOffset.UTC));
    }

    static final MakeMigrations.Options ALL = new MakeMigrations.Options(Set.of(), false, false, false, null);
    static final MakeMigrations.Options CHECK = new MakeMigrations.Options(Set.of(), false, true, false, null);

    @BeforeAll
    static void makeMigrations() throws Exception {
        sources = new GeneratedSources();
        ClassLoader loader = sources.compile();
        Blog blog = new Blog(ModelState.of("blog", "post", List.of(id(), f("title", CharField.maxLength(100)))),
                ModelState.of("blog", "draft", List.of(id(), f("note", TextField.of()))));
        for (Step step : steps()) {
            blog = step.change().apply(blog);
            states.add(blog);
            List<MakeMigrations.Result> results = maker(loader, blog, step).run(ALL);
            results.stream().filter(r -> r.migration().app().equals("blog")).forEach(r -> written.add(r.migration().name()));
            loader = sources.compile();
            // round trip: the written files rebuild exactly the models' state, so nothing is left to detect
            assertThat(maker(loader, blog, step).run(CHECK)).as("changes left after " + step.name()).isEmpty();
        }
        graph = maker(loader, blog, steps().getLast()).graph();
    }

    @Test
    void namesFollowTheOperations() {
        assertThat(written).containsExactlyElementsOf(steps().stream().map(Step::name).toList());
        assertThat(graph.app("people")).extracting(Migration::name).containsExactly("0001_initial");
        assertThat(graph.get("blog.0005_post_body_post_author").dependencies())
                .containsExactly(new Dependency("blog", "0004_rename_title_post_headline"), new Dependency("people", "0001_initial"));
    }

    @Test
    void generatedSourceIsReadableJava() {
        assertThat(sources.read("blog.migrations", "M0002_post_slug_post_views")).contains(
                "super(\"blog\", \"0002_post_slug_post_views\", List.of(dep(\"blog\", \"0001_initial\"))",
                "new AddField(\"post\", \"slug\", SlugField.maxLength(50).nullable().unique())",
                "new AddField(\"post\", \"views\", IntegerField.of().withDefault(0))");
        assertThat(sources.read("blog.migrations", "M0005_post_body_post_author")).contains(
                "AddField.withOneOffDefault(\"post\", \"body\"", "TextField.of().withDefault(\"(empty)\")",
                "RelationField.foreignKey(\"people.author\").onDelete(OnDelete.SET_NULL).nullable()");
        // generated migrations name no model class: relations are by label
        for (String m : List.of("M0001_initial", "M0005_post_body_post_author", "M0009_post_tags")) {
            assertThat(sources.read("blog.migrations", m)).doesNotContain(".class", "people.Author", "people.Tag");
        }
        assertThat(sources.read("blog.migrations", "Migrations")).contains("new M0013_delete_draft()");
    }

    @Test
    void checkFailsWhenAModelChangedWithoutMigration() throws Exception {
        Blog last = states.getLast();
        Blog changed = last.post(p -> p.plusField(f("rating", IntegerField.of().nullable())));
        ClassLoader loader = sources.compile();
        assertThat(maker(loader, last, steps().getLast()).run(CHECK)).isEmpty();
        assertThat(maker(loader, changed, steps().getLast()).run(CHECK)).singleElement()
                .satisfies(r -> assertThat(r.migration().name()).isEqualTo("0014_article_rating"));
    }

    @Test
    void missingDefaultFailsNamingTheField() throws Exception {
        Blog changed = states.getLast().post(p -> p.plusField(f("score", IntegerField.of())));
        MakeMigrations m = new MakeMigrations(List.of(
                new MakeMigrations.AppInfo("people", PEOPLE, GeneratedSources.index(sources.compile(), "people.migrations"), null, "people.migrations"),
                new MakeMigrations.AppInfo("blog", changed.states(), GeneratedSources.index(sources.compile(), "blog.migrations"), null, "blog.migrations")),
                Questioner.nonInteractive(Map.of()), new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC());
        assertThatThrownBy(() -> m.run(CHECK)).isInstanceOf(MigrationError.class).hasMessageContaining("blog.article.score");
    }

    static Stream<String> backends() {
        return MigrationDatabases.BACKENDS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void migrateStepByStepThenZeroAndForward(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            MigrationExecutor ex = new MigrationExecutor(db, graph, new PrintWriter(buf, true, StandardCharsets.UTF_8));
            ex.migrate("people", null, MigrationExecutor.Options.DEFAULT);
            assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Applying people.0001_initial... OK");
            for (Step step : steps()) {
                ex.migrate("blog", step.name(), MigrationExecutor.Options.DEFAULT);
                step.check().accept(db);
            }
            assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Applying people.0001_initial... OK (", "Applying blog.0013_delete_draft... OK (");
            ex.migrate("blog", "0009", MigrationExecutor.Options.DEFAULT);
            steps().get(8).check().accept(db);
            db.execute(Sql.of("DELETE FROM blog_post_tags"));
            db.execute(Sql.of("DELETE FROM blog_post"));     // a 150-character title would not fit varchar(100) again
            ex.migrate("blog", "zero", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.tables(db)).noneMatch(t -> t.startsWith("blog_")).contains("people_author");
            assertThat(ex.applied()).containsExactly("people.0001_initial");
            ex.migrate(null, null, MigrationExecutor.Options.DEFAULT);
            steps().getLast().check().accept(db);
            assertThat(ex.applied()).hasSize(14);
        }
    }
}
