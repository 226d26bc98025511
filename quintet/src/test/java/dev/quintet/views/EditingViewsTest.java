package dev.quintet.views;

import static dev.quintet.test.Assertions.assertContains;
import static dev.quintet.test.Assertions.assertFormError;
import static dev.quintet.test.Assertions.assertNumQueries;
import static dev.quintet.test.Assertions.assertRedirects;
import static dev.quintet.test.Assertions.assertTemplateUsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.db.Databases;
import dev.quintet.test.TestResponse;
import dev.quintet.views.blog.Post;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FormView, CreateView, UpdateView and DeleteView through the test client, on their own database. */
class EditingViewsTest {
    private static final Databases DBS = BlogSite.createDatabase();
    private static final BlogSite.DbClient CLIENT = new BlogSite.DbClient(BlogSite.settings(false), DBS);

    @AfterAll
    static void close() {
        DBS.close();
    }

    private static TestResponse post(String path, Map<String, ?> form) {
        return CLIENT.send(() -> CLIENT.client.post(path, form));
    }

    private static long count(Object... lookups) {
        return DBS.call(() -> lookups.length == 0 ? Post.objects.count() : Post.objects.filter(lookups).count());
    }

    static Stream<Arguments> forms() {
        // name, GET path, template, fragment
        return Stream.of(
                arguments("create form", "/posts/new/", "blog/post_form.html", "New post"),
                arguments("update form shows the object", "/posts/2/edit/", "blog/post_form.html", "Edit Post 2"),
                arguments("delete confirmation", "/posts/3/delete/", "blog/post_confirm_delete.html",
                        "Delete Post 3?"),
                arguments("form view", "/contact/", "contact.html", "Contact"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void get_shows_the_form(String name, String path, String template, String fragment) {
        TestResponse response = CLIENT.get(path);
        assertTemplateUsed(response, template);
        assertContains(response, fragment);
    }

    static Stream<Arguments> missing() {
        return Stream.of(arguments("/posts/999/edit/"), arguments("/posts/999/delete/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missing")
    void editing_a_missing_object_is_404(String path) {
        assertThat(CLIENT.get(path).status()).isEqualTo(404);
    }

    @Test
    void create_saves_and_redirects_to_the_absolute_url() {
        TestResponse response = post("/posts/new/", Map.of("title", "Fresh", "slug", "fresh", "author", "1",
                "tags", List.of("1", "2"), "pubDate", "2024-03-01", "createdAt", "2024-03-01 10:00:00"));
        long id = DBS.call(() -> Post.objects.get("slug", "fresh").id);
        assertRedirects(response, "/posts/" + id + "/");
        assertThat(DBS.call(() -> Post.objects.get("slug", "fresh").tags().all().list())).hasSize(2);
    }

    @Test
    void an_invalid_create_shows_the_errors_and_saves_nothing() {
        long before = count();
        TestResponse response = post("/posts/new/", Map.of("title", "", "slug", "post-1", "author", "1",
                "pubDate", "2024-03-01", "createdAt", "2024-03-01 10:00:00"));
        assertThat(response.status()).isEqualTo(200);
        assertFormError(response, "form", "title", List.of("This field is required."));
        assertFormError(response, "form", "slug", List.of("Post with this Slug already exists."));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void update_saves_and_formats_the_success_url_with_the_object() {
        TestResponse response = post("/posts/4/edit/", Map.of("title", "Renamed"));
        assertRedirects(response, "/posts/4/?edited=post-4");
        assertThat(DBS.call(() -> Post.objects.get("pk", 4).title)).isEqualTo("Renamed");
    }

    @Test
    void delete_needs_post_and_redirects_to_the_lazy_url() {
        assertThat(count("pk", 5)).isEqualTo(1);
        CLIENT.get("/posts/5/delete/");
        assertThat(count("pk", 5)).isEqualTo(1);
        assertRedirects(post("/posts/5/delete/", Map.of()), "/posts/");
        assertThat(count("pk", 5)).isZero();
    }

    @Test
    void form_view_valid_and_invalid() {
        assertRedirects(post("/contact/", Map.of("name", "ada")), "/thanks/");
        TestResponse invalid = post("/contact/", Map.of("name", "a name far too long"));
        assertFormError(invalid, "form", "name",
                List.of("Ensure this value has at most 10 characters (it has 19)."));
    }

    @Test
    void update_queries_are_bounded() {
        assertNumQueries(1, () -> assertThat(CLIENT.get("/posts/6/edit/").status()).isEqualTo(200));
    }
}
