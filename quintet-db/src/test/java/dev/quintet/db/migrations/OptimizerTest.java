package dev.quintet.db.migrations;

import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.IntegerField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The optimizer as a table: operations in, operations out (compared as the Java the writer prints). */
class OptimizerTest {
    static final ModelState POST = ModelState.of("blog", "post", List.of(BigAutoField.of().named("id"), CharField.maxLength(10).named("title")));

    static Operation create() {
        return new CreateModel(POST);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("create + add field -> one create", List.of(create(), new AddField("post", "views", IntegerField.of())),
                        List.of(new CreateModel(POST.plusField(IntegerField.of().named("views"))))),
                arguments("create + remove field", List.of(create(), new RemoveField("post", "title")),
                        List.of(new CreateModel(POST.minusField("title")))),
                arguments("create + alter field", List.of(create(), new AlterField("post", "title", CharField.maxLength(99))),
                        List.of(new CreateModel(POST.replaceField("title", CharField.maxLength(99).named("title"))))),
                arguments("create + rename field", List.of(create(), new RenameField("post", "title", "headline")),
                        List.of(new CreateModel(POST.replaceField("title", CharField.maxLength(10).named("headline"))))),
                arguments("create + delete -> nothing", List.of(create(), new DeleteModel("post")), List.of()),
                arguments("create + add index", List.of(create(), new AddIndex("post", Index.of("i", "title"))),
                        List.of(new CreateModel(POST.withIndexes(List.of(Index.of("i", "title")))))),
                arguments("create + ordering", List.of(create(), new AlterModelOptions("post", List.of("-id"))),
                        List.of(new CreateModel(POST.withOrdering(List.of("-id"))))),
                arguments("add + remove -> nothing", List.of(new AddField("post", "x", IntegerField.of()), new RemoveField("post", "x")), List.of()),
                arguments("add + alter -> add", List.of(new AddField("post", "x", IntegerField.of()), new AlterField("post", "x", IntegerField.of().nullable())),
                        List.of(new AddField("post", "x", IntegerField.of().nullable()))),
                arguments("add + rename -> add under the new name", List.of(new AddField("post", "x", IntegerField.of()), new RenameField("post", "x", "y")),
                        List.of(new AddField("post", "y", IntegerField.of()))),
                arguments("alter + alter -> last", List.of(new AlterField("post", "title", CharField.maxLength(20)), new AlterField("post", "title", CharField.maxLength(30))),
                        List.of(new AlterField("post", "title", CharField.maxLength(30)))),
                arguments("alter + remove -> remove", List.of(new AlterField("post", "title", CharField.maxLength(20)), new RemoveField("post", "title")),
                        List.of(new RemoveField("post", "title"))),
                arguments("rename + rename -> one", List.of(new RenameField("post", "a", "b"), new RenameField("post", "b", "c")),
                        List.of(new RenameField("post", "a", "c"))),
                arguments("rename + rename back -> nothing", List.of(new RenameField("post", "a", "b"), new RenameField("post", "b", "a")), List.of()),
                arguments("add index + remove it -> nothing", List.of(new AddIndex("post", Index.of("i", "title")), new RemoveIndex("post", "i")), List.of()),
                arguments("merges across other models", List.of(create(), new AddField("tag", "x", IntegerField.of()), new AddField("post", "views", IntegerField.of())),
                        List.of(new CreateModel(POST.plusField(IntegerField.of().named("views"))), new AddField("tag", "x", IntegerField.of()))),
                arguments("raw SQL is a barrier", List.of(new AddField("post", "x", IntegerField.of()), RunSQL.of("SELECT 1"), new RemoveField("post", "x")),
                        List.of(new AddField("post", "x", IntegerField.of()), RunSQL.of("SELECT 1"), new RemoveField("post", "x"))),
                arguments("unrelated operations stay", List.of(new AddField("post", "x", IntegerField.of()), new RemoveField("post", "title")),
                        List.of(new AddField("post", "x", IntegerField.of()), new RemoveField("post", "title"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void optimizes(String name, List<Operation> in, List<Operation> expected) {
        assertThat(Optimizer.optimize("blog", in).stream().map(MigrationWriter::operation))
                .containsExactlyElementsOf(expected.stream().map(MigrationWriter::operation).toList());
    }
}
