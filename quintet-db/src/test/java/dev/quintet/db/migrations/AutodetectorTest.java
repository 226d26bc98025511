package dev.quintet.db.migrations;

import dev.quintet.db.migrations.people.Author;
import dev.quintet.db.migrations.people.Tag;
import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.TextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The autodetector as a table: state A, state B (and the --rename answers) -> the operations, described. */
class AutodetectorTest {
    static final ModelState POST = ModelState.of("blog", "post", List.of(BigAutoField.of().named("id"),
            CharField.maxLength(100).named("title"), IntegerField.of().withDefault(0).named("views")));

    static Arguments row(String name, UnaryOperator<ModelState> change, Map<String, String> renames, String... expected) {
        return arguments(name, List.of(POST), List.of(change.apply(POST)), renames, List.of(expected));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("create model", List.of(), List.of(POST), Map.of(), List.of("Create model post")),
                arguments("delete model", List.of(POST), List.of(), Map.of(), List.of("Delete model post")),
                arguments("rename model (confirmed)", List.of(POST), List.of(POST.withName("article")), Map.of("blog.post", "article"),
                        List.of("Rename model post to article")),
                arguments("rename of a model related to itself (confirmed)",
                        List.of(POST.plusField(RelationField.foreignKey("blog.post").nullable().named("parent"))),
                        List.of(POST.withName("article").plusField(RelationField.foreignKey("blog.article").nullable().named("parent"))),
                        Map.of("blog.post", "article"), List.of("Rename model post to article")),
                arguments("not a rename without the flag", List.of(POST), List.of(POST.withName("article")), Map.of(),
                        List.of("Create model article", "Delete model post")),
                row("no change", p -> p, Map.of()),
                row("add field", p -> p.plusField(TextField.of().nullable().named("body")), Map.of(), "Add field body to post"),
                row("remove field", p -> p.minusField("views"), Map.of(), "Remove field views from post"),
                row("alter field", p -> p.replaceField("title", CharField.maxLength(200).named("title")), Map.of(), "Alter field title on post"),
                row("alter option (unique)", p -> p.replaceField("title", CharField.maxLength(100).unique().named("title")), Map.of(), "Alter field title on post"),
                row("rename field (confirmed)", p -> p.replaceField("title", CharField.maxLength(100).named("headline")), Map.of("blog.post.title", "headline"),
                        "Rename field title on post to headline"),
                row("remove + add without the flag", p -> p.replaceField("views", IntegerField.of().withDefault(0).named("hits")), Map.of(),
                        "Remove field views from post", "Add field hits to post"),
                row("add index", p -> p.withIndexes(List.of(Index.of("post_views", "views"))), Map.of(), "Create index post_views on post"),
                row("add constraint", p -> p.withConstraints(List.of(Constraint.unique("uniq_title", "title"))), Map.of(), "Create constraint uniq_title on model post"),
                row("unique together", p -> p.withUniqueTogether(List.of(List.of("title", "views"))), Map.of(), "Alter unique_together for post (1 constraint(s))"),
                row("ordering", p -> p.withOrdering(List.of("-views")), Map.of(), "Change Meta options on post"),
                row("table name", p -> p.withDbTable("posts"), Map.of(), "Rename table for post to posts"),
                row("foreign key", p -> p.plusField(ForeignKey.to(Author.class).nullable().named("author")), Map.of(), "Add field author to post"),
                row("many-to-many", p -> p.plusField(ManyToManyField.to(Tag.class).named("tags")), Map.of(), "Add field tags to post"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void detects(String name, List<ModelState> a, List<ModelState> b, Map<String, String> renames, List<String> expected) {
        Map<String, Autodetector.Changes> changes = new Autodetector(ProjectState.of(a), ProjectState.of(b), Questioner.nonInteractive(renames)).changes();
        List<String> described = changes.getOrDefault("blog", new Autodetector.Changes(List.of(), java.util.Set.of()))
                .operations().stream().map(Operation::describe).toList();
        assertThat(described).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void aRenamedModelIsNotAChangeOfTheRelationsToIt() {
        ModelState order = ModelState.of("shop", "order", List.of(BigAutoField.of().named("id"),
                RelationField.foreignKey("blog.post").named("post"), RelationField.manyToMany("blog.post").named("posts")));
        ModelState renamedOrder = ModelState.of("shop", "order", List.of(BigAutoField.of().named("id"),
                RelationField.foreignKey("blog.article").named("post"), RelationField.manyToMany("blog.article").named("posts")));
        Map<String, Autodetector.Changes> changes = new Autodetector(ProjectState.of(List.of(order, POST)),
                ProjectState.of(List.of(renamedOrder, POST.withName("article"))), Questioner.nonInteractive(Map.of("blog.post", "article"))).changes();
        assertThat(changes).containsOnlyKeys("blog");
        assertThat(changes.get("blog").operations()).containsExactly(new RenameModel("post", "article"));
    }

    static Stream<Arguments> dependencyCases() {
        return Stream.of(
                arguments("no relation", (UnaryOperator<ModelState>) p -> p.plusField(TextField.of().nullable().named("body")), java.util.Set.of()),
                arguments("foreign key to another app", (UnaryOperator<ModelState>) p -> p.plusField(ForeignKey.to(Author.class).nullable().named("author")),
                        java.util.Set.of("people")),
                arguments("many-to-many to another app", (UnaryOperator<ModelState>) p -> p.plusField(ManyToManyField.to(Tag.class).named("tags")),
                        java.util.Set.of("people")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dependencyCases")
    void dependsOnTheAppsItReferences(String name, UnaryOperator<ModelState> change, java.util.Set<String> expected) {
        Autodetector.Changes c = new Autodetector(ProjectState.of(List.of(POST)), ProjectState.of(List.of(change.apply(POST))),
                Questioner.nonInteractive(Map.of())).changes().get("blog");
        assertThat(c.dependsOn()).isEqualTo(expected);
    }

    static Stream<Arguments> defaultCases() {
        return Stream.of(
                arguments("integer", IntegerField.of().named("score")),
                arguments("auto-now-add date-time (fills new rows only)", dev.quintet.db.models.DateTimeField.of().autoNowAdd().named("created")),
                arguments("text", TextField.of().named("body")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultCases")
    void nonNullFieldWithoutDefaultNeedsOne(String name, dev.quintet.db.models.Field<?> field) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Autodetector(ProjectState.of(List.of(POST)),
                        ProjectState.of(List.of(POST.plusField(field))), Questioner.nonInteractive(Map.of())).changes())
                .isInstanceOf(MigrationError.class).hasMessageContaining("(blog.post." + field.name() + ")");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lintCases")
    void lints(String name, Operation op, String expectedAdvice) {
        assertThat(Linter.warnings("blog", List.of(op), ProjectState.of(List.of(POST)))).singleElement().asString().contains(expectedAdvice);
    }

    static Stream<Arguments> lintCases() {
        return Stream.of(
                arguments("non-null column with a one-off default", AddField.withOneOffDefault("post", "body", TextField.of(), TextField.of().withDefault("")),
                        "add it .nullable(), backfill"),
                arguments("index without CONCURRENTLY", new AddIndex("post", Index.of("i", "views")), "CREATE INDEX CONCURRENTLY"),
                arguments("renamed column", new RenameField("post", "title", "headline"), "running code still reads the old column"),
                arguments("type changed in place", new AlterField("post", "views", CharField.maxLength(10)), "add a new column, backfill"));
    }
}
