package dev.quintet.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.contrib.auth.User;
import dev.quintet.db.QueryLog;
import dev.quintet.db.models.Ref;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page that lists posts runs as many queries with 10 published posts as with 30, each with
 * tags, comments and likes: authors and categories are joined, tags prefetched, counts annotated.
 * The pages are counted once on 10 posts, then the posts grow to 30 and each test counts again.
 */
class BlogQueryCountTest {
    private static BlogTestDatabase db;
    private static Client anonymous;
    private static Client loggedIn;
    private static long detailPk;
    private static final Map<String, Integer> AT_TEN = new LinkedHashMap<>();

    /** The page and the number of queries it runs, whatever the number of posts. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("list", (Supplier<String>) () -> "/blog/", false, 4),
                Arguments.of("list, search", (Supplier<String>) () -> "/blog/?q=e", false, 4),
                Arguments.of("list, logged in", (Supplier<String>) () -> "/blog/", true, 6),
                Arguments.of("category page", (Supplier<String>) () -> "/blog/category/django/", false, 5),
                Arguments.of("tag page", (Supplier<String>) () -> "/blog/tag/http/", false, 5),
                Arguments.of("detail", (Supplier<String>) () -> "/blog/posts/" + detailPk + "/", false, 5),
                Arguments.of("detail, logged in", (Supplier<String>) () -> "/blog/posts/" + detailPk + "/", true, 8),
                Arguments.of("statistics", (Supplier<String>) () -> "/blog/stats/", false, 3),
                Arguments.of("api", (Supplier<String>) () -> "/api/posts/", false, 2));
    }

    @BeforeAll
    static void setUp() {
        db = BlogTestDatabase.start("blog_queries");
        anonymous = new Client(db.settings());
        loggedIn = new Client(db.settings());
        assertThat(loggedIn.post("/accounts/login/", Map.of("username", "ada", "password", BlogTestDatabase.password())).status())
                .isEqualTo(302);
        detailPk = Post.objects.get("slug", "the-request-response-cycle").id;
        List<Post> published = Post.objects.filter("published", true).orderBy("-createdAt").list();
        for (Post old : published.subList(10, published.size())) {
            old.delete();
        }
        assertThat(Post.objects.filter("published", true).count()).isEqualTo(10);
        pages().forEach(args -> AT_TEN.put((String) args.get()[0], count(args.get())));
        for (int i = 0; i < 20; i++) {
            addPost(i);
        }
        assertThat(Post.objects.filter("published", true).count()).isEqualTo(30);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    /** A post in django with the http tag, six comments and two likes; one more comment on the detail page's post. */
    private static void addPost(int i) {
        List<User> users = User.objects.filter("username__in", List.of("ada", "grace")).list();
        Post post = new Post();
        post.title = "Extra post " + i;
        post.slug = "extra-post-" + i;
        post.author = Ref.to(users.get(i % 2));
        post.category = Ref.to(Category.objects.get("slug", "django"));
        post.content = "More words " + i;
        post.save();
        post.tags().add(Tag.objects.filter("slug__in", List.of("http", "orm")).list());
        post.likes().add(users);
        for (int n = 0; n < 6; n++) {
            Comment.objects.create(Map.of("post", post, "author", users.get(n % 2), "text", "c" + n, "approved", true));
        }
        Comment.objects.create(Map.of("post", Post.objects.get("pk", detailPk), "author", users.get(0), "text", "more", "approved", true));
    }

    @SuppressWarnings("unchecked")
    private static int count(Object[] args) {
        Client client = (Boolean) args[2] ? loggedIn : anonymous;
        String url = ((Supplier<String>) args[1]).get();
        int[] status = new int[1];
        int queries = QueryLog.capture(() -> {
            TestResponse response = client.get(url);
            status[0] = response.status();
            response.content();
        }).size();
        assertThat(status[0]).as(url).isEqualTo(200);
        return queries;
    }

    @ParameterizedTest(name = "{0}: {3} queries")
    @MethodSource("pages")
    void theSameNumberOfQueriesWithThreeTimesThePosts(String name, Supplier<String> url, boolean logIn, int expected) {
        assertThat(AT_TEN.get(name)).as(name + " with 10 posts").isEqualTo(expected);
        Client client = logIn ? loggedIn : anonymous;
        QueryLog.assertNumQueries(expected, () -> assertThat(client.get(url.get()).status()).isEqualTo(200));
    }
}
