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
import dev.quintet.db.models.TextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.quintet.db.migrations.Migration.dep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every operation as a table, on every back end: its state change, what the database shows after applying it, and
 * after unapplying it again (the schema as before).
 */
class OperationTest {
    static final ModelState TAG = ModelState.of("blog", "tag", List.of(BigAutoField.of().named("id"), CharField.maxLength(20).named("label")));
    static final ModelState AUTHOR = ModelState.of("blog", "author", List.of(BigAutoField.of().named("id")));
    static final ModelState POST = new ModelState("blog", "post", List.of(BigAutoField.of().named("id"), CharField.maxLength(20).named("title"),
            IntegerField.of().withDefault(0).named("views"), IntegerField.of().nullable().named("extra"),
            RelationField.foreignKey("blog.author").nullable().named("author")),
            null, List.of(), List.of(), List.of(Index.of("post_views_idx", "views")), List.of(Constraint.unique("post_title_uniq", "title")));

    /**
     * One operation.
     *
     * @param op       the operation
     * @param state    what its state change shows ({@code blog.post} after it)
     * @param forward  what the database shows once applied
     * @param backward what it shows once unapplied
     */
    record Case(Operation op, Consumer<ProjectState> state, Consumer<Database> forward, Consumer<Database> backward) {
    }

    static Consumer<Database> tables(boolean present, String... names) {
        return db -> {
            if (present) {
                assertThat(MigrationDatabases.tables(db)).contains(names);
            } else {
                assertThat(MigrationDatabases.tables(db)).doesNotContain(names);
            }
        };
    }

    static Consumer<Database> columns(String table, List<String> present, List<String> absent) {
        return db -> {
            java.util.Set<String> cols = MigrationDatabases.columns(db, table);
            assertThat(cols).containsAll(present);
            absent.forEach(a -> assertThat(cols).doesNotContain(a));
        };
    }

    static Consumer<Database> indexes(boolean present, String name) {
        return db -> {
            if (present) {
                assertThat(MigrationDatabases.indexes(db, "blog_post")).contains(name);
            } else {
                assertThat(MigrationDatabases.indexes(db, "blog_post")).doesNotContain(name);
            }
        };
    }

    /** Whether inserting these posts (title, views, extra) is refused; the rows are removed afterwards. */
    static Consumer<Database> inserting(boolean refused, Object[]... rows) {
        return db -> {
            Runnable insert = () -> {
                for (Object[] r : rows) {
                    db.execute(new Sql("INSERT INTO blog_post (title, views, extra) VALUES (?, ?, ?)", java.util.Arrays.asList(r)));
                }
            };
            if (refused) {
                assertThatThrownBy(insert::run).isInstanceOf(IntegrityError.class);
            } else {
                assertThatCode(insert::run).doesNotThrowAnyException();
            }
            db.execute(Sql.of("DELETE FROM blog_post"));
        };
    }

    /** Whether a post pointing at a missing row through {@code column} is refused, and one pointing at row 1 accepted. */
    static Consumer<Database> references(String column, String table) {
        return db -> {
            db.execute(Sql.of("INSERT INTO " + table + " (id) VALUES (1)"));
            assertThatThrownBy(() -> db.execute(Sql.of("INSERT INTO blog_post (title, views, extra, " + column + ") VALUES ('r', 0, 0, 99)")))
                    .isInstanceOf(IntegrityError.class);
            db.execute(Sql.of("INSERT INTO blog_post (title, views, extra, " + column + ") VALUES ('r', 0, 0, 1)"));
            db.execute(Sql.of("DELETE FROM blog_post"));
            db.execute(Sql.of("DELETE FROM " + table));
        };
    }

    static Consumer<Database> tagCount(int n) {
        return db -> assertThat(((Number) db.query(Sql.of("SELECT COUNT(*) AS n FROM blog_tag")).getFirst().values().iterator().next()).intValue()).isEqualTo(n);
    }

    static Consumer<ProjectState> post(Consumer<ModelState> check) {
        return s -> check.accept(s.get("blog", "post"));
    }

    static Object[] row(String title, int views, Integer extra) {
        return new Object[] {title, views, extra};
    }

