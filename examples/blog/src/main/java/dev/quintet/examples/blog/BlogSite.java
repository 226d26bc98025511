package dev.quintet.examples.blog;

import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;

import dev.quintet.apps.App;
import dev.quintet.cli.Quintet;
import dev.quintet.cli.Site;
import dev.quintet.conf.Settings;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.middleware.CommonMiddleware;
import dev.quintet.middleware.ConditionalGetMiddleware;
import dev.quintet.middleware.GZipMiddleware;
import dev.quintet.middleware.SecurityMiddleware;
import dev.quintet.middleware.XFrameOptionsMiddleware;
import dev.quintet.templates.ContextProcessors;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.urls.UrlPattern;
import java.util.List;
import java.util.Map;

/**
 * The blog of the seed documents: settings, URLconf and {@code main}, Django's {@code settings.py},
 * {@code urls.py} and {@code manage.py} in one place.
 *
 * <pre>
 * java -jar examples/blog/target/blog.jar runserver          # http://127.0.0.1:8000/
 * DATABASE_URL=postgres://user:pass@127.0.0.1:5432/blog java -jar examples/blog/target/blog.jar runserver
 * </pre>
 */
public final class BlogSite {
    /** Where the blog keeps its data unless {@code DATABASE_URL} says otherwise. */
    public static final String DEFAULT_DATABASE_URL = "sqlite:///blog.sqlite3";

    private BlogSite() {
    }

    /** The settings, with the environment's overrides ({@code QUINTET_DEBUG}, {@code DATABASE_URL}…). */
    public static Settings settings(Map<String, String> env) {
        return Settings.builder()
                .debug(true)
                .secretKey("blog-example-development-key-change-me-in-production-0123456789")
                .allowedHosts("127.0.0.1", "localhost", "testserver", "[::1]")
                .databaseUrl(DEFAULT_DATABASE_URL)
                .installedApps(App.of("blog", "dev/quintet/examples/blog"))
                .templates(TemplatesSettings.builder()
                        .appDirs(true)
                        .contextProcessors(ContextProcessors.request(), ContextProcessors.debug())
                        .build())
                .middleware(
                        SecurityMiddleware::new,
                        s -> new RequestLoggingMiddleware(),
                        CommonMiddleware::new,
                        ConditionalGetMiddleware::new,
                        GZipMiddleware::new,
                        XFrameOptionsMiddleware::new)
                .rootUrlconf(urlpatterns())
                .fromEnvironment(env)
                .build();
    }

    /** The root URLconf: {@code blog/} (namespace {@code blog}) and {@code api/}, as in the seed. */
    static List<UrlPattern> urlpatterns() {
        BlogViews views = new BlogViews();
        List<UrlPattern> blog = List.of(
                path("", views::postList, "post_list"),
                path("posts/<int:pk>/", views::postDetail, "post_detail"),
                path("posts/<slug:slug>/", views::postBySlug, "post_by_slug"),
                path("category/<str:category>/", views::categoryPosts, "category_posts"));
        List<UrlPattern> api = List.of(path("posts/", views::apiPosts, "posts"));
        return List.of(
                path("", request -> new HttpResponseRedirect("/blog/"), "home"),
                path("blog/", include(blog, "blog")),
                path("api/", include(api, "api")));
    }

    public static void main(String[] args) {
        Settings settings = settings(System.getenv());
        Databases databases = Databases.fromUrl(settings.databaseUrl());
        Databases.install(databases);
        SampleData.ensure(databases.defaultDatabase());
        Quintet.main(Site.of("blog", settings), args);
    }
}
