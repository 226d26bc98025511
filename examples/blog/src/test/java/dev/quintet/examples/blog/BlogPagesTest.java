package dev.quintet.examples.blog;

import static dev.quintet.test.Assertions.assertContains;
import static dev.quintet.test.Assertions.assertNotContains;
import static dev.quintet.test.Assertions.assertTemplateUsed;
import static dev.quintet.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import dev.quintet.urls.UrlConf;
import dev.quintet.urls.UrlPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The blog's read-only pages through the test client, on the sample data, with DEBUG off. */
class BlogPagesTest {
    private static BlogTestDatabase db;
    private static Client client;

    @BeforeAll
    static void setUp() {
        db = BlogTestDatabase.start("blog_pages");
        client = new Client(db.settings());
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    static long pk(String slug) {
        return Post.objects.get("slug", slug).id;
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("list, newest first", "/blog/", 200, "The request-response cycle", "blog:post_list"),
                Arguments.of("list page 3", "/blog/?page=3", 200, "Page 3 of 3", "blog:post_list"),
                Arguments.of("list page out of range", "/blog/?page=9", 404, "id=\"not-found\"", "blog:post_list"),
                Arguments.of("search over content", "/blog/?q=virtual", 200, "Virtual threads and blocking JDBC", "blog:post_list"),
                Arguments.of("search over title", "/blog/?q=MIDDLEWARE", 200, "Middleware in order", "blog:post_list"),
                Arguments.of("category filter", "/blog/?category=databases", 200, "QuerySets are lazy", "blog:post_list"),
                Arguments.of("category page", "/blog/category/performance/", 200, "Posts in Performance", "blog:category_posts"),
                Arguments.of("unknown category", "/blog/category/nope/", 404, "id=\"not-found\"", "blog:category_posts"),
                Arguments.of("tag page", "/blog/tag/orm/", 200, "Posts tagged ORM", "blog:tag_posts"),
                Arguments.of("unknown tag", "/blog/tag/nope/", 404, "id=\"not-found\"", "blog:tag_posts"),
                Arguments.of("detail by slug", "/blog/posts/the-request-response-cycle/", 200,
                        "<h1 id=\"post-title\">The request-response cycle</h1>", "blog:post_by_slug"),
                Arguments.of("detail linebreaks", "/blog/posts/the-request-response-cycle/", 200,
                        "<p>Every stage is a class you can read.</p>", "blog:post_by_slug"),
                Arguments.of("drafts are not shown", "/blog/posts/draft-the-admin/", 404, "id=\"not-found\"", "blog:post_by_slug"),
                Arguments.of("unknown post", "/blog/posts/99999/", 404, "Nothing lives at <code>/blog/posts/99999/</code>", "blog:post_detail"),
                Arguments.of("unknown URL", "/nowhere/", 404, "id=\"not-found\"", null),
                Arguments.of("statistics", "/blog/stats/", 200, "<dd id=\"total-posts\">27</dd>", "blog:statistics"),
                Arguments.of("api", "/api/posts/", 200, "\"slug\": \"the-request-response-cycle\"", "api:posts"),
                Arguments.of("login page", "/accounts/login/?next=/blog/", 200, "<input type=\"hidden\" name=\"next\" value=\"/blog/\">", "login"),
                Arguments.of("login page without next", "/accounts/login/", 200, "<form id=\"login-form\"", "login"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page(String name, String url, int status, String contains, String viewName) {
        TestResponse response = client.get(url);
        assertThat(response.status()).as(url).isEqualTo(status);
        assertThat(response.content().replace(" ", " ")).contains(contains);
        if (viewName != null && status != 404) {
            assertThat(response.resolverMatch().viewName()).isEqualTo(viewName);
        }
    }

    @Test
    void theStaticFilesAreServedInDevelopment() {
        Client debug = new Client(db.debugSettings());
        assertContains(debug.get("/static/blog/js/like.js"), "X-CSRFToken");
        assertContains(debug.get("/static/blog/css/blog.css"), ".like-count");
    }

    @Test
    void rootRedirectsToTheList() {
        assertThat(client.get("/").header("Location")).isEqualTo("/blog/");
    }

    @Test
    void theListShowsTenPostsAPageWithPaginationLinks() {
        TestResponse first = client.get("/blog/");
        assertTemplateUsed(first, "blog/post_list.html");
        assertContains(first, "<article class=\"post\">", 10);
        assertContains(first, "<span class=\"current\">Page 1 of 3</span>");
        // the newest post: four approved comments (one more awaits approval) and one like
        assertContains(first, "&middot; 4 comments &middot; 1 like</p>");
        assertContains(first, "<a id=\"next-page\" href=\"?page=2\">");
        assertNotContains(first, "id=\"prev-page\"");
        assertNotContains(first, "Draft: the admin");
        assertNotContains(first, "class=\"messages\"");
        TestResponse last = client.get("/blog/?page=3");
        assertContains(last, "<article class=\"post\">", 7);
        assertContains(last, "<a id=\"prev-page\" href=\"?page=2\">");
        assertNotContains(last, "id=\"next-page\"");
    }

    @Test
    void searchKeepsItsQueryInThePageLinksAndLeavesOutWhatDoesNotMatch() {
        TestResponse response = client.get("/blog/?q=the");
        assertContains(response, "name=\"q\" value=\"the\"");
        assertContains(response, "href=\"?q=the&amp;page=2\"");
        TestResponse virtual = client.get("/blog/?q=virtual");
        int found = count(virtual.content(), "<article class=\"post\">");
        assertThat(found).isBetween(1, 9);
        assertNotContains(virtual, "The request-response cycle</a>");
    }

    @Test
    void theCategoryFilterKeepsItsCategoryInThePageLinks() {
        TestResponse response = client.get("/blog/?category=django");
        assertContains(response, "<span class=\"current\">Page 1 of 2</span>");
        assertContains(response, "href=\"?category=django&amp;page=2\"");
        assertNotContains(response, "QuerySets are lazy");
    }

    @Test
    void theDetailPageShowsApprovedCommentsRelatedPostsAndTheLikeButton() {
        long pk = pk("the-request-response-cycle");
        TestResponse response = client.get("/blog/posts/" + pk + "/");
        assertTemplateUsed(response, "blog/post_detail.html");
        assertContains(response, "<div class=\"comment\">", 4);
        assertNotContains(response, "Awaiting moderation.");
        assertContains(response, "<li><a href=\"/blog/posts/", 3);
        assertContains(response, "<button id=\"like-btn-" + pk + "\" class=\"like-button\" type=\"button\" data-post-id=\""
                + pk + "\" data-like-url=\"/blog/posts/" + pk + "/like/\">Like</button>");
        assertContains(response, "<span id=\"like-count-" + pk + "\" class=\"like-count\">1</span>");
        assertContains(response, "<script src=\"/static/blog/js/like.js\"></script>");
        assertContains(response, "<a class=\"comment-login\" href=\"/accounts/login/?next=/blog/posts/" + pk + "/\">");
        assertNotContains(response, "form class=\"comment-form\"");
        assertNotContains(response, "id=\"edit-post\"");
        // like.js reads the CSRF cookie: the page sets it even without a form (ensure_csrf_cookie)
        assertThat(response.cookies()).containsKey("csrftoken");
        assertThat(response.content()).containsPattern("\\(\\d+\u00a0(minutes|hours?|days?)[^)]* ago\\)");
    }

    @Test
    void theDetailAnswersJsonWhenAsked() {
        long pk = pk("the-request-response-cycle");
        TestResponse response = client.request("GET", "/blog/posts/" + pk + "/").header("Accept", "application/json").send();
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.json().get("title").asText()).isEqualTo("The request-response cycle");
        assertThat(response.json().get("author").asText()).isEqualTo("ada");
        assertThat(response.json().get("category").asText()).isEqualTo("Django");
        assertThat(response.json().get("comments")).hasSize(4);
        assertThat(response.json().get("like_count").asInt()).isEqualTo(1);
    }

    @Test
    void theStatisticsPageAggregatesAndAnnotates() {
        TestResponse response = client.get("/blog/stats/");
        // 27 published posts; 26 comments of which 25 on published posts (4+1 on the newest, 6 on two posts, 8 single)
        long comments = Comment.objects.filter("post__published", true).count();
        assertContains(response, "<dd id=\"total-posts\">27</dd>");
        assertContains(response, "<dd id=\"average-comments\">" + String.format(java.util.Locale.ROOT, "%.2f", comments / 27.0) + "</dd>");
        assertContains(response, "<dd id=\"latest-post\"><a href=\"/blog/posts/" + pk("the-request-response-cycle")
                + "/\">The request-response cycle</a>");
        Matcher popular = Pattern.compile("<ul id=\"popular-posts\">(.*?)</ul>", Pattern.DOTALL).matcher(response.content());
        assertThat(popular.find()).isTrue();
        assertThat(popular.group(1)).contains("Middleware in order</a> (6 comments)", "Virtual threads and blocking JDBC</a> (6 comments)");
        assertThat(count(popular.group(1), "<li>")).isEqualTo(2);
    }

    @Test
    void everyResponseCarriesTheSeedsTimingAndSecurityHeaders() {
        TestResponse response = client.get("/blog/");
        assertThat(response.header("X-Response-Time")).matches("\\d+\\.\\d{3}s");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anErrorInAViewShowsTheCustom500PageInProduction() {
        Settings settings = db.settings();
        assertThat(settings.debug()).isFalse();
        UrlConf site = settings.rootUrlconf();
        List<UrlPattern> patterns = new ArrayList<>(site.patterns());
        patterns.add(path("boom/", request -> {
            throw new IllegalStateException("boom");
        }, "boom"));
        UrlConf failing = UrlConf.builder().patterns(patterns)
                .handler404(site.handler404()).handler500(site.handler500()).build();
        TestResponse response = new Client(settings.toBuilder().rootUrlconf(failing).build()).get("/boom/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.content()).contains("<h1 id=\"server-error\">Server error</h1>").doesNotContain("boom");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
