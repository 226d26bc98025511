package dev.quintet.examples.blog;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.User;
import dev.quintet.contrib.auth.Users;
import dev.quintet.db.models.Ref;
import dev.quintet.utils.Text;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample users, categories, tags, posts, comments and likes of the blog, through the ORM only.
 * The same data every run: 27 published posts (three pages) and 2 drafts, one day apart, the
 * newest being "The request-response cycle"; the dates count back from the time of loading.
 */
final class SampleData {
    /** The password of every sample user. */
    static final String PASSWORD = "quintet-demo";
    static final List<String> USERS = List.of("ada", "grace", "linus", "admin");

    private record PostSpec(String title, String author, String category, List<String> tags, String content) {
    }

    private static final String[][] CATEGORIES = {
        {"Django", "django"}, {"Java", "java"}, {"Databases", "databases"}, {"Performance", "performance"}};
    private static final String[][] TAGS = {
        {"HTTP", "http"}, {"ORM", "orm"}, {"Templates", "templates"}, {"Testing", "testing"},
        {"Concurrency", "concurrency"}, {"Tutorial", "tutorial"}};

    /** Newest first. */
    private static final List<PostSpec> POSTS = List.of(
            post("The request-response cycle", "ada", "django", "http tutorial",
                    "A request arrives at the server, passes the middleware, is resolved to a view, "
                    + "the view asks the ORM and renders a template, and the response travels back.\n\n"
                    + "Every stage is a class you can read."),
            post("Middleware in order", "grace", "django", "http", "Security, sessions, common, CSRF, authentication, messages."),
            post("URL patterns are data", "linus", "django", "http", "path(), include() and namespaces, resolved once."),
            post("Class-based views by composition", "ada", "django", "tutorial", "ListView, DetailView and friends, one level deep."),
            post("Forms that validate", "grace", "django", "tutorial", "Clean, validate, and show the errors next to the fields."),
            post("Virtual threads and blocking JDBC", "linus", "java", "concurrency",
                    "A virtual thread per request lets plain JDBC calls block without holding a platform thread."),
            post("Records as stage outputs", "ada", "java", "", "Immutable values between the stages of the cycle."),
            post("ScopedValue instead of ThreadLocal", "grace", "java", "concurrency", "Per-request context bound for a scope."),
            post("Sealed types for settings", "linus", "java", "", "Typed settings, checked at start-up."),
            post("Pattern matching in views", "ada", "java", "tutorial", "Switch over the request's method."),
            post("QuerySets are lazy", "grace", "databases", "orm", "Nothing runs until you iterate, count or slice."),
            post("select_related and prefetch_related", "linus", "databases", "orm",
                    "One JOIN for foreign keys, one query per many-valued relation: no N+1."),
            post("Migrations you can read", "ada", "databases", "orm", "makemigrations writes Java you review and commit."),
            post("Transactions and savepoints", "grace", "databases", "orm", "atomic blocks nest through savepoints."),
            post("PostgreSQL and SQLite side by side", "linus", "databases", "testing", "The same tests on both back ends."),
            post("Counting queries in tests", "ada", "performance", "testing orm", "assertNumQueries keeps pages constant."),
            post("Caching whole pages", "grace", "performance", "http", "The cache middleware around a view."),
            post("GZip and conditional GET", "linus", "performance", "http", "Smaller bodies and 304 answers."),
            post("Connection pools", "ada", "performance", "concurrency",
                    "HikariCP sized for virtual threads: the pool, not the thread count, limits the database."),
            post("Templates that escape", "grace", "django", "templates", "Variables are escaped unless marked safe."),
            post("Template inheritance", "linus", "django", "templates", "extends, block and block.super."),
            post("Filters: date, timesince, linebreaks", "ada", "django", "templates", "Formatting in the template, not the view."),
            post("Static files", "grace", "django", "", "The static tag and collectstatic."),
            post("Sessions and messages", "linus", "django", "http", "Messages survive one redirect."),
            post("CSRF tokens in forms and fetch", "ada", "django", "http", "A hidden field, or the X-CSRFToken header."),
            post("Testing with the test client", "grace", "java", "testing", "Requests in process, through the whole cycle."),
            post("Hello, Quintet", "linus", "java", "tutorial", "Django's request-response cycle, in Java."));

    private static final List<PostSpec> DRAFTS = List.of(
            post("Draft: the admin", "ada", "django", "", "Not written yet."),
            post("Draft: async views", "grace", "java", "concurrency", "Not written yet."));

