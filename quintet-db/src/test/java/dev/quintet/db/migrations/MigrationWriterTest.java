package dev.quintet.db.migrations;

import dev.quintet.db.migrations.people.Author;
import dev.quintet.db.migrations.people.Tag;
import dev.quintet.db.models.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every field type and option, written as Java, compiled and loaded back, gives the same state. */
class MigrationWriterTest {
    static Stream<Arguments> fields() {
        return Stream.of(
                arguments(CharField.maxLength(20).unique().blank().dbColumn("t").verboseName("Title").helpText("Say \"hi\"\n"), "CharField.maxLength(20).blank().unique().dbColumn(\"t\").verboseName(\"Title\").helpText(\"Say \\\"hi\\\"\\n\")"),
                arguments(CharField.maxLength(1).choices("d", "Draft", "p", "Published").withDefault("d"), "CharField.maxLength(1).withDefault(\"d\").choices(\"d\", \"Draft\", \"p\", \"Published\")"),
                arguments(TextField.of().nullable(), "TextField.of().nullable()"),
                arguments(SlugField.maxLength(60).dbIndex(), "SlugField.maxLength(60)"),     // a slug is indexed by default
                arguments(EmailField.of(), null),
                arguments(URLField.of().notEditable(), null),
                arguments(IntegerField.of().withDefault(-3), "IntegerField.of().withDefault(-3)"),
                arguments(BigIntegerField.of().withDefault(5L), "BigIntegerField.of().withDefault(5L)"),
                arguments(SmallIntegerField.of(), null),
                arguments(PositiveIntegerField.of(), null),
                arguments(BooleanField.of().withDefault(true), "BooleanField.of().withDefault(true)"),
                arguments(FloatField.of().withDefault(1.5d), "FloatField.of().withDefault(1.5d)"),
                arguments(DecimalField.of(8, 2).withDefault(new BigDecimal("1.25")), "DecimalField.of(8, 2).withDefault(new java.math.BigDecimal(\"1.25\"))"),
                arguments(DateField.of().withDefault(LocalDate.of(2024, 2, 29)), "DateField.of().withDefault(java.time.LocalDate.parse(\"2024-02-29\"))"),
                arguments(DateTimeField.of().autoNowAdd(), "DateTimeField.of().autoNowAdd()"),
                arguments(DateTimeField.of().autoNow().nullable(), "DateTimeField.of().autoNow().nullable()"),
                arguments(TimeField.of(), null),
                arguments(DurationField.of(), null),
                arguments(UUIDField.of().unique(), null),
                arguments(JSONField.of().nullable(), null),
                arguments(BinaryField.of().nullable(), null),
                arguments(ForeignKey.to(Author.class).onDelete(OnDelete.PROTECT).noDbConstraint(), "RelationField.foreignKey(\"people.author\").onDelete(OnDelete.PROTECT).noDbConstraint()"),
                arguments(OneToOneField.to(Author.class).nullable(), null),
                arguments(ManyToManyField.to(Tag.class).dbTable("post_tag_links"), "RelationField.manyToMany(\"people.tag\").dbTable(\"post_tag_links\")"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("fields")
    void rendersTheDeclaration(Field<?> field, String expected) {
        if (expected != null) {
            assertThat(MigrationWriter.operation(new AddField("post", "f", field))).isEqualTo("new AddField(\"post\", \"f\", " + expected + ")");
        }
    }

    @Test
    void everyFieldRoundTripsThroughCompiledSource() throws Exception {
        List<Field<?>> all = new ArrayList<>();
        all.add(BigAutoField.of().named("id"));
        List<Arguments> rows = fields().toList();
        for (int i = 0; i < rows.size(); i++) {
            all.add(((Field<?>) rows.get(i).get()[0]).named("f" + i));
        }
        ModelState state = new ModelState("wr", "post", all, "wr_posts", List.of("-f6", "f0"), List.of(List.of("f0", "f6")),
                List.of(Index.of("wr_idx", "-f6", "f0")),
                List.of(Constraint.unique("wr_uniq", "f0", "f3"), Constraint.check("wr_check", Q.of("f6__gte", 0).or(Q.of("f0", "x").not()))));
        Migration m = new Migration("wr", "0001_initial", List.of(), List.of(new CreateModel(state), RunSQL.of("SELECT 1").reverse().onlyOn("sqlite")));
        GeneratedSources src = new GeneratedSources();
        MigrationWriter.write(src.root, "wr.migrations", m, List.of());
        Migration loaded = GeneratedSources.index(src.compile(), "wr.migrations").migrations().get(0);
        ModelState back = loaded.apply(ProjectState.empty()).get("wr", "post");
        assertThat(back.sameAs(state)).isTrue();
        assertThat(MigrationWriter.state(back, "")).isEqualTo(MigrationWriter.state(state, ""));
        assertThat(loaded.operations().get(1)).isEqualTo(RunSQL.of("SELECT 1").reverse().onlyOn("sqlite"));
    }
}
