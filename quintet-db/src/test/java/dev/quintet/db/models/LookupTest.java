package dev.quintet.db.models;

import dev.quintet.db.blog.Author;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Comment;
import dev.quintet.db.blog.Post;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every lookup, transform and filter combination: query in, post titles out, on every back end. */
class LookupTest {
    static final String HELLO = "Hello World";
    static final String TIPS = "Django tips";
    static final String JAVA = "100% pure_java";
    static final String BACK = "Back\\slash O'Brien";

    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    private static Object[] c(String name, Supplier<QuerySet<Post>> q, String... titles) {
        return new Object[] {name, q, List.of(titles)};
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("exact", () -> Post.objects.filter("slug", "hello"), HELLO));
        cases.add(c("exact implicit pk", () -> Post.objects.filter("pk", 2), TIPS));
        cases.add(c("iexact", () -> Post.objects.filter("title__iexact", "hello world"), HELLO));
        cases.add(c("contains", () -> Post.objects.filter("title__contains", "o W"), HELLO));
        cases.add(c("contains is case-sensitive", () -> Post.objects.filter("title__contains", "hello")));
        cases.add(c("icontains", () -> Post.objects.filter("title__icontains", "HELLO"), HELLO));
        cases.add(c("contains percent", () -> Post.objects.filter("title__contains", "%"), JAVA));
        cases.add(c("contains underscore", () -> Post.objects.filter("title__contains", "_"), JAVA));
        cases.add(c("icontains underscore", () -> Post.objects.filter("title__icontains", "E_J"), JAVA));
        cases.add(c("contains backslash", () -> Post.objects.filter("title__contains", "\\"), BACK));
        cases.add(c("contains quote", () -> Post.objects.filter("title__contains", "O'B"), BACK));
        cases.add(c("icontains backslash", () -> Post.objects.filter("title__icontains", "K\\S"), BACK));
        cases.add(c("startswith", () -> Post.objects.filter("title__startswith", "Djan"), TIPS));
        cases.add(c("startswith is case-sensitive", () -> Post.objects.filter("title__startswith", "dj")));
        cases.add(c("startswith percent literal", () -> Post.objects.filter("title__startswith", "100%"), JAVA));
        cases.add(c("istartswith", () -> Post.objects.filter("title__istartswith", "dj"), TIPS));
        cases.add(c("endswith", () -> Post.objects.filter("title__endswith", "_java"), JAVA));
        cases.add(c("endswith is case-sensitive", () -> Post.objects.filter("title__endswith", "TIPS")));
        cases.add(c("iendswith", () -> Post.objects.filter("title__iendswith", "TIPS"), TIPS));
        cases.add(c("in list", () -> Post.objects.filter("slug__in", List.of("hello", "pure-java")), HELLO, JAVA));
        cases.add(c("in empty list", () -> Post.objects.filter("slug__in", List.of())));
        cases.add(c("in subquery", () -> Post.objects.filter("author__in", Author.objects.filter("name", "bob")), JAVA, BACK));
        cases.add(c("gt", () -> Post.objects.filter("views__gt", 10), TIPS));
        cases.add(c("gte", () -> Post.objects.filter("views__gte", 10), HELLO, TIPS));
        cases.add(c("lt", () -> Post.objects.filter("views__lt", 5), BACK));
        cases.add(c("lte", () -> Post.objects.filter("views__lte", 5), JAVA, BACK));
        cases.add(c("range", () -> Post.objects.filter("views__range", List.of(5, 10)), HELLO, JAVA));
        cases.add(c("isnull true", () -> Post.objects.filter("rating__isnull", true), JAVA));
        cases.add(c("isnull false", () -> Post.objects.filter("price__isnull", false), HELLO, JAVA));
        cases.add(c("exact None", () -> Post.objects.filter("price", null), TIPS, BACK));
        cases.add(c("regex", () -> Post.objects.filter("title__regex", "^[A-Z][a-z]+ "), HELLO, TIPS));
        cases.add(c("iregex", () -> Post.objects.filter("title__iregex", "^hello"), HELLO));
        cases.add(c("date", () -> Post.objects.filter("createdAt__date", LocalDate.of(2024, 3, 2)), TIPS));
        cases.add(c("year", () -> Post.objects.filter("createdAt__year", 2024), HELLO, TIPS, BACK));
        cases.add(c("year lt", () -> Post.objects.filter("createdAt__year__lt", 2024), JAVA));
        cases.add(c("month", () -> Post.objects.filter("createdAt__month", 3), TIPS, BACK));
        cases.add(c("day", () -> Post.objects.filter("createdAt__day", 15), HELLO));
        cases.add(c("week_day sunday", () -> Post.objects.filter("createdAt__week_day", 1), JAVA, BACK));
        cases.add(c("week_day saturday", () -> Post.objects.filter("createdAt__week_day", 7), TIPS));
        cases.add(c("hour", () -> Post.objects.filter("createdAt__hour", 22), TIPS));
        cases.add(c("minute", () -> Post.objects.filter("createdAt__minute", 59), JAVA));
        cases.add(c("date field year", () -> Post.objects.filter("pubDate__year", 2023), JAVA));
        cases.add(c("boolean", () -> Post.objects.filter("published", false), JAVA));
        cases.add(c("decimal gt", () -> Post.objects.filter("price__gt", new BigDecimal("10")), JAVA));
        cases.add(c("float gte", () -> Post.objects.filter("rating__gte", 4.5), HELLO, BACK));
        cases.add(c("forward relation", () -> Post.objects.filter("author__name", "bob"), JAVA, BACK));
        cases.add(c("forward relation instance", () -> Post.objects.filter("author", Author.objects.get("name", "ada")), HELLO, TIPS));
        cases.add(c("attname", () -> Post.objects.filter("author_id", Author.objects.get("name", "bob").pk()), JAVA, BACK));
        cases.add(c("forward relation lookup", () -> Post.objects.filter("author__age__gt", 30), HELLO, TIPS));
        cases.add(c("forward relation isnull", () -> Post.objects.filter("author__email__isnull", true), JAVA, BACK));
        cases.add(c("reverse relation", () -> Post.objects.filter("comments__text", "Great"), HELLO));
        cases.add(c("reverse then forward", () -> Post.objects.filter("comments__author__name", "ada"), TIPS));
        cases.add(c("forward then reverse", () -> Post.objects.filter("author__comments__text", "Self"), HELLO, TIPS));
        cases.add(c("many-to-many", () -> Post.objects.filter("tags__name", "java"), HELLO, JAVA));
        cases.add(c("many-to-many isnull", () -> Post.objects.filter("tags__isnull", true), BACK));
        cases.add(c("filter chain joins twice", () -> Post.objects.filter("tags__name", "java").filter("tags__name", "django"), HELLO));
        cases.add(c("one filter matches one row", () -> Post.objects.filter("tags__name", "java", "tags__name", "django")));
        cases.add(c("exclude keeps NULL", () -> Post.objects.exclude("rating__gt", 4), TIPS, JAVA));
        cases.add(c("exclude many-to-many", () -> Post.objects.exclude("tags__name", "java"), TIPS, BACK));
        cases.add(c("exclude reverse", () -> Post.objects.exclude("comments__approved", false), TIPS, JAVA, BACK));
        cases.add(c("exclude and filter", () -> Post.objects.filter("published", true).exclude("author__name", "ada"), BACK));
        cases.add(c("Q or", () -> Post.objects.filter(Q.of("views__gt", 50).or(Q.of("author__name", "bob"))), TIPS, JAVA, BACK));
        cases.add(c("Q not", () -> Post.objects.filter(Q.of("published", true).not()), JAVA));
        cases.add(c("Q and not or", () -> Post.objects.filter(Q.of("published", true).and(Q.of("views", 0).or(Q.of("views", 100)).not())), HELLO));
        cases.add(c("F comparison", () -> Post.objects.filter("views__gt", F.of("rating")), HELLO, TIPS));
        cases.add(c("F arithmetic", () -> Post.objects.filter("views__gte", F.of("rating").times(2).plus(1)), HELLO, TIPS));
        cases.add(c("F across relation", () -> Post.objects.filter("views__gt", F.of("author__age")), TIPS));
        cases.add(c("Exists", () -> Post.objects.filter(Exists.of(Comment.objects.filter("post", OuterRef.of("pk")).filter("approved", false))), HELLO));
        cases.add(c("not Exists", () -> Post.objects.filter(Exists.of(Comment.objects.filter("post", OuterRef.of("pk"))).not()), BACK));
        cases.add(c("HAVING on annotation", () -> Post.objects.annotate("nc", Count.of("comments")).filter("nc__gte", 1), HELLO, TIPS, JAVA));
        cases.add(c("HAVING count 2", () -> Post.objects.annotate("nc", Count.of("comments")).filter("nc", 2), HELLO));
        cases.add(c("none", () -> Post.objects.filter("views__gte", 0).none()));
        cases.add(c("exclude in empty", () -> Post.objects.exclude("slug__in", List.of()), HELLO, TIPS, JAVA, BACK));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void lookup(String backend, String name, Supplier<QuerySet<Post>> query, List<String> expected) {
        List<String> titles = TestDatabases.on(backend, () -> query.get().list().stream().map(p -> p.title).sorted().toList());
        assertThat(titles).as(name).isEqualTo(expected.stream().sorted().toList());
    }
}