    static Map<String, Case> cases() {
        Map<String, Case> m = new java.util.LinkedHashMap<>();
        m.put("CreateModel", new Case(new CreateModel(ModelState.of("blog", "memo", List.of(BigAutoField.of().named("id"), TextField.of().named("body")))),
                s -> assertThat(s.find("blog", "memo")).isNotNull(), tables(true, "blog_memo"), tables(false, "blog_memo")));
        m.put("DeleteModel", new Case(new DeleteModel("tag"), s -> assertThat(s.find("blog", "tag")).isNull(),
                tables(false, "blog_tag"), tables(true, "blog_tag")));
        m.put("RenameModel", new Case(new RenameModel("tag", "label"), s -> assertThat(s.find("blog", "label")).isNotNull(),
                tables(true, "blog_label").andThen(tables(false, "blog_tag")), tables(true, "blog_tag").andThen(tables(false, "blog_label"))));
        m.put("AddField", new Case(new AddField("post", "body", TextField.of().nullable()), post(p -> assertThat(p.field("body")).isNotNull()),
                columns("blog_post", List.of("body?"), List.of()), columns("blog_post", List.of(), List.of("body?", "body"))));
        m.put("RemoveField", new Case(new RemoveField("post", "extra"), post(p -> assertThat(p.field("extra")).isNull()),
                columns("blog_post", List.of(), List.of("extra?", "extra")), columns("blog_post", List.of("extra?"), List.of())));
        m.put("AlterField", new Case(new AlterField("post", "extra", IntegerField.of().withDefault(1)), post(p -> assertThat(p.field("extra").isNullable()).isFalse()),
                // on SQLite both ways rebuild the table: its foreign key, unique constraint and index survive
                columns("blog_post", List.of("extra"), List.of("extra?")).andThen(references("author_id", "blog_author"))
                        .andThen(inserting(true, row("a", 1, 1), row("a", 2, 2))).andThen(indexes(true, "post_views_idx")),
                columns("blog_post", List.of("extra?"), List.of("extra")).andThen(references("author_id", "blog_author"))
                        .andThen(inserting(true, row("a", 1, 1), row("a", 2, 2))).andThen(indexes(true, "post_views_idx"))));
        m.put("RenameField", new Case(new RenameField("post", "title", "headline"), post(p -> assertThat(p.field("headline")).isNotNull()),
                columns("blog_post", List.of("headline"), List.of("title")), columns("blog_post", List.of("title"), List.of("headline"))));
        m.put("RenameField (foreign key)", new Case(new RenameField("post", "author", "writer"), post(p -> assertThat(p.field("writer")).isNotNull()),
                columns("blog_post", List.of("writer_id?"), List.of("author_id?")).andThen(references("writer_id", "blog_author")),
                columns("blog_post", List.of("author_id?"), List.of("writer_id?")).andThen(references("author_id", "blog_author"))));
        m.put("AlterField (foreign key to another model)", new Case(new AlterField("post", "author", RelationField.foreignKey("blog.note").nullable()),
                post(p -> assertThat(((RelationField) p.field("author")).to()).isEqualTo("blog.note")),
                references("author_id", "blog_note"), references("author_id", "blog_author")));
        m.put("AddIndex", new Case(new AddIndex("post", Index.of("post_title_idx", "title")), post(p -> assertThat(p.indexes()).hasSize(2)),
                indexes(true, "post_title_idx"), indexes(false, "post_title_idx")));
        m.put("RemoveIndex", new Case(new RemoveIndex("post", "post_views_idx"), post(p -> assertThat(p.indexes()).isEmpty()),
                indexes(false, "post_views_idx"), indexes(true, "post_views_idx")));
        m.put("AddConstraint", new Case(new AddConstraint("post", Constraint.check("post_views_gte_0", Q.of("views__gte", 0))),
                post(p -> assertThat(p.constraints()).hasSize(2)), inserting(true, row("a", -1, null)).andThen(references("author_id", "blog_author")),
                inserting(false, row("a", -1, null)).andThen(references("author_id", "blog_author"))));
        m.put("RemoveConstraint", new Case(new RemoveConstraint("post", "post_title_uniq"), post(p -> assertThat(p.constraints()).isEmpty()),
                inserting(false, row("a", 1, null), row("a", 2, null)), inserting(true, row("a", 1, null), row("a", 2, null))));
        m.put("AlterUniqueTogether", new Case(new AlterUniqueTogether("post", List.of(List.of("views", "extra"))),
                post(p -> assertThat(p.uniqueTogether()).containsExactly(List.of("views", "extra"))),
                inserting(true, row("a", 1, 1), row("b", 1, 1)), inserting(false, row("a", 1, 1), row("b", 1, 1))));
        m.put("AlterModelTable", new Case(new AlterModelTable("post", "posts"), post(p -> assertThat(p.table()).isEqualTo("posts")),
                tables(true, "posts").andThen(tables(false, "blog_post")), tables(true, "blog_post").andThen(tables(false, "posts"))));
        m.put("AlterModelOptions", new Case(new AlterModelOptions("post", List.of("-views")), post(p -> assertThat(p.ordering()).containsExactly("-views")),
                tables(true, "blog_post"), tables(true, "blog_post")));
        m.put("RunSQL", new Case(RunSQL.of("INSERT INTO blog_tag (label) VALUES ('x')").reverse("DELETE FROM blog_tag WHERE label = 'x'"),
                s -> assertThat(s.models()).hasSize(4), tagCount(1), tagCount(0)));
        m.put("RunJava", new Case(new RunJava(ctx -> ctx.objects("blog", "tag").create(Map.of("label", "y")),
                ctx -> ctx.objects("blog", "tag").filter("label", "y").delete()), s -> assertThat(s.models()).hasSize(4), tagCount(1), tagCount(0)));
        return m;
    }

    static Stream<Arguments> rows() {
        return cases().keySet().stream().flatMap(name -> MigrationDatabases.BACKENDS.stream().map(b -> Arguments.of(name, b)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("rows")
    void appliesAndUnapplies(String name, String backend) {
        Case c = cases().get(name);
        List<Migration> migrations = List.of(new Migration("blog", "0001_initial", List.of(), List.of(new CreateModel(TAG), new CreateModel(AUTHOR), new CreateModel(POST),
                new CreateModel(ModelState.of("blog", "note", List.of(BigAutoField.of().named("id")))))),
                new Migration("blog", "0002_op", List.of(dep("blog", "0001_initial")), List.of(c.op())));
        MigrationGraph graph = new MigrationGraph(migrations);
        c.state().accept(graph.finalState());
        try (Database db = MigrationDatabases.fresh(backend)) {
            MigrationExecutor ex = new MigrationExecutor(db, graph, new PrintWriter(new StringWriter()));
            ex.migrate(null, null, MigrationExecutor.Options.DEFAULT);
            c.forward().accept(db);
            ex.migrate("blog", "0001", MigrationExecutor.Options.DEFAULT);
            c.backward().accept(db);
            assertThat(ex.applied()).containsExactly("blog.0001_initial");
        }
    }
}
