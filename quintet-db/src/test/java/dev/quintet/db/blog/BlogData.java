package dev.quintet.db.blog;

import dev.quintet.db.models.Apps;
import dev.quintet.db.testing.TestDatabases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Creates the blog tables on every back end and fills them with a fixed data set. */
public final class BlogData {
    public static final Apps APPS = Apps.of(Author.class, Tag.class, Post.class, Comment.class);

    private BlogData() {
    }

    /** Recreates the tables and loads the data on every reachable back end. */
    public static void load() {
        TestDatabases.createTables(APPS.models());
        for (String b : TestDatabases.BACKENDS) {
            if (TestDatabases.available(b)) {
                TestDatabases.run(b, BlogData::fill);
            }
        }
    }

    private static void fill() {
        Author ada = Author.objects.create("name", "ada", "email", "ada@example.org", "age", 36);
        Author bob = Author.objects.create("name", "bob", "age", 25);
        Author cy = Author.objects.create("name", "cy", "email", "cy@example.org");
        Tag java = Tag.objects.create("name", "java");
        Tag django = Tag.objects.create("name", "django");
        Tag.objects.create("name", "unused");
        Post p1 = post("Hello World", "hello", ada, 10, 4.5, "9.99", true, "2024-01-15T10:30:00Z", LocalDate.of(2024, 1, 15));
        Post p2 = post("Django tips", "django-tips", ada, 100, 3.0, null, true, "2024-03-02T22:05:00Z", null);
        Post p3 = post("100% pure_java", "pure-java", bob, 5, null, "20.00", false, "2023-12-31T23:59:00Z", LocalDate.of(2023, 12, 31));
        post("Back\\slash O'Brien", "backslash", bob, 0, 5.0, null, true, "2024-03-03T08:00:00Z", null);
        p1.tags().add(List.of(java, django));
        p2.tags().add(django);
        p3.tags().add(java);
        comment(p1, bob, "Great", true);
        comment(p1, cy, "Meh", false);
        comment(p2, ada, "Self", true);
        comment(p3, null, "anon", true);
    }

    private static Post post(String title, String slug, Author a, int views, Double rating, String price, boolean published,
                             String created, LocalDate pubDate) {
        return Post.objects.create(p -> {
            p.title = title;
            p.slug = slug;
            p.author = dev.quintet.db.models.Ref.to(a);
            p.views = views;
            p.rating = rating;
            p.price = price == null ? null : new BigDecimal(price);
            p.published = published;
            p.createdAt = Instant.parse(created);
            p.pubDate = pubDate;
        });
    }

    private static void comment(Post p, Author a, String text, boolean approved) {
        Comment.objects.create("post", p, "author", a, "text", text, "approved", approved);
    }
}
