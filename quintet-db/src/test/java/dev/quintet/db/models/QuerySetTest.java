package dev.quintet.db.models;

import dev.quintet.db.blog.Author;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Comment;
import dev.quintet.db.blog.Post;
import dev.quintet.db.blog.Tag;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** QuerySet methods and expressions: query in, values out, on every back end (read-only data). */
class QuerySetTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    private static Object[] c(String name, Supplier<Object> q, Object expected) {
        return new Object[] {name, q, expected};
    }

    private static List<String> titles(QuerySet<Post> qs) {
        return qs.list().stream().map(p -> p.title).toList();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Expression> aggs(Object... kv) {
        Map<String, Expression> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Expression) kv[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("count", () -> Post.objects.count(), 4L));
        cases.add(c("count filtered", () -> Post.objects.filter("published", true).count(), 3L));
        cases.add(c("count distinct across m2m", () -> Post.objects.filter("tags__name__in", List.of("java", "django")).distinct().count(), 3L));
        cases.add(c("exists", () -> Post.objects.filter("views", 100).exists(), true));
        cases.add(c("not exists", () -> Post.objects.filter("views", 101).exists(), false));
        cases.add(c("order by ascending", () -> titles(Post.objects.orderBy("views")), List.of("Back\\slash O'Brien", "100% pure_java", "Hello World", "Django tips")));
        cases.add(c("order by descending", () -> titles(Post.objects.orderBy("-views")), List.of("Django tips", "Hello World", "100% pure_java", "Back\\slash O'Brien")));
        cases.add(c("order by relation then field", () -> titles(Post.objects.orderBy("-author__name", "views")), List.of("Back\\slash O'Brien", "100% pure_java", "Hello World", "Django tips")));
        cases.add(c("order by expression", () -> titles(Post.objects.orderBy(F.of("views").desc())), List.of("Django tips", "Hello World", "100% pure_java", "Back\\slash O'Brien")));
        cases.add(c("order by random keeps rows", () -> titles(Post.objects.orderBy("?")).size(), 4));
        cases.add(c("default ordering", () -> Author.objects.all().list().stream().map(a -> a.name).toList(), List.of("ada", "bob", "cy")));
        cases.add(c("reverse", () -> Author.objects.all().reverse().list().stream().map(a -> a.name).toList(), List.of("cy", "bob", "ada")));
        cases.add(c("slice", () -> titles(Post.objects.orderBy("views").slice(1, 3)), List.of("100% pure_java", "Hello World")));
        cases.add(c("slice of slice", () -> titles(Post.objects.orderBy("views").slice(1, 4).slice(1, 2)), List.of("Hello World")));
        cases.add(c("open slice", () -> titles(Post.objects.orderBy("views").slice(3)), List.of("Django tips")));
        cases.add(c("first", () -> Post.objects.orderBy("-views").first().map(p -> p.title).orElse(null), "Django tips"));
        cases.add(c("first unordered is by pk", () -> Post.objects.all().first().map(p -> p.slug).orElse(null), "hello"));
        cases.add(c("first empty", () -> Post.objects.filter("views", -1).first().isPresent(), false));
        cases.add(c("last", () -> Post.objects.orderBy("views").last().map(p -> p.title).orElse(null), "Django tips"));
        cases.add(c("latest", () -> Post.objects.latest().title, "Back\\slash O'Brien"));
        cases.add(c("earliest field", () -> Post.objects.earliest("createdAt").title, "100% pure_java"));
        cases.add(c("get", () -> Post.objects.get("slug", "hello").views, 10));
        cases.add(c("values", () -> Post.objects.filter("slug", "hello").values("title", "author__name").list(),
                List.of(map("title", "Hello World", "author__name", "ada"))));
        cases.add(c("values list", () -> Post.objects.orderBy("views").valuesList("slug", "views").list(),
                List.of(List.of("backslash", 0), List.of("pure-java", 5), List.of("hello", 10), List.of("django-tips", 100))));
        cases.add(c("values list flat", () -> Post.objects.orderBy("slug").valuesListFlat("slug").list(),
                List.of("backslash", "django-tips", "hello", "pure-java")));
        cases.add(c("values typed", () -> Tag.objects.all().valuesList("name", String.class).list(), List.of("django", "java", "unused")));
        cases.add(c("values distinct", () -> Post.objects.orderBy("author__name").valuesListFlat("author__name").distinct().list(), List.of("ada", "bob")));
        cases.add(c("values grouped count", () -> Post.objects.values("author__name").annotate("n", Count.of("*")).orderBy("author__name").list(),
                List.of(map("author__name", "ada", "n", 2L), map("author__name", "bob", "n", 2L))));
        cases.add(c("in bulk", () -> Post.objects.inBulk(List.of(1L, 3L)).values().stream().map(p -> p.slug).sorted().toList(), List.of("hello", "pure-java")));
        cases.add(c("only loads named fields", () -> {
            Post p = Post.objects.only("title").get("slug", "hello");
            return p.title + "|" + p.views + "|" + p.slug;
        }, "Hello World|null|null"));
        cases.add(c("defer skips named fields", () -> {
            Post p = Post.objects.defer("body", "views").get("slug", "hello");
            return p.title + "|" + p.views;
        }, "Hello World|null"));
        cases.add(c("union", () -> Post.objects.filter("views", 0).union(Post.objects.filter("views", 100)).orderBy("title").list().stream().map(p -> p.title).toList(),
                List.of("Back\\slash O'Brien", "Django tips")));
        cases.add(c("intersection", () -> Post.objects.filter("views__gte", 10).intersection(Post.objects.filter("author__name", "ada"))
                .orderBy("-slug").valuesListFlat("slug").list(), List.of("hello", "django-tips")));
        cases.add(c("difference", () -> Post.objects.all().difference(Post.objects.filter("published", true)).list().stream().map(p -> p.slug).toList(),
                List.of("pure-java")));
        cases.add(c("raw", () -> Post.objects.raw("SELECT * FROM qt_post WHERE views > ? ORDER BY views", 5).stream().map(p -> p.slug).toList(),
                List.of("hello", "django-tips")));
        cases.add(c("iterator streams", () -> {
            try (Stream<Post> s = Post.objects.orderBy("views").iterator(2)) {
                return s.map(p -> p.views).toList();
            }
        }, List.of(0, 5, 10, 100)));
        cases.add(c("iterator streams inside a transaction", () -> dev.quintet.db.Transaction.atomic(() -> {
            try (Stream<Map<String, Object>> s = Post.objects.orderBy("views").values("slug").iterator(1)) {
                return s.map(m -> m.get("slug")).toList();
            }
        }), List.of("backslash", "pure-java", "hello", "django-tips")));
        cases.add(c("typed value", () -> Post.objects.filter("createdAt__gt", Value.of("2024-03-01T00:00:00Z", DateTimeField.of())).count(), 2L));
        cases.add(c("aggregate", () -> Post.objects.aggregate(aggs("total", Sum.of("views"), "n", Count.of("*"), "max", Max.of("views"), "min", Min.of("views"))),
                map("total", 115L, "n", 4L, "max", 100, "min", 0)));
        cases.add(c("aggregate avg", () -> Post.objects.filter("views__gte", 10).aggregate("avg", Avg.of("views")), map("avg", 55.0)));
        cases.add(c("aggregate decimal", () -> Post.objects.aggregate("sum", Sum.of("price")), map("sum", new BigDecimal("29.99"))));
        cases.add(c("aggregate filtered", () -> Post.objects.aggregate("n", Count.of("*").filter(Q.of("published", true))), map("n", 3L)));
        cases.add(c("aggregate named like the relation it counts", () -> Post.objects.aggregate("comments", Count.of("comments")),
                map("comments", 4L)));
        cases.add(c("aggregate distinct", () -> Post.objects.aggregate("n", Count.of("author").distinct()), map("n", 2L)));
        cases.add(c("annotate count reverse", () -> Author.objects.annotate("postCount", Count.of("posts")).orderBy("name").list().stream()
                .map(a -> a.name + "=" + a.postCount).toList(), List.of("ada=2", "bob=2", "cy=0")));
        cases.add(c("annotate count filtered", () -> Author.objects.annotate("n", Count.of("posts").filter(Q.of("posts__published", true))).orderBy("name").list().stream()
                .map(a -> a.name + "=" + a.annotation("n")).toList(), List.of("ada=2", "bob=1", "cy=0")));
        cases.add(c("annotate and order by annotation", () -> Post.objects.annotate("nc", Count.of("comments")).orderBy("-nc", "slug").valuesListFlat("slug").list(),
                List.of("hello", "django-tips", "pure-java", "backslash")));
        cases.add(c("annotate F arithmetic", () -> Post.objects.annotate("double", F.of("views").times(2)).orderBy("views").valuesListFlat("double").list(),
                List.of(0, 10, 20, 200)));
        cases.add(c("annotate F minus and div", () -> Post.objects.annotate("x", F.of("views").minus(4).div(2)).orderBy("views").valuesListFlat("x").list(),
                List.of(-2, 0, 3, 48)));
        cases.add(c("reverse of expression ordering", () -> Post.objects.orderBy(F.of("views").desc()).reverse().valuesListFlat("views").list(),
                List.of(0, 5, 10, 100)));
        cases.add(c("exclude pairs together", () -> Post.objects.exclude("author__name", "ada", "views__gt", 50).orderBy("views").valuesListFlat("views").list(),
                List.of(0, 5, 10)));
        cases.add(c("values all fields", () -> Tag.objects.filter("name", "java").values().list().getFirst().keySet(), java.util.Set.of("id", "name")));
        cases.add(c("annotate Case When", () -> Post.objects.annotate("heat", Case.of(When.of("views__gte", 100, "hot"), When.of("views__gte", 10, "warm")).otherwise("cold"))
                .orderBy("views").valuesListFlat("heat").list(), List.of("cold", "cold", "warm", "hot")));
        cases.add(c("annotate Coalesce", () -> Author.objects.annotate("contact", Coalesce.of(F.of("email"), Value.of("none"))).valuesListFlat("contact").list(),
                List.of("ada@example.org", "none", "cy@example.org")));
        cases.add(c("annotate Subquery", () -> Post.objects.annotate("lastComment", Subquery.of(Comment.objects.filter("post", OuterRef.of("pk")).orderBy("-id").valuesList("text", String.class).slice(0, 1)))
                .orderBy("slug").valuesListFlat("lastComment").list(), java.util.Arrays.asList(null, "Self", "Meh", "anon")));
        cases.add(c("annotate Exists", () -> Post.objects.annotate("hasComments", Exists.of(Comment.objects.filter("post", OuterRef.of("pk"))))
                .orderBy("slug").valuesListFlat("hasComments").list().stream().map(v -> v instanceof Boolean b ? b : ((Number) v).intValue() == 1).toList(),
                List.of(false, true, true, true)));
        cases.add(c("annotate Func", () -> Tag.objects.annotate("upper", Func.of("UPPER", F.of("name"))).valuesListFlat("upper").list(), List.of("DJANGO", "JAVA", "UNUSED")));
        cases.add(c("select related", () -> Post.objects.selectRelated("author").orderBy("slug").list().stream()
                .map(p -> p.author.isLoaded() + ":" + p.author.get().name).toList(), List.of("true:bob", "true:ada", "true:ada", "true:bob")));
        cases.add(c("select related nullable", () -> Comment.objects.selectRelated("author", "post__author").orderBy("id").list().stream()
                .map(cm -> (cm.author == null ? "-" : cm.author.get().name) + "/" + cm.post.get().author.get().name).toList(),
                List.of("bob/ada", "cy/ada", "ada/ada", "-/bob")));
        cases.add(c("select related all non-null", () -> Comment.objects.selectRelated().orderBy("id").list().stream()
                .map(cm -> cm.post.isLoaded() + ":" + (cm.author == null || !cm.author.isLoaded())).toList(),
                List.of("true:true", "true:true", "true:true", "true:true")));
        cases.add(c("prefetch reverse", () -> Author.objects.prefetchRelated("posts").list().stream()
                .map(a -> a.name + ":" + a.posts().all().list().size()).toList(), List.of("ada:2", "bob:2", "cy:0")));
        cases.add(c("prefetch m2m", () -> Post.objects.prefetchRelated("tags").orderBy("slug").list().stream()
                .map(p -> p.tags().all().list().stream().map(t -> t.name).sorted().collect(Collectors.joining(","))).toList(),
                List.of("", "django", "django,java", "java")));
        cases.add(c("prefetch reverse m2m", () -> Tag.objects.prefetchRelated("posts").list().stream()
                .map(t -> t.name + ":" + t.<Post>related("posts").all().list().size()).toList(), List.of("django:2", "java:2", "unused:0")));
        cases.add(c("prefetch nested", () -> Author.objects.prefetchRelated("posts__comments").list().stream()
                .map(a -> a.name + ":" + a.posts().all().list().stream().mapToInt(p -> p.comments().all().list().size()).sum()).toList(),
                List.of("ada:3", "bob:1", "cy:0")));
        cases.add(c("prefetch custom queryset to attr", () -> Post.objects.prefetchRelated(Prefetch.of("comments", Comment.objects.filter("approved", true)).toAttr("approved"))
                .orderBy("slug").list().stream().map(p -> p.<Comment>prefetched("approved").size()).toList(), List.of(0, 1, 1, 1)));
        cases.add(c("prefetch forward", () -> Comment.objects.prefetchRelated("post").orderBy("id").list().stream()
                .map(cm -> cm.post.isLoaded() + cm.post.get().slug).toList(), List.of("truehello", "truehello", "truedjango-tips", "truepure-java")));
        cases.add(c("reverse manager", () -> Author.objects.get("name", "ada").posts().orderBy("views").list().stream().map(p -> p.slug).toList(), List.of("hello", "django-tips")));
        cases.add(c("reverse manager filter", () -> Author.objects.get("name", "ada").posts().filter("views__gt", 50).count(), 1L));
        cases.add(c("m2m manager", () -> Post.objects.get("slug", "hello").tags().all().list().stream().map(t -> t.name).toList(), List.of("django", "java")));
        cases.add(c("lazy forward load", () -> Comment.objects.get("text", "Great").post.get().title, "Hello World"));
        cases.add(c("ref id without query", () -> Comment.objects.get("text", "Great").post.id(), 1L));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void query(String backend, String name, Supplier<Object> query, Object expected) {
        Object actual = TestDatabases.on(backend, query);
        assertThat(actual).as(name).isEqualTo(expected);
    }
}
