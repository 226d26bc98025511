package dev.quintet.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.db.Databases;
import dev.quintet.db.QueryLog;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the example through the test client, on a fresh SQLite database. */
class BlogSiteTest {
    private static Path dir;
    private static Databases databases;
    private static Client client;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("blog-test");
        databases = Databases.fromUrl("sqlite:///" + dir.resolve("blog.sqlite3"));
        Databases.install(databases);
        SampleData.ensure(databases.defaultDatabase());
        client = new Client(BlogSite.settings(Map.of("QUINTET_DEBUG", "false")));
    }

    @AfterAll
    static void tearDown() throws Exception {
        databases.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("root redirects to the list", "/", 302, "", "blog:"),
                Arguments.of("list shows every published post", "/blog/", 200, "How a request travels", "blog:post_list"),
                Arguments.of("list escapes titles", "/blog/", 200, "Templates &lt;escaped&gt; &amp; safe", "blog:post_list"),
                Arguments.of("search by title", "/blog/?q=hello", 200, "Hello, Quintet", "blog:post_list"),
                Arguments.of("search by content", "/blog/?q=stage", 200, "How a request travels", "blog:post_list"),
                Arguments.of("category filter", "/blog/?category=news", 200, "Search me", "blog:post_list"),
                Arguments.of("detail by pk", "/blog/posts/1/", 200, "This post was created on first run.</p>", "blog:post_detail"),
                Arguments.of("detail by slug", "/blog/posts/search-me/", 200, "Try ?q=search", "blog:post_by_slug"),
                Arguments.of("detail escapes content", "/blog/posts/templates-escaped/", 200, "&lt;script&gt;", "blog:post_by_slug"),
                Arguments.of("category page", "/blog/category/guides/", 200, "How a request travels", "blog:category_posts"),
                Arguments.of("unknown post is 404", "/blog/posts/999/", 404, "Not Found", "blog:post_detail"),
                Arguments.of("unknown category is 404", "/blog/category/nope/", 404, "Not Found", "blog:category_posts"),
                Arguments.of("missing slash redirects", "/blog/posts/1", 301, "", null),
                Arguments.of("api lists posts", "/api/posts/", 200, "\"slug\": \"hello-quintet\"", "api:posts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page(String name, String path, int status, String contains, String viewName) {
        TestResponse response = client.get(path);
        assertThat(response.status()).as(path).isEqualTo(status);
        assertThat(response.content()).contains(contains);
        if (viewName != null && viewName.endsWith(":")) {
            assertThat(response.header("Location")).isEqualTo("/blog/");
        } else if (viewName != null) {
            assertThat(response.resolverMatch().viewName()).isEqualTo(viewName);
        }
    }

    @Test
    void searchLeavesOutWhatDoesNotMatch() {
        assertThat(client.get("/blog/?q=hello").content()).doesNotContain("How a request travels");
    }

    @Test
    void detailAnswersJsonWhenAsked() {
        TestResponse response = client.request("GET", "/blog/posts/1/").header("Accept", "application/json").send();
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.json().get("title").asText()).isEqualTo("Hello, Quintet");
        assertThat(response.json().get("category").asText()).isEqualTo("News");
    }

    @Test
    void everyResponseCarriesTheSeedsTimingAndSecurityHeaders() {
        TestResponse response = client.get("/blog/");
        assertThat(response.header("X-Response-Time")).matches("\\d+\\.\\d{3}s");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theListRunsAConstantNumberOfQueries() {
        // posts with their categories (one JOIN) and the category menu: two queries, whatever the number of posts
        QueryLog.assertNumQueries(2, () -> client.get("/blog/"));
    }
}
