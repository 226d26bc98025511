package dev.quintet.db.models;

import dev.quintet.db.QueryLog;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Post;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** only()/defer(): deferred fields are known, load on value(name) with one query, and save() leaves them alone. */
class DeferredFieldsTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    private static Post hello(QuerySet<Post> qs) {
        return qs.get("slug", "hello");
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"only() defers the rest", (Supplier<Object>) () -> hello(Post.objects.only("title")).deferredFields(),
                Set.of("body", "slug", "author", "views", "rating", "price", "published", "createdAt", "pubDate")});
        cases.add(new Object[] {"defer() defers the named", (Supplier<Object>) () -> hello(Post.objects.defer("body", "views")).deferredFields(),
                Set.of("body", "views")});
        cases.add(new Object[] {"a full load defers nothing", (Supplier<Object>) () -> hello(Post.objects.all()).deferredFields(), Set.of()});
        cases.add(new Object[] {"a deferred field is empty until loaded", (Supplier<Object>) () -> {
            Post p = hello(Post.objects.defer("views"));
            return p.views;
        }, null});
        cases.add(new Object[] {"value() loads a deferred field with one query", (Supplier<Object>) () -> {
            Post p = hello(Post.objects.defer("views", "title"));
            QueryLog.Captured<Object> c = QueryLog.capture(() -> p.value("views"));
            return List.of(c.result(), c.queries().size(), p.views, p.deferredFields());
        }, List.of(10, 1, 10, Set.of("title"))});
        cases.add(new Object[] {"value() of a loaded field runs no query", (Supplier<Object>) () -> {
            Post p = hello(Post.objects.only("title"));
            QueryLog.Captured<Object> c = QueryLog.capture(() -> p.value("title"));
            return List.of(c.result(), c.queries().size());
        }, List.of("Hello World", 0)});
        cases.add(new Object[] {"value() of a deferred relation gives its Ref", (Supplier<Object>) () -> {
            Post p = hello(Post.objects.only("title"));
            return ((Ref<?>) p.value("author")).get().pk().equals(Post.objects.get("slug", "hello").author.id());
        }, true});
        cases.add(new Object[] {"save() writes only the loaded fields", (Supplier<Object>) () -> TestDatabasesHolder.rolledBack(() -> {
            Post p = hello(Post.objects.only("title"));
            p.title = "Changed";
            p.save();
            Post fresh = hello(Post.objects.all());
            return List.of(fresh.title, fresh.views, fresh.published);
        }), List.of("Changed", 10, true)});
        return TestDatabases.cross(cases);
    }

    /** Holds the back end of the running case so a case can roll its writes back. */
    private static final class TestDatabasesHolder {
        static final ScopedValue<String> BACKEND = ScopedValue.newInstance();

        static <R> R rolledBack(Supplier<R> body) {
            return TestDatabases.rolledBack(BACKEND.get(), body);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void deferred(String backend, String name, Supplier<Object> body, Object expected) {
        Object actual = ScopedValue.where(TestDatabasesHolder.BACKEND, backend).call(() -> TestDatabases.on(backend, body));
        assertThat(actual).as(name).isEqualTo(expected);
    }
}