    private SampleData() {
    }

    private static PostSpec post(String title, String author, String category, String tags, String content) {
        return new PostSpec(title, author, category, tags.isBlank() ? List.of() : List.of(tags.split(" ")), content);
    }

    /** True when the blog already holds posts (the command then does nothing). */
    static boolean loaded() {
        return Post.objects.all().exists();
    }

    /** Removes the blog's rows and the sample users. */
    static void reset() {
        Comment.objects.all().delete();
        Post.objects.all().delete();
        Tag.objects.all().delete();
        Category.objects.all().delete();
        User.objects.filter("username__in", USERS).delete();
    }

    /** Loads everything; returns one line per kind of object, for the command's output. */
    static Map<String, Integer> load(Settings settings) {
        Map<String, User> users = new LinkedHashMap<>();
        for (String name : USERS) {
            User existing = User.objects.filter("username", name).first().orElse(null);
            users.put(name, existing != null ? existing : name.equals("admin")
                    ? Users.createSuperuser(settings, name, name + "@example.com", PASSWORD)
                    : Users.createUser(settings, name, name + "@example.com", PASSWORD));
        }
        Map<String, Category> categories = new LinkedHashMap<>();
        for (String[] c : CATEGORIES) {
            categories.put(c[1], Category.objects.create(Map.of("name", c[0], "slug", c[1])));
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (String[] t : TAGS) {
            tags.put(t[1], Tag.objects.create(Map.of("name", t[0], "slug", t[1])));
        }
        Instant newest = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<Post> posts = new ArrayList<>();
        int comments = 0;
        for (int i = 0; i < POSTS.size() + DRAFTS.size(); i++) {
            boolean draft = i >= POSTS.size();
            PostSpec spec = draft ? DRAFTS.get(i - POSTS.size()) : POSTS.get(i);
            Post p = save(spec, users, categories, tags, !draft, newest.minus(Duration.ofDays(i)));
            posts.add(p);
            comments += comment(p, i, users);
        }
        int likes = 0;
        for (int i = 0; i < POSTS.size(); i += 2) {
            List<User> likers = List.copyOf(users.values()).subList(0, 1 + i % 3);
            posts.get(i).likes().add(likers);
            likes += likers.size();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("users", users.size());
        counts.put("categories", categories.size());
        counts.put("tags", tags.size());
        counts.put("posts", posts.size());
        counts.put("comments", comments);
        counts.put("likes", likes);
        return counts;
    }

    private static Post save(PostSpec spec, Map<String, User> users, Map<String, Category> categories,
                             Map<String, Tag> tags, boolean published, Instant createdAt) {
        Post p = new Post();
        p.title = spec.title();
        p.slug = Text.slugify(spec.title());
        p.author = Ref.to(users.get(spec.author()));
        p.category = Ref.to(categories.get(spec.category()));
        p.content = spec.content();
        p.published = published;
        p.save();
        // auto_now_add stamps the insert time; spread the posts one day apart, newest first
        Post.objects.filter("pk", p.id).update(Map.of("createdAt", createdAt, "updatedAt", createdAt));
        p.createdAt = createdAt;
        p.updatedAt = createdAt;
        if (!spec.tags().isEmpty()) {
            p.tags().add(spec.tags().stream().map(tags::get).toList());
        }
        return p;
    }

    /**
     * Comments on post {@code i}: the newest post has four approved and one awaiting approval, two
     * posts have six (the statistics page's popular posts), every third post one.
     */
    private static int comment(Post p, int i, Map<String, User> users) {
        int approved = switch (i) {
            case 0 -> 4;
            case 1, 5 -> 6;
            default -> i % 3 == 0 ? 1 : 0;
        };
        List<User> authors = List.copyOf(users.values());
        for (int n = 0; n < approved; n++) {
            addComment(p, authors.get(n % 3), "Comment " + (n + 1) + " on \u201c" + p.title + "\u201d.", true);
        }
        if (i == 0) {
            addComment(p, authors.get(2), "Awaiting moderation.", false);
        }
        return approved + (i == 0 ? 1 : 0);
    }

    private static void addComment(Post p, User author, String text, boolean approved) {
        Comment c = new Comment();
        c.post = Ref.to(p);
        c.author = Ref.to(author);
        c.text = text;
        c.approved = approved;
        c.save();
    }
}
