package dev.quintet.db.models;

import dev.quintet.db.blog.Author;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Post;
import dev.quintet.db.blog.Tag;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Django's semantics in the subtle places, and the documented differences between back ends kept as each database
 * gives them: one expected value per back end (SQLite, PostgreSQL, MariaDB). Each case rolls back.
 */
class SemanticsTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    private static Object[] c(String name, Supplier<Object> body, Object sqlite, Object postgresql, Object mysql) {
        return new Object[] {name, body, Map.of("sqlite", sqlite, "postgresql", postgresql, "mysql", mysql)};
    }

    private static Object[] same(String name, Supplier<Object> body, Object expected) {
        return c(name, body, expected, expected, expected);
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(same("count() counts join duplicates, update() each row once", () -> {
            QuerySet<Post> tagged = Post.objects.filter("tags__name__in", List.of("java", "django"));
            long counted = tagged.count();
            int updated = tagged.update("views", F.of("views").plus(1));
            return counted + "/" + updated + "/" + Post.objects.aggregate("total", Sum.of("views")).get("total");
        }, "4/3/118"));
        cases.add(same("default ordering is dropped from GROUP BY", () -> {
            Author.objects.create("name", "dan", "age", 25);
            return Author.objects.values("age").annotate("n", Count.of("*")).orderBy("age").valuesList("age", "n").list().stream()
                    .filter(row -> row.getFirst() != null).toList();
        }, List.of(List.of(25, 2L), List.of(36, 1L))));
        cases.add(same("explicit ordering joins the GROUP BY", () -> {
            Author.objects.create("name", "dan", "age", 25);
            return Author.objects.values("age").annotate("n", Count.of("*")).orderBy("age", "name").valuesList("age", "n").list().stream()
                    .filter(row -> row.getFirst() != null).toList();
        }, List.of(List.of(25, 1L), List.of(25, 1L), List.of(36, 1L))));
        cases.add(same("two aggregates over two joins multiply", () -> Author.objects
                .annotate("p", Count.of("posts")).annotate("c", Count.of("comments")).orderBy("name").valuesList("name", "p", "c").list(),
                List.of(List.of("ada", 2L, 2L), List.of("bob", 2L, 2L), List.of("cy", 0L, 1L))));
        cases.add(same("distinct counts over two joins do not", () -> Author.objects
                .annotate("p", Count.of("posts").distinct()).annotate("c", Count.of("comments").distinct()).orderBy("name").valuesList("name", "p", "c").list(),
                List.of(List.of("ada", 2L, 1L), List.of("bob", 2L, 1L), List.of("cy", 0L, 1L))));
        cases.add(same("exclude across a multi-valued relation excludes rows with any match", () -> Post.objects
                .exclude("tags__name", "java").exclude("tags__name", "django").orderBy("slug").valuesListFlat("slug").list(), List.of("backslash")));
        cases.add(same("NULLs under negation: exclude(x=v) keeps NULL, filter(~Q) too", () -> List.of(
                Post.objects.exclude("price", new java.math.BigDecimal("9.99")).count(),
                Post.objects.filter(Q.of("price__gt", 10).not()).count()), List.of(3L, 3L)));
        cases.add(c("NULL ordering as each database sorts it", () -> Post.objects.orderBy("rating").valuesListFlat("rating").list(),
                Arrays.asList(null, 3.0, 4.5, 5.0), Arrays.asList(3.0, 4.5, 5.0, null), Arrays.asList(null, 3.0, 4.5, 5.0)));
        cases.add(c("NULL ordering descending", () -> Post.objects.orderBy("-rating").valuesListFlat("rating").list(),
                Arrays.asList(5.0, 4.5, 3.0, null), Arrays.asList(null, 5.0, 4.5, 3.0), Arrays.asList(5.0, 4.5, 3.0, null)));
        cases.add(c("non-ASCII icontains: SQLite folds ASCII only", () -> {
            Tag.objects.create("name", "Éclair");
            return List.of(Tag.objects.filter("name__icontains", "éclair").count(), Tag.objects.filter("name__icontains", "ÉCLAIR").count(),
                    Tag.objects.filter("name__iexact", "éclair").count());
        }, List.of(0L, 1L, 0L), List.of(1L, 1L, 1L), List.of(1L, 1L, 1L)));
        cases.add(c("non-ASCII exact follows the collation", () -> {
            Tag.objects.create("name", "Éclair");
            return Tag.objects.filter("name", "éclair").count();
        }, 0L, 0L, 1L));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void semantics(String backend, String name, Supplier<Object> body, Map<String, Object> expected) {
        Object actual = TestDatabases.rolledBack(backend, body);
        assertThat(actual).as(name).isEqualTo(expected.get(backend));
    }
}
