package dev.quintet.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cli.Quintet;
import dev.quintet.utils.Text;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The blog's command line: its migrations are complete, {@code loadsampledata} loads once, and slugs. */
class BlogCommandsTest {
    private static BlogTestDatabase db;

    @BeforeAll
    static void setUp() {
        db = BlogTestDatabase.start("blog_commands");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static String run(int expectedCode, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Quintet.execute(BlogSite.site(db.settings()), print, print, args);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isEqualTo(expectedCode);
        return text;
    }

    @Test
    void theCommittedMigrationsMatchTheModels() {
        assertThat(run(0, "makemigrations", "--check")).contains("No changes detected");
        assertThat(run(0, "showmigrations", "blog")).isEqualTo("blog\n [X] 0001_initial\n");
    }

    @Test
    void loadSampleDataLoadsOnceAndResetStartsOver() {
        assertThat(run(0, "loadsampledata")).contains("the blog already has posts; nothing loaded");
        assertThat(Post.objects.count()).isEqualTo(29);
        Post.objects.get("slug", "hello-quintet").delete();
        assertThat(run(0, "loadsampledata", "--reset"))
                .contains("Sample data loaded: {users=4, categories=4, tags=6, posts=29, comments=26, likes=28}");
        assertThat(Post.objects.filter("published", true).count()).isEqualTo(27);
        assertThat(Post.objects.first().orElseThrow().title).isEqualTo("The request-response cycle");
        assertThat(Comment.objects.filter("approved", false).count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Hello, Quintet|hello-quintet",
        "  Spaces   and -- dashes  |spaces-and-dashes",
        "Café à la crème|cafe-a-la-creme",
        "select_related & prefetch_related|select_related-prefetch_related",
        "___|''",
    })
    void slugifyIsDjangos(String title, String slug) {
        assertThat(Text.slugify(title)).isEqualTo(slug);
    }

    @Test
    void slugsAreMadeUniqueAndFitTheColumn() {
        assertThat(PostFormViews.uniqueSlug("The request-response cycle")).isEqualTo("the-request-response-cycle-2");
        assertThat(PostFormViews.uniqueSlug("A new title")).isEqualTo("a-new-title");
        assertThat(PostFormViews.uniqueSlug("!!!")).isEqualTo("post");
        assertThat(PostFormViews.uniqueSlug("word ".repeat(30))).hasSizeLessThanOrEqualTo(44).doesNotEndWith("-");
    }
}
