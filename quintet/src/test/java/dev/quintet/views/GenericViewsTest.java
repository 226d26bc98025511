package dev.quintet.views;

import static dev.quintet.test.Assertions.assertContains;
import static dev.quintet.test.Assertions.assertNotContains;
import static dev.quintet.test.Assertions.assertNumQueries;
import static dev.quintet.test.Assertions.assertRedirects;
import static dev.quintet.test.Assertions.assertTemplateNotUsed;
import static dev.quintet.test.Assertions.assertTemplateUsed;
import static dev.quintet.test.Assertions.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.core.paginator.Page;
import dev.quintet.test.TestResponse;
import dev.quintet.views.blog.Post;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generic view through the test client, with the templates, contexts and queries they use. */
class GenericViewsTest {
    private static final BlogSite.DbClient CLIENT = new BlogSite.DbClient(BlogSite.settings(false));

    static Stream<Arguments> pages() {
        // name, path, template (null: none checked), fragments expected in the page
        return Stream.of(
                arguments("template view with url and static tags", "/", "home.html",
                        List.of("<a href=\"/posts/\">", "href=\"/static/blog/css/app.css\"", "path=/",
                                "static=/static/", "tz=America/Chicago")),
                arguments("template view with URL kwargs and extra context", "/about/ada/", "about.html",
                        List.of("About ada on Blog")),
                arguments("plain view with init args", "/hello/", null, List.of("Bonjour!Bonjour!")),
                arguments("detail by pk", "/posts/3/", "blog/post_detail.html",
                        List.of("<h1>Post 3</h1><p>post-3 by ada</p>")),
                arguments("detail by slug, named context object", "/entries/post-4/", "blog/entry.html",
                        List.of("Entry: Post 4 (post-4)")),
                arguments("list with ordering", "/tags/", "blog/tag_list.html", List.of("db;java;python;web;")),
                arguments("empty list allowed", "/empty-tags/", "blog/tag_list.html", List.of("no tags")),
                arguments("paginated list, first page", "/posts/", "blog/post_list.html",
                        List.of("<li>Post 1 by bob: python web</li>", "<li>Post 5 by cy:", "Page 1 of 4")),
                arguments("page from the URL kwarg", "/posts/page2/", "blog/post_list.html",
                        List.of("<li>Post 6 by ada:", "Page 2 of 4")),
                arguments("last page by name", "/posts/pagelast/", "blog/post_list.html",
                        List.of("<li>Post 20 by cy:", "Page 4 of 4")),
                arguments("unpaginated list", "/all-posts/", "blog/post_list.html",
                        List.of("<li>Post 1 by bob:", "<li>Post 20 by cy:")),
                arguments("function view with getObjectOr404 and render", "/fbv/2/", "blog/post_detail.html",
                        List.of("<h1>Post 2</h1>")),
                arguments("getListOr404", "/by/bob/", null, List.of("7 posts")),
                arguments("url tag uses the current namespace (a)", "/a/5/", "ns.html", List.of("/a/3/")),
                arguments("url tag uses the current namespace (b)", "/b/5/", "ns.html", List.of("/b/3/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void renders(String name, String path, String template, List<String> fragments) {
        TestResponse response = CLIENT.get(path);
        for (String fragment : fragments) {
            assertContains(response, fragment);
        }
        if (template != null) {
            assertTemplateUsed(response, template);
        }
    }

    static Stream<Arguments> notFound() {
        return Stream.of(
                arguments("unknown pk", "/posts/999/", Map.of()),
                arguments("unknown slug", "/entries/nope/", Map.of()),
                arguments("empty list not allowed", "/no-tags/", Map.of()),
                arguments("page past the end", "/posts/", Map.of("page", "5")),
                arguments("page zero", "/posts/", Map.of("page", "0")),
                arguments("page not a number", "/posts/", Map.of("page", "abc")),
                arguments("getObjectOr404", "/fbv/999/", Map.of()),
                arguments("getListOr404", "/by/zed/", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFound")
    void answers_404(String name, String path, Map<String, ?> query) {
        assertThat(CLIENT.get(path, query).status()).isEqualTo(404);
    }

    @Test
    void page_from_the_query_string() {
        TestResponse response = CLIENT.get("/posts/", Map.of("page", "3"));
        assertContains(response, "Page 3 of 4");
        assertNotContains(response, "Post 10 ");
        Page<?> page = (Page<?>) context(response).get("page_obj");
        assertThat(page.number()).isEqualTo(3);
        assertThat(page.startIndex()).isEqualTo(11);
        assertThat(context(response)).containsEntry("is_paginated", true).containsKey("paginator")
                .containsKey("view");
        assertThat(context(response).get("object_list")).isEqualTo(context(response).get("post_list"));
    }

    static Stream<Arguments> templatesRendered() {
        // name, path, templates in order
        return Stream.of(
                arguments("a list view's page, its parent, an include per post", "/cards/",
                        List.of("blog/post_cards.html", "base.html", "blog/_card.html", "blog/_card.html",
                                "blog/_card.html")),
                arguments("a function view through render()", "/fbv/2/", List.of("blog/post_detail.html")),
                arguments("a template view", "/about/ada/", List.of("about.html")),
                arguments("a redirect renders nothing", "/go/4/", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templatesRendered")
    void the_client_records_every_template_rendered(String name, String path, List<String> templates) {
        TestResponse response = CLIENT.get(path);
        assertThat(response.templateNames()).isEqualTo(templates);
        assertThat(response.context()).hasSize(templates.size());
    }

    @Test
    void each_template_is_recorded_with_its_context() {
        TestResponse response = CLIENT.get("/cards/");
        assertTemplateUsed(response, "blog/_card.html", 3);
        assertTemplateUsed(response, "base.html", 1);
        assertTemplateNotUsed(response, "blog/post_list.html");
        assertThat(response.context().get(0)).containsKeys("page_obj", "post_list", "view").doesNotContainKey("post");
        assertThat(response.context().get(2).get("post")).extracting(p -> ((Post) p).title).isEqualTo("Post 1");
        assertThat(response.context().get(4).get("post")).extracting(p -> ((Post) p).title).isEqualTo("Post 3");
        assertThat(response.context().get("post")).isSameAs(response.context().get(2).get("post"));
        assertThat(response.context().get("request")).isSameAs(response.request());
    }

    static Stream<Arguments> redirects() {
        // name, method, path, status, location
        return Stream.of(
                arguments("RedirectView by pattern name", "GET", "/go/4/", 302, "/posts/4/"),
                arguments("RedirectView permanent, url with kwargs, query kept", "GET", "/old/4/?x=1&y=2", 301,
                        "/posts/4/?x=1&y=2"),
                arguments("RedirectView answers every method", "DELETE", "/go/4/", 302, "/posts/4/"),
                arguments("redirect(model)", "GET", "/to-model/5/", 302, "/posts/5/"),
                arguments("redirect(name, args)", "GET", "/to-name/6/", 302, "/posts/6/"),
                arguments("redirect(url)", "GET", "/to-url/", 302, "/some/where/"),
                arguments("login required, anonymous", "GET", "/private/", 302, "/accounts/login/?next=/private/"),
                arguments("permission required, anonymous", "GET", "/editors/?a=b", 302,
                        "/accounts/login/?next=/editors/%3Fa%3Db"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redirects")
    void redirects(String name, String method, String path, int status, String location) {
        String[] parts = path.split("\\?", 2);
        TestResponse response = CLIENT.send(() -> {
            var request = CLIENT.client.request(method, parts[0]);
            if (parts.length > 1) {
                for (String pair : parts[1].split("&")) {
                    String[] kv = pair.split("=");
                    request.query(kv[0], kv[1]);
                }
            }
            return request.send();
        });
        assertRedirects(response, location, status);
    }

    @Test
    void redirect_view_without_url_is_gone() {
        assertThat(CLIENT.get("/gone/").status()).isEqualTo(410);
    }

    static Stream<Arguments> access() {
        // name, path, X-User header (null: anonymous), status
        return Stream.of(
                arguments("login required, logged in", "/private/", "ada:", 200),
                arguments("permission missing", "/editors/", "bob:blog.view_post", 403),
                arguments("permission held", "/editors/", "bob:blog.view_post,blog.change_post", 200),
                arguments("test failing, anonymous, raiseException", "/ada/", null, 403),
                arguments("test failing", "/ada/", "bob:", 403),
                arguments("test passing", "/ada/", "ada:", 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("access")
    void access_mixins(String name, String path, String user, int status) {
        TestResponse response = CLIENT.send(() -> {
            var request = CLIENT.client.request("GET", path);
            if (user != null) {
                request.header("X-User", user);
            }
            return request.send();
        });
        assertThat(response.status()).isEqualTo(status);
        if (status == 200) {
            assertContains(response, "secret");
        }
    }

    static Stream<Arguments> methods() {
        // name, method, path, status, Allow header (null: none expected), content
        return Stream.of(
                arguments("POST handler", "POST", "/hello/", 200, null, "posted"),
                arguments("unknown method is 405", "PUT", "/hello/", 405, "GET, POST, HEAD, OPTIONS", ""),
                arguments("automatic OPTIONS", "OPTIONS", "/hello/", 200, "GET, POST, HEAD, OPTIONS", ""),
                arguments("automatic HEAD", "HEAD", "/hello/", 200, null, null),
                arguments("detail view refuses POST", "POST", "/posts/3/", 405, "GET, HEAD, OPTIONS", ""),
                arguments("template view OPTIONS", "OPTIONS", "/", 200, "GET, HEAD, OPTIONS", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void dispatch_by_method(String name, String method, String path, int status, String allow, String content) {
        TestResponse response = CLIENT.send(() -> CLIENT.client.request(method, path).send());
        assertThat(response.status()).isEqualTo(status);
        if (allow != null) {
            assertThat(response.header("Allow")).isEqualTo(allow);
        }
        if (content != null) {
            assertThat(response.content()).isEqualTo(content);
        }
    }

    static Stream<Arguments> queryCounts() {
        // name, path, queries
        return Stream.of(
                arguments("paginated list: COUNT, one page with authors joined, tags prefetched", "/posts/", 3),
                arguments("last page: the same three", "/posts/pagelast/", 3),
                arguments("20 posts with authors and tags", "/all-posts/", 2),
                arguments("the same without selectRelated/prefetchRelated: 1 + 20 authors + 20 tag lists",
                        "/all-posts-naive/", 41),
                arguments("detail: the post, then its author", "/posts/3/", 2),
                arguments("template view: none", "/", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryCounts")
    void query_counts(String name, String path, int queries) {
        assertNumQueries(queries, () -> assertThat(CLIENT.get(path).status()).isEqualTo(200));
    }
}
