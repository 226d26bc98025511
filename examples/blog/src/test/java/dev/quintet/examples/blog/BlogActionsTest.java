package dev.quintet.examples.blog;

import static dev.quintet.test.Assertions.assertContains;
import static dev.quintet.test.Assertions.assertNotContains;
import static dev.quintet.test.Assertions.assertRedirects;
import static dev.quintet.test.Assertions.assertTemplateUsed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.mail.EmailMessage;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blog's actions through the test client: logging in and out, commenting, writing, editing and liking posts. */
class BlogActionsTest {
    private static BlogTestDatabase db;

    @BeforeAll
    static void setUp() {
        db = BlogTestDatabase.start("blog_actions");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static Client anonymous() {
        return new Client(db.settings());
    }

    private static Client loggedIn(String username) {
        Client client = anonymous();
        TestResponse response = client.post("/accounts/login/", Map.of("username", username, "password", BlogTestDatabase.password()));
        assertThat(response.status()).as("login of " + username).isEqualTo(302);
        return client;
    }

    private static String detailUrl(String slug) {
        return "/blog/posts/" + Post.objects.get("slug", slug).id + "/";
    }

    @Test
    void loginFollowsNextAndShowsTheUserAndAMessage() {
        Client client = anonymous();
        TestResponse response = client.post("/accounts/login/",
                Map.of("username", "grace", "password", BlogTestDatabase.password(), "next", "/blog/stats/"));
        assertRedirects(response, "/blog/stats/");
        TestResponse page = client.get("/blog/stats/");
        assertContains(page, "<span id=\"nav-user\">grace</span>");
        assertContains(page, "<li class=\"success\">You are logged in.</li>");
        assertContains(page, "<a id=\"nav-create\" href=\"/blog/posts/create/\">");
        assertContains(page, "<form id=\"logout-form\" method=\"post\" action=\"/accounts/logout/\"><input type=\"hidden\" name=\"csrfmiddlewaretoken\"");
        assertNotContains(page, "id=\"nav-login\"");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageWithTheError() {
        TestResponse response = anonymous().post("/accounts/login/", Map.of("username", "ada", "password", "wrong"));
        assertThat(response.status()).isEqualTo(200);
        assertTemplateUsed(response, "registration/login.html");
        assertContains(response, "<ul class=\"errorlist\"><li>Please enter a correct username and password.");
        assertContains(response, "name=\"username\" id=\"id_username\" value=\"ada\"");
    }

    @Test
    void logoutIsPostOnly() {
        Client client = loggedIn("linus");
        assertThat(client.get("/accounts/logout/").status()).isEqualTo(405);
        assertRedirects(client.post("/accounts/logout/"), "/blog/");
        TestResponse page = client.get("/blog/");
        assertContains(page, "<li class=\"success\">You have been logged out.</li>");
        assertContains(page, "<a id=\"nav-login\" href=\"/accounts/login/?next=/blog/\">");
    }

    @Test
    void commentingNeedsALoginAndAddsAnApprovedComment() {
        String url = detailUrl("forms-that-validate");
        assertRedirects(anonymous().post(url, Map.of("comment", "Anonymous")), "/accounts/login/?next=" + url);
        Client client = loggedIn("grace");
        assertContains(client.get(url), "<form class=\"comment-form\" method=\"post\" action=\"" + url + "\">");
        assertRedirects(client.post(url, Map.of("comment", "Clear and short.\nThanks!")), url);
        TestResponse page = client.get(url);
        assertContains(page, "<li class=\"success\">Your comment was added.</li>");
        assertContains(page, "<strong class=\"comment-author\">grace</strong>");
        assertContains(page, "<div class=\"comment-content\"><p>Clear and short.<br>Thanks!</p></div>");
        assertThat(Comment.objects.filter("text", "Clear and short.\nThanks!").get("approved", true)).isNotNull();
    }

    @Test
    void creatingAPostNeedsALogin() {
        TestResponse response = anonymous().get("/blog/posts/create/");
        assertRedirects(response, "/accounts/login/?next=/blog/posts/create/");
    }

    @Test
    void aValidPostIsCreatedWithItsAuthorSlugTagsMessageAndEmail() {
        Client client = loggedIn("ada");
        TestResponse form = client.get("/blog/posts/create/");
        assertTemplateUsed(form, "blog/post_form.html");
        assertContains(form, "<form id=\"post-form\" method=\"post\" novalidate>");
        assertContains(form, "<select name=\"tags\"");
        db.outbox().clear();
        long django = Category.objects.get("slug", "django").id;
        List<Long> tags = List.of(Tag.objects.get("slug", "http").id, Tag.objects.get("slug", "testing").id);
        TestResponse response = client.post("/blog/posts/create/", Map.of(
                "title", "Middleware in order", "content", "Written in a test.", "category", django, "tags", tags));
        Post post = Post.objects.get("title", "Middleware in order", "author__username", "ada");
        assertThat(post.slug).isEqualTo("middleware-in-order-2");
        assertThat(post.tags().all().list()).extracting(t -> t.slug).containsExactly("http", "testing");
        assertRedirects(response, "/blog/posts/" + post.id + "/");
        assertContains(client.get("/blog/posts/" + post.id + "/"),
                "<li class=\"success\">Your post &quot;Middleware in order&quot; was created.</li>");
        List<EmailMessage> sent = db.outbox().outbox();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).to()).containsExactly("ada@example.com");
        assertThat(sent.get(0).body()).contains("http://testserver/blog/posts/" + post.id + "/");
        assertContains(client.get("/blog/"), "<a class=\"post-title\" href=\"/blog/posts/" + post.id + "/\">Middleware in order</a>");
    }

