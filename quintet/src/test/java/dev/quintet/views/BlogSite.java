package dev.quintet.views;

import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;

import dev.quintet.apps.App;
import dev.quintet.conf.Settings;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.SchemaEditor;
import dev.quintet.http.HttpRequest;
import dev.quintet.middleware.Middleware;
import dev.quintet.templates.ContextProcessors;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import dev.quintet.urls.UrlPattern;
import dev.quintet.views.blog.Author;
import dev.quintet.views.blog.Post;
import dev.quintet.views.blog.Tag;
import dev.quintet.forms.FormFactory;
import dev.quintet.shortcuts.Shortcuts;
import dev.quintet.views.generic.ArchiveIndexView;
import dev.quintet.views.generic.CreateView;
import dev.quintet.views.generic.DateDetailView;
import dev.quintet.views.generic.DayArchiveView;
import dev.quintet.views.generic.MonthArchiveView;
import dev.quintet.views.generic.YearArchiveView;
import dev.quintet.views.generic.DeleteView;
import dev.quintet.views.generic.DetailView;
import dev.quintet.views.generic.FormView;
import dev.quintet.views.generic.UpdateView;
import dev.quintet.views.generic.ListView;
import dev.quintet.views.generic.RedirectView;
import dev.quintet.views.generic.TemplateView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The test site: the blog app (models in {@code views.blog}, templates and static files under
 * {@code dev/quintet/views/blogapp/}), an in-memory SQLite database with 3 authors, 4 tags and 20
 * posts (each with two tags), and a URLconf exercising every generic view.
 */
final class BlogSite {
    static final App BLOG = App.of("blog", "dev/quintet/views/blogapp");
    static final Databases DBS = createDatabase();

    /** A contact form: one required name. */
    static final class ContactForm extends dev.quintet.forms.Form {
        ContactForm(dev.quintet.http.MultiValueDict<String> data,
                dev.quintet.http.MultiValueDict<dev.quintet.http.UploadedFile> files) {
            super(data, files);
            field("name", new dev.quintet.forms.CharField().maxLength(10));
        }
    }

    private BlogSite() {
    }

    /** A middleware logging a user in from {@code X-User: name:perm1,perm2}. */
    static Middleware.Factory testLogin() {
        return settings -> (HttpRequest request, dev.quintet.http.View next) -> {
            String header = request.headers().get("X-User");
            if (header != null) {
                String[] parts = header.split(":", 2);
                Set<String> perms = parts.length > 1 ? Set.of(parts[1].split(",")) : Set.of();
                request.setUser(new BlogViews.TestUser(parts[0], perms));
            }
            return next.handle(request);
        };
    }

    static List<UrlPattern> namespaced() {
        return List.of(path("<int:pk>/", View.asView(TemplateView::new, Map.of("templateName", "ns.html")), "detail"));
    }

