package dev.quintet.views;

import static dev.quintet.test.Assertions.assertContains;
import static dev.quintet.test.Assertions.assertNumQueries;
import static dev.quintet.test.Assertions.assertTemplateUsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.test.TestResponse;
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

    @Test
    void a_month_costs_five_queries() {
        // exists, the day list, the objects, the next and the previous month
        assertNumQueries(5, () -> assertThat(CLIENT.get("/archive/2024/jan/").status()).isEqualTo(200));
    }
}