    @Test
    void anInvalidPostShowsTheFormAgainWithErrors() {
        Client client = loggedIn("ada");
        long before = Post.objects.count();
        TestResponse response = client.post("/blog/posts/create/", Map.of("title", "", "content", "No title"));
        assertThat(response.status()).isEqualTo(200);
        assertTemplateUsed(response, "blog/post_form.html");
        assertContains(response, "<ul class=\"errorlist\"", 2);
        assertContains(response, "This field is required.", 2);
        assertContains(response, ">\nNo title</textarea>");
        assertThat(Post.objects.count()).isEqualTo(before);
    }

    @Test
    void onlyTheAuthorMayEdit() {
        Post post = Post.objects.get("slug", "records-as-stage-outputs");
        String url = "/blog/posts/" + post.id + "/edit/";
        assertThat(loggedIn("grace").get(url).status()).isEqualTo(403);
        assertThat(loggedIn("grace").post(url, Map.of("title", "Hijacked")).status()).isEqualTo(403);
        assertRedirects(anonymous().get(url), "/accounts/login/?next=" + url);
        Client ada = loggedIn("ada");
        assertContains(ada.get("/blog/posts/" + post.id + "/"), "<a id=\"edit-post\" href=\"" + url + "\">");
        assertContains(ada.get(url), "value=\"Records as stage outputs\"");
        TestResponse saved = ada.post(url, Map.of("title", "Records between stages", "content", post.content,
                "category", post.category.id()));
        assertRedirects(saved, "/blog/posts/" + post.id + "/");
        TestResponse page = ada.get("/blog/posts/" + post.id + "/");
        assertContains(page, "<h1 id=\"post-title\">Records between stages</h1>");
        assertContains(page, "<li class=\"success\">Your post &quot;Records between stages&quot; was updated.</li>");
        assertThat(Post.objects.get("pk", post.id).slug).isEqualTo("records-as-stage-outputs");
    }

    @Test
    void likingIsPostOnlyNeedsALoginAndToggles() {
        Post post = Post.objects.get("slug", "scopedvalue-instead-of-threadlocal");
        String url = "/blog/posts/" + post.id + "/like/";
        long before = post.likes().all().count();
        Client ada = loggedIn("ada");
        assertThat(ada.get(url).status()).isEqualTo(405);
        assertRedirects(anonymous().post(url), "/accounts/login/?next=" + url);
        TestResponse liked = ada.post(url);
        assertThat(liked.header("Content-Type")).isEqualTo("application/json");
        assertThat(liked.json().get("success").asBoolean()).isTrue();
        assertThat(liked.json().get("liked").asBoolean()).isTrue();
        assertThat(liked.json().get("like_count").asLong()).isEqualTo(before + 1);
        assertContains(ada.get("/blog/posts/" + post.id + "/"), "like-button\" type=\"button\" data-post-id=\"" + post.id
                + "\" data-like-url=\"" + url + "\">Unlike</button>");
        TestResponse unliked = ada.post(url);
        assertThat(unliked.json().get("liked").asBoolean()).isFalse();
        assertThat(unliked.json().get("like_count").asLong()).isEqualTo(before);
    }

    @Test
    void anAnonymousLikeWithTheCsrfCookieIsSentToLogin() {
        Client browser = new Client(db.settings()).enforceCsrfChecks(true);
        String detail = detailUrl("middleware-in-order");
        String token = browser.get(detail).cookies().get("csrftoken").value();
        TestResponse response = browser.request("POST", detail + "like/").header("X-CSRFToken", token).send();
        assertRedirects(response, "/accounts/login/?next=" + detail + "like/");
    }

    @Test
    void csrfIsCheckedForRealBrowsers() {
        Client strict = new Client(db.settings()).enforceCsrfChecks(true);
        assertThat(strict.post("/accounts/login/", Map.of("username", "ada", "password", BlogTestDatabase.password())).status())
                .isEqualTo(403);
    }
}