    static List<UrlPattern> urls() {
        List<UrlPattern> urls = new ArrayList<>();
        urls.add(path("", View.asView(TemplateView::new, Map.of("templateName", "home.html")), "home"));
        urls.add(path("about/<str:who>/", View.asView(TemplateView::new,
                Map.of("templateName", "about.html", "extraContext", Map.of("site", "Blog"))), "about"));
        urls.add(path("hello/", View.asView(BlogViews.Hello::new, Map.of("greeting", "Bonjour", "times", 2)), "hello"));
        urls.add(path("posts/", View.asView(BlogViews.PostList::new, Map.of("paginateBy", 5)), "post_list"));
        urls.add(path("posts/page<page>/", View.asView(BlogViews.PostList::new, Map.of("paginateBy", 5))));
        urls.add(path("all-posts/", View.asView(BlogViews.PostList::new), "all_posts"));
        urls.add(path("all-posts-naive/", View.asView(ListView<Post>::new, Map.of("model", Post.class))));
        urls.add(path("cards/", View.asView(BlogViews.PostList::new,
                Map.of("paginateBy", 3, "templateName", "blog/post_cards.html"))));
        urls.add(path("tags/", View.asView(ListView<Tag>::new, Map.of("model", Tag.class, "ordering", List.of("name")))));
        urls.add(path("no-tags/", View.asView(ListView<Tag>::new,
                Map.of("queryset", Tag.objects.filter("name", "nope"), "allowEmpty", false))));
        urls.add(path("empty-tags/", View.asView(ListView<Tag>::new, Map.of("queryset", Tag.objects.none()))));
        urls.add(path("posts/<int:pk>/", View.asView(DetailView<Post>::new, Map.of("model", Post.class)),
                "post_detail"));
        urls.add(path("entries/<slug:slug>/", View.asView(DetailView<Post>::new, Map.of("queryset", Post.objects.all(),
                "contextObjectName", "entry", "templateName", "blog/entry.html")), "entry"));
        urls.add(path("no-key/", View.asView(DetailView<Post>::new, Map.of("model", Post.class))));
        urls.add(path("go/<int:pk>/", View.asView(RedirectView::new, Map.of("patternName", "post_detail")), "go"));
        urls.add(path("old/<int:pk>/", View.asView(RedirectView::new,
                Map.of("url", "/posts/%(pk)s/", "permanent", true, "queryString", true))));
        urls.add(path("gone/", View.asView(RedirectView::new)));
        urls.add(path("private/", View.asView(BlogViews.Private::new)));
        urls.add(path("editors/", View.asView(BlogViews.Editors::new)));
        urls.add(path("ada/", View.asView(BlogViews.AdaOnly::new)));
        urls.add(path("fbv/<int:pk>/", BlogViews::detail, "fbv_detail"));
        urls.add(path("by/<str:name>/", BlogViews::byAuthor));
        urls.add(path("to-model/<int:pk>/", BlogViews::redirectToModel));
        urls.add(path("to-name/<int:pk>/", BlogViews::redirectToName));
        urls.add(path("to-url/", BlogViews::redirectToUrl));
        urls.add(path("posts/new/", View.asView(CreateView<Post>::new, Map.of("model", Post.class,
                "fields", List.of("title", "slug", "author", "tags", "pubDate", "createdAt"))), "post_create"));
        urls.add(path("posts/<int:pk>/edit/", View.asView(UpdateView<Post>::new, Map.of("model", Post.class,
                "fields", List.of("title"), "successUrl", "/posts/{id}/?edited={slug}")), "post_update"));
        urls.add(path("posts/<int:pk>/delete/", View.asView(DeleteView<Post>::new, Map.of("model", Post.class,
                "successUrl", Shortcuts.reverseLazy("post_list"))), "post_delete"));
        urls.add(path("contact/", View.asView(FormView::new, Map.of("templateName", "contact.html",
                "formClass", (FormFactory<ContactForm>) ContactForm::new, "successUrl", "/thanks/"))));
        Map<String, Object> dated = Map.of("model", Post.class, "dateField", "pubDate");
        urls.add(path("archive/", View.asView(ArchiveIndexView<Post>::new, dated)));
        urls.add(path("archive/<int:year>/", View.asView(YearArchiveView<Post>::new,
                Map.of("model", Post.class, "dateField", "pubDate", "makeObjectList", true))));
        urls.add(path("archive/<int:year>/<str:month>/", View.asView(MonthArchiveView<Post>::new, dated)));
        urls.add(path("archive/<int:year>/<str:month>/<int:day>/", View.asView(DayArchiveView<Post>::new, dated)));
        urls.add(path("archive/<int:year>/<str:month>/<int:day>/<int:pk>/",
                View.asView(DateDetailView<Post>::new, dated)));
        urls.add(path("archive-dt/<int:year>/<int:month>/", View.asView(MonthArchiveView<Post>::new,
                Map.of("model", Post.class, "dateField", "createdAt", "monthFormat", "%m"))));
        urls.add(path("paged/", View.asView(ArchiveIndexView<Post>::new, paged(Map.of("paginateBy", 6)))));
        urls.add(path("paged/<int:year>/", View.asView(YearArchiveView<Post>::new,
                paged(Map.of("paginateBy", 8, "makeObjectList", true)))));
        urls.add(path("paged-months/<int:year>/", View.asView(YearArchiveView<Post>::new,
                paged(Map.of("paginateBy", 8)))));
        urls.add(path("paged/<int:year>/<str:month>/", View.asView(MonthArchiveView<Post>::new,
                paged(Map.of("paginateBy", 3, "paginateOrphans", 1)))));
        urls.add(path("paged/<int:year>/<str:month>/<int:day>/", View.asView(DayArchiveView<Post>::new,
                paged(Map.of("paginateBy", 1, "allowEmpty", true)))));
        urls.add(path("paged/<int:year>/<str:month>/page<page>/", View.asView(MonthArchiveView<Post>::new,
                paged(Map.of("paginateBy", 4)))));
        urls.add(include("a/", namespaced(), "blog", "blog-a"));
        urls.add(include("b/", namespaced(), "blog", "blog-b"));
        return urls;
    }

