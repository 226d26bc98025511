package dev.quintet.db.models;

import dev.quintet.db.Databases;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Post;
import dev.quintet.db.models.internal.SqlCache;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SQL cache keyed on query shape: a query run with one value, then the same shape with another, returns the
 * right rows both times (values are always bound), and only value-independent shapes are cached.
 */
class SqlCacheTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    /** A case: the same query built from two values, the expected results, whether the shape is cacheable. */
    private static Object[] c(String name, Function<Object, QuerySet<?>> query, Function<QuerySet<?>, Object> result,
                              Object first, Object expected1, Object second, Object expected2, boolean cacheable) {
        return new Object[] {name, query, result, first, expected1, second, expected2, cacheable};
    }

    private static Object count(QuerySet<?> qs) {
        return qs.count();
    }

    private static Object slugs(QuerySet<?> qs) {
        return qs.list().stream().map(p -> ((Post) p).slug).sorted().toList();
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("get by field", v -> Post.objects.filter("slug", v).slice(0, 21), SqlCacheTest::slugs,
                "hello", List.of("hello"), "pure-java", List.of("pure-java"), true));
        cases.add(c("greater than", v -> Post.objects.filter("views__gt", v), SqlCacheTest::slugs,
                5, List.of("django-tips", "hello"), 50, List.of("django-tips"), true));
        cases.add(c("count with a join", v -> Post.objects.filter("author__name", v), SqlCacheTest::count,
                "ada", 2L, "cy", 0L, true));
        cases.add(c("exclude keeps nulls", v -> Post.objects.exclude("rating", v), SqlCacheTest::count,
                3.0, 3L, 4.5, 3L, true));
        cases.add(c("null value is its own shape", v -> Post.objects.filter("rating", v), SqlCacheTest::count,
                null, 1L, 5.0, 1L, true));
        cases.add(c("year transform", v -> Post.objects.filter("createdAt__year", v), SqlCacheTest::count,
                2024, 3L, 2023, 1L, true));
        cases.add(c("or of two values", v -> Post.objects.filter(Q.of("views", v).or(Q.of("views", 0))), SqlCacheTest::slugs,
                10, List.of("backslash", "hello"), 100, List.of("backslash", "django-tips"), true));
        cases.add(c("exclude across many-to-many", v -> Post.objects.exclude("tags__name", v), SqlCacheTest::count,
                "java", 2L, "unused", 4L, true));
        cases.add(c("values list", v -> Post.objects.filter("slug", v).valuesListFlat("views"), qs -> qs.list(),
                "hello", List.of(10), "pure-java", List.of(5), true));
        cases.add(c("in list", v -> Post.objects.filter("views__in", v), SqlCacheTest::count,
                List.of(10, 100), 2L, List.of(5), 1L, false));
        cases.add(c("icontains", v -> Post.objects.filter("title__icontains", v), SqlCacheTest::count,
                "java", 1L, "o", 3L, false));
        cases.add(c("isnull", v -> Post.objects.filter("rating__isnull", v), SqlCacheTest::count,
                true, 1L, false, 3L, false));
        cases.add(c("expression value", v -> Post.objects.filter("views__gt", F.of("id").plus((Integer) v)), SqlCacheTest::count,
                1000, 0L, -1000, 4L, false));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void same_shape_other_values(String backend, String name, Function<Object, QuerySet<?>> query, Function<QuerySet<?>, Object> result,
                                 Object first, Object expected1, Object second, Object expected2, boolean cacheable) {
        TestDatabases.run(backend, () -> {
            assertThat(result.apply(query.apply(first))).as("first").isEqualTo(expected1);
            assertThat(result.apply(query.apply(second))).as("second, same shape").isEqualTo(expected2);
            assertThat(result.apply(query.apply(first))).as("first again").isEqualTo(expected1);
            assertThat(SqlCache.cacheable(query.apply(first).query())).as("cacheable").isEqualTo(cacheable);
        });
    }

    static Stream<Arguments> cachedShapes() {
        return TestDatabases.cross(List.of(
                new Object[] {"get by pk", (Runnable) () -> Post.objects.get("slug", "hello"), Post.objects.filter("slug", "x").orderBy().slice(0, 21)},
                new Object[] {"count", (Runnable) () -> Post.objects.filter("views__gte", 3).count(), Post.objects.filter("views__gte", 9)}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cachedShapes")
    void evaluation_caches_the_shape(String backend, String name, Runnable evaluate, QuerySet<?> sameShape) {
        TestDatabases.run(backend, () -> {
            evaluate.run();
            assertThat(Post.objects.meta().sqlCache.contains(Databases.current().defaultDatabase().dialect(), sameShape.query())).isTrue();
        });
    }

    static Stream<Arguments> backends() {
        return TestDatabases.backends();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void a_cached_shape_still_validates_values(String backend) {
        TestDatabases.run(backend, () -> {
            assertThat(Post.objects.filter("views", 10).count()).isEqualTo(1L);
            assertThatThrownBy(() -> Post.objects.filter("views", "many").count())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Field 'views' expected a number but got 'many'");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void the_cache_is_bounded(String backend) {
        TestDatabases.run(backend, () -> {
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                List<Post> page = Post.objects.orderBy("views").slice(i, i + 1).list();
                if (!page.isEmpty()) {
                    seen.add(page.getFirst().slug);
                }
                assertThat(Post.objects.meta().sqlCache.size()).isLessThanOrEqualTo(512);
            }
            assertThat(seen).containsExactly("backslash", "pure-java", "hello", "django-tips");
        });
    }
}
