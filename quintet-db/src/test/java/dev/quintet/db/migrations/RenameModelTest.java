package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.IntegrityError;
import dev.quintet.db.Sql;
import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

import static dev.quintet.db.migrations.Migration.dep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RenameModel on every back end, forwards and backwards, on tables holding rows: the table, the join tables of
 * many-to-many fields from it, to it and to itself with their {@code <model>_id} columns, and the foreign keys
 * pointing at it, which keep refusing rows that point nowhere and can still be dropped afterwards.
 */
class RenameModelTest {
    static final List<Migration> MIGRATIONS = List.of(
            new Migration("blog", "0001_initial", List.of(), List.of(
                    new CreateModel(ModelState.of("blog", "post", List.of(BigAutoField.of().named("id"), CharField.maxLength(20).named("title"),
                            RelationField.manyToMany("blog.post").named("related")))),
                    new CreateModel(ModelState.of("blog", "order", List.of(BigAutoField.of().named("id"),
                            RelationField.foreignKey("blog.post").named("post"), RelationField.manyToMany("blog.post").named("posts")))))),
            new Migration("blog", "0002_rename_post_article", List.of(dep("blog", "0001_initial")), List.of(new RenameModel("post", "article"))),
            new Migration("blog", "0003_remove_order_post", List.of(dep("blog", "0002_rename_post_article")), List.of(new RemoveField("order", "post"))));

    static Stream<String> backends() {
        return MigrationDatabases.BACKENDS.stream();
    }

    static void refused(Database db, String sql) {
        assertThatThrownBy(() -> db.execute(Sql.of(sql))).as(sql).isInstanceOf(IntegrityError.class);
    }

    static void assertShape(Database db, String model) {
        assertThat(MigrationDatabases.tables(db)).contains("blog_" + model, "blog_" + model + "_related", "blog_order_posts")
                .doesNotContain("blog_" + (model.equals("post") ? "article" : "post"));
        assertThat(MigrationDatabases.columns(db, "blog_" + model + "_related")).containsExactlyInAnyOrder("id", "from_" + model + "_id", "to_" + model + "_id");
        assertThat(MigrationDatabases.columns(db, "blog_order_posts")).containsExactlyInAnyOrder("id", "order_id", model + "_id");
        assertThat(db.query(Sql.of("SELECT o.id FROM blog_order o JOIN blog_" + model + " p ON p.id = o.post_id"
                + " JOIN blog_order_posts op ON op." + model + "_id = p.id JOIN blog_" + model + "_related r ON r.from_" + model + "_id = p.id"))).hasSize(1);
        refused(db, "INSERT INTO blog_order (post_id) VALUES (99)");
        refused(db, "INSERT INTO blog_order_posts (order_id, " + model + "_id) VALUES (1, 99)");
        refused(db, "INSERT INTO blog_" + model + "_related (from_" + model + "_id, to_" + model + "_id) VALUES (1, 99)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void renamesTablesColumnsAndReferencesBothWays(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            MigrationExecutor ex = new MigrationExecutor(db, new MigrationGraph(MIGRATIONS), new PrintWriter(new StringWriter()));
            ex.migrate("blog", "0001", MigrationExecutor.Options.DEFAULT);
            db.execute(Sql.of("INSERT INTO blog_post (id, title) VALUES (1, 'a')"));
            db.execute(Sql.of("INSERT INTO blog_post (id, title) VALUES (2, 'b')"));
            db.execute(Sql.of("INSERT INTO blog_order (id, post_id) VALUES (1, 1)"));
            db.execute(Sql.of("INSERT INTO blog_order_posts (order_id, post_id) VALUES (1, 1)"));
            db.execute(Sql.of("INSERT INTO blog_post_related (from_post_id, to_post_id) VALUES (1, 2)"));

            ex.migrate("blog", "0002", MigrationExecutor.Options.DEFAULT);
            assertShape(db, "article");
            ex.migrate("blog", "0001", MigrationExecutor.Options.DEFAULT);
            assertShape(db, "post");
            ex.migrate("blog", "0003", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.columns(db, "blog_order")).containsExactly("id");
            // backwards, the non-null post column comes back empty: only an empty table takes it
            db.execute(Sql.of("DELETE FROM blog_order_posts"));
            db.execute(Sql.of("DELETE FROM blog_order"));
            ex.migrate("blog", "zero", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.tables(db)).noneMatch(t -> t.startsWith("blog_"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aJoinColumnWithoutForeignKeyIsRenamedToo(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            MigrationExecutor ex = new MigrationExecutor(db, new MigrationGraph(MIGRATIONS), new PrintWriter(new StringWriter()));
            ex.migrate("blog", "0001", MigrationExecutor.Options.DEFAULT);
            // as migrations made join tables before they constrained the owner's side
            if (!backend.equals("sqlite")) {
                String fk = db.withConnection(c -> {
                    try (java.sql.ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), "blog_order_posts")) {
                        while (rs.next()) {
                            if (rs.getString("FKCOLUMN_NAME").equalsIgnoreCase("post_id")) {
                                return rs.getString("FK_NAME");
                            }
                        }
                    }
                    return null;
                });
                db.execute(Sql.of(backend.equals("mysql") ? "ALTER TABLE blog_order_posts DROP FOREIGN KEY " + fk
                        : "ALTER TABLE blog_order_posts DROP CONSTRAINT " + fk));
            }
            ex.migrate("blog", "0002", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.columns(db, "blog_order_posts")).containsExactlyInAnyOrder("id", "order_id", "article_id");
        }
    }

    static final List<Migration> INDEXED = List.of(
            new Migration("notes", "0001_initial", List.of(), List.of(
                    new CreateModel(ModelState.of("notes", "note", List.of(BigAutoField.of().named("id"),
                            CharField.maxLength(20).unique().named("code"), CharField.maxLength(20).dbIndex().named("tag")))))),
            new Migration("notes", "0002_rename_note_memo", List.of(dep("notes", "0001_initial")), List.of(new RenameModel("note", "memo"))),
            new Migration("notes", "0003_plain_columns", List.of(dep("notes", "0002_rename_note_memo")), List.of(
                    new AlterField("memo", "code", CharField.maxLength(20).named("code")),
                    new AlterField("memo", "tag", CharField.maxLength(20).named("tag")))));

    /**
     * The unique constraint and index made under the model's first name keep that name after RenameModel (as in
     * Django); dropping them later finds them by introspection instead of computing a name from the new table.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void indexesMadeBeforeARenameCanBeDroppedAfterIt(String backend) {
        try (Database db = MigrationDatabases.fresh(backend)) {
            MigrationExecutor ex = new MigrationExecutor(db, new MigrationGraph(INDEXED), new PrintWriter(new StringWriter()));
            ex.migrate("notes", "0002", MigrationExecutor.Options.DEFAULT);
            db.execute(Sql.of("INSERT INTO notes_memo (code, tag) VALUES ('a', 't')"));
            refused(db, "INSERT INTO notes_memo (code, tag) VALUES ('a', 't')");
            assertThat(MigrationDatabases.indexes(db, "notes_memo")).hasSize(2);

            ex.migrate("notes", "0003", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.indexes(db, "notes_memo")).isEmpty();
            db.execute(Sql.of("INSERT INTO notes_memo (code, tag) VALUES ('a', 't')"));

            db.execute(Sql.of("DELETE FROM notes_memo"));
            ex.migrate("notes", "zero", MigrationExecutor.Options.DEFAULT);
            assertThat(MigrationDatabases.tables(db)).noneMatch(t -> t.startsWith("notes_"));
        }
    }
}