    /** The date views' arguments over pubDate, with {@code more}. */
    private static Map<String, Object> paged(Map<String, Object> more) {
        Map<String, Object> args = new java.util.HashMap<>(Map.of("model", Post.class, "dateField", "pubDate"));
        args.putAll(more);
        return args;
    }

    static Settings settings(boolean debug) {
        return Settings.builder()
                .debug(debug)
                .installedApps(BLOG)
                .middleware(testLogin())
                .rootUrlconf(urls())
                .templates(TemplatesSettings.builder()
                        .contextProcessors(ContextProcessors.request(), ContextProcessors.staticFiles(),
                                ContextProcessors.tz())
                        .build())
                .build();
    }

    /** A client of the site whose requests run with the test database bound. */
    static final class DbClient {
        final Client client;
        final Databases dbs;

        DbClient(Settings settings) {
            this(settings, DBS);
        }

        DbClient(Settings settings, Databases dbs) {
            this.client = new Client(settings);
            this.dbs = dbs;
        }

        TestResponse get(String path) {
            return dbs.call(() -> client.get(path));
        }

        TestResponse get(String path, Map<String, ?> query) {
            return dbs.call(() -> client.get(path, query));
        }

        TestResponse send(Supplier<TestResponse> request) {
            return dbs.call(request);
        }
    }

    /** A fresh in-memory database with the blog's tables and rows. */
    static Databases createDatabase() {
        Databases dbs = Databases.fromUrl("sqlite::memory:");
        dbs.run(() -> {
            Database db = dbs.defaultDatabase();
            try (SchemaEditor editor = db.schemaEditor()) {
                editor.createModel(Author.objects.meta());
                editor.createModel(Tag.objects.meta());
                editor.createModel(Post.objects.meta());
            }
            List<Author> authors = new ArrayList<>();
            for (String name : List.of("ada", "bob", "cy")) {
                authors.add(Author.objects.create("name", name));
            }
            List<Tag> tags = new ArrayList<>();
            for (String name : List.of("java", "python", "web", "db")) {
                tags.add(Tag.objects.create("name", name));
            }
            for (int i = 1; i <= 20; i++) {
                int n = i;
                Post post = Post.objects.create(p -> {
                    p.title = "Post " + n;
                    p.slug = "post-" + n;
                    p.author = dev.quintet.db.models.Ref.to(authors.get(n % 3));
                    p.pubDate = LocalDate.of(2024, 1 + (n - 1) / 10, n);
                    p.createdAt = Instant.parse("2024-01-01T12:00:00Z").plusSeconds(86_400L * n);
                });
                post.tags().add(List.of(tags.get(n % 4), tags.get((n + 1) % 4)));
            }
        });
        return dbs;
    }
}
