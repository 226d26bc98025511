package dev.quintet.examples.blog;

import dev.quintet.db.Database;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.models.Ref;
import java.sql.Connection;
import java.sql.ResultSet;

/**
 * Creates the blog's tables on first run and fills them with a few posts, so that the site has
 * something to show. (Migrations take over this job once the blog ships its migration files.)
 */
final class SampleData {
    private SampleData() {
    }

    static void ensure(Database db) {
        boolean exists = db.withConnection(c -> tableExists(c, "blog_post"));
        if (exists) {
            return;
        }
        try (SchemaEditor editor = db.schemaEditor()) {
            editor.createModel(Category.objects.meta());
            editor.createModel(Post.objects.meta());
        }
        Category news = category("News", "news");
        Category guides = category("Guides", "guides");
        post("Hello, Quintet", "hello-quintet", news,
                "Quintet is Django's request-response cycle in Java.\n\nThis post was created on first run.");
        post("How a request travels", "how-a-request-travels", guides,
                "Server, gateway, middleware, URL resolver, view, ORM, template, and back.\n\nEvery stage is a class you can read.");
        post("Templates <escaped> & safe", "templates-escaped", guides,
                "Variables are escaped: <script>alert('x')</script> stays text.");
        post("Search me", "search-me", news, "Try ?q=search on the list page.");
    }

    private static boolean tableExists(Connection c, String table) throws java.sql.SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static Category category(String name, String slug) {
        Category c = new Category();
        c.name = name;
        c.slug = slug;
        c.save();
        return c;
    }

    private static void post(String title, String slug, Category category, String content) {
        Post p = new Post();
        p.title = title;
        p.slug = slug;
        p.category = Ref.to(category);
        p.content = content;
        p.save();
    }
}
