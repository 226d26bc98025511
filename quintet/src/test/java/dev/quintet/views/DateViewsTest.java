package dev.quintet.views;

import static dev.quintet.test.Assertions.assertContains;
import static dev.quintet.test.Assertions.assertNumQueries;
import static dev.quintet.test.Assertions.assertTemplateUsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.core.paginator.Page;
import dev.quintet.test.ContextList;
import dev.quintet.test.TestResponse;
import dev.quintet.views.blog.Post;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date-based views over the test blog: posts 1–10 are dated January 1st–10th 2024, posts
 * 11–20 February 11th–20th (pubDate); createdAt is noon UTC on January 2nd–21st.
 */
class DateViewsTest {
    private static final BlogSite.DbClient CLIENT = new BlogSite.DbClient(BlogSite.settings(false));

    static Stream<Arguments> pages() {
        // name, path, template, fragment
        return Stream.of(
                arguments("archive index: years, latest first", "/archive/", "blog/post_archive.html",
                        "2024;|Post 20,Post 19,Post 18,"),
                arguments("year: months, objects, no neighbours", "/archive/2024/", "blog/post_archive_year.html",
                        "2024:Jan;Feb;|20|None|None"),
                arguments("month: days, next month with posts", "/archive/2024/jan/", "blog/post_archive_month.html",
                        "January 2024:1;2;3;4;5;6;7;8;9;10;|10|next=2024-02|prev="),
                arguments("month in any case, previous month", "/archive/2024/FEB/", "blog/post_archive_month.html",
                        "February 2024:11;12;13;14;15;16;17;18;19;20;|10|next=|prev=2024-01"),
                arguments("day with neighbours", "/archive/2024/jan/5/", "blog/post_archive_day.html",
                        "2024-01-05:Post 5|next=2024-01-06|prev=2024-01-04"),
                arguments("next day skips empty days", "/archive/2024/jan/10/", "blog/post_archive_day.html",
                        "2024-01-10:Post 10|next=2024-02-11|prev=2024-01-09"),
                arguments("date detail", "/archive/2024/jan/5/5/", "blog/post_detail.html", "<h1>Post 5</h1>"),
                arguments("date-time field, numeric month, days in TIME_ZONE", "/archive-dt/2024/1/",
                        "blog/post_archive_month.html",
                        "January 2024:2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;20;21;|20|"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void renders(String name, String path, String template, String fragment) {
        TestResponse response = CLIENT.get(path);
        assertTemplateUsed(response, template);
        assertContains(response, fragment);
    }

    static Stream<Arguments> notFound() {
        return Stream.of(
                arguments("empty month without allowEmpty", "/archive/2024/mar/"),
                arguments("unknown month name", "/archive/2024/foo/"),
                arguments("impossible date", "/archive/2024/feb/30/"),
                arguments("future year without allowFuture", "/archive/2999/"),
                arguments("object of another day", "/archive/2024/jan/6/5/"),
                arguments("empty day", "/archive/2024/jan/25/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFound")
    void answers_404(String name, String path) {
        assertThat(CLIENT.get(path).status()).isEqualTo(404);
    }

    static Stream<Arguments> pagination() {
        // name, path, ?page= (null: none), titles on the page, page number, pages, is_paginated
        return Stream.of(
                arguments("archive index, first page", "/paged/", null,
                        List.of("Post 20", "Post 19", "Post 18", "Post 17", "Post 16", "Post 15"), 1, 4, true),
                arguments("archive index, ?page=4 holds the rest", "/paged/", "4", List.of("Post 2", "Post 1"), 4, 4,
                        true),
                arguments("archive index, last", "/paged/", "last", List.of("Post 2", "Post 1"), 4, 4, true),
                arguments("year with its objects", "/paged/2024/", "2",
                        titles(12, 5), 2, 3, true),
                arguments("month, orphans join the last page", "/paged/2024/jan/", "3",
                        List.of("Post 4", "Post 3", "Post 2", "Post 1"), 3, 3, true),
                arguments("month, page from the URL keyword", "/paged/2024/feb/page2/", null,
                        List.of("Post 16", "Post 15", "Post 14", "Post 13"), 2, 3, true),
                arguments("day, one post per page: not paginated", "/paged/2024/jan/5/", null, List.of("Post 5"), 1,
                        1, false),
                arguments("empty day allowed: one empty page", "/paged/2024/jan/25/", null, List.of(), 1, 1,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagination")
    void paginates_as_a_list_view(String name, String path, String page, List<String> titles, int number, int pages,
            boolean paginated) {
        TestResponse response = CLIENT.get(path, page == null ? Map.of() : Map.of("page", page));
        assertThat(response.status()).isEqualTo(200);
        ContextList context = response.context();
        Page<?> pageObj = (Page<?>) context.get("page_obj");
        assertThat(pageObj.objectList()).extracting(p -> ((Post) p).title).containsExactlyElementsOf(titles);
        assertThat(pageObj.number()).isEqualTo(number);
        assertThat(context.get("paginator")).isSameAs(pageObj.paginator());
        assertThat(pageObj.paginator().numPages()).isEqualTo(pages);
        assertThat(context.get("is_paginated")).isEqualTo(paginated);
        assertThat(context.get("object_list")).isEqualTo(pageObj.objectList());
    }

    static Stream<Arguments> invalidPages() {
        // name, path, ?page=
        return Stream.of(
                arguments("past the end", "/paged/", "5"),
                arguments("zero", "/paged/2024/jan/", "0"),
                arguments("not a number", "/paged/2024/", "two"),
                arguments("past the end of a day", "/paged/2024/jan/5/", "2"),
                arguments("URL keyword past the end", "/paged/2024/jan/page4/", null),
                arguments("a year without its objects has nothing to paginate (as Django)", "/paged-months/2024/",
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPages")
    void an_invalid_page_is_a_404(String name, String path, String page) {
        assertThat(CLIENT.get(path, page == null ? Map.of() : Map.of("page", page)).status()).isEqualTo(404);
    }

    static Stream<Arguments> queryCounts() {
        // name, path, queries
        return Stream.of(
                arguments("archive index: exists, years, objects", "/archive/", 3),
                arguments("archive index paginated: exists, years, COUNT, one page", "/paged/", 4),
                arguments("month: exists, days, objects, next and previous month", "/archive/2024/jan/", 5),
                arguments("month paginated: exists, days, COUNT, one page, next, previous", "/paged/2024/jan/", 6),
                arguments("day paginated, allowEmpty (no exists, neighbours computed): COUNT, one page",
                        "/paged/2024/jan/5/", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryCounts")
    void query_counts(String name, String path, int queries) {
        assertNumQueries(queries, () -> assertThat(CLIENT.get(path).status()).isEqualTo(200));
    }

    private static List<String> titles(int from, int downTo) {
        List<String> titles = new java.util.ArrayList<>();
        for (int i = from; i >= downTo; i--) {
            titles.add("Post " + i);
        }
        return titles;
    }
}
