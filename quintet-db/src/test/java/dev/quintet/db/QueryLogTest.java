package dev.quintet.db;

import dev.quintet.db.blog.Author;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Comment;
import dev.quintet.db.blog.Post;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Query counting, capture with call sites, and N+1 detection. */
class QueryLogTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void counts_queries(String backend) {
        TestDatabases.run(backend, () -> {
            QueryLog.assertNumQueries(1, () -> Post.objects.filter("views__gt", 1).list());
            QueryLog.assertNumQueries(2, () -> Author.objects.prefetchRelated("posts").list().forEach(a -> a.posts().all().list()));
            QueryLog.assertNumQueries(1, () -> Comment.objects.selectRelated("post").list().forEach(c -> c.post.get()));
            QueryLog.assertNumQueries(0, () -> Post.objects.none().list());
            assertThatThrownBy(() -> QueryLog.assertNumQueries(2, () -> Post.objects.count()))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("1 queries executed, 2 expected").hasMessageContaining("COUNT(*)");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void capture_records_sql_params_and_call_site(String backend) {
        List<QueryLog.Entry> q = TestDatabases.on(backend, () -> QueryLog.capture(() -> Post.objects.filter("slug", "hello").list()).queries());
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().params()).containsExactly("hello");
        assertThat(q.getFirst().callSite()).contains("QueryLogTest");
        assertThat(q.getFirst().nanos()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void current_reads_the_innermost_scope_so_far(String backend) {
        List<Integer> seen = TestDatabases.on(backend, () -> {
            List<Integer> sizes = new java.util.ArrayList<>();
            sizes.add(QueryLog.current().size());
            QueryLog.capture(() -> {
                Post.objects.count();
                sizes.add(QueryLog.current().size());
                QueryLog.capture(() -> {
                    sizes.add(QueryLog.current().size());
                    Post.objects.filter("slug", "hello").exists();
                    sizes.add(QueryLog.current().size());
                });
                sizes.add(QueryLog.current().size());
            });
            return sizes;
        });
        assertThat(seen).containsExactly(0, 1, 0, 1, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void strict_capture_rethrows_a_violation_the_body_swallowed(String backend) {
        TestDatabases.run(backend, () -> {
            assertThatThrownBy(() -> QueryLog.capture(2, true, () -> {
                try {
                    return Comment.objects.all().list().stream().map(c -> c.post.get().title).toList();
                } catch (QueryLog.NPlusOneError swallowed) {
                    return List.of();    // a handler answering with an error page
                }
            })).isInstanceOf(QueryLog.NPlusOneError.class).hasMessageContaining("ran 3 times");
            QueryLog.Captured<List<String>> ok = QueryLog.capture(2, true,
                    () -> Comment.objects.selectRelated("post").list().stream().map(c -> c.post.get().title).toList());
            assertThat(ok.queries()).hasSize(1);
            assertThat(ok.result()).hasSize(4);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void detects_n_plus_one_in_strict_mode(String backend) {
        TestDatabases.run(backend, () -> {
            assertThatThrownBy(() -> QueryLog.detectNPlusOne(2, true, () -> Comment.objects.all().list().stream().map(c -> c.post.get().title).toList()))
                    .isInstanceOf(QueryLog.NPlusOneError.class)
                    .hasMessageContaining("QueryLogTest")
                    .hasMessageContaining("selectRelated()");
            List<String> titles = QueryLog.detectNPlusOne(2, true,
                    () -> Comment.objects.selectRelated("post").list().stream().map(c -> c.post.get().title).toList());
            assertThat(titles).hasSize(4);
            List<String> lenient = QueryLog.detectNPlusOne(2, false, () -> Comment.objects.all().list().stream().map(c -> c.post.get().title).toList());
            assertThat(lenient).hasSize(4);
        });
    }
}
