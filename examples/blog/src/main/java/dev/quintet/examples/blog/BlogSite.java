package dev.quintet.examples.blog;

import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;

import dev.quintet.cli.Quintet;
import dev.quintet.cli.Site;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.AuthApp;
import dev.quintet.contrib.auth.AuthDecorators;
import dev.quintet.contrib.auth.AuthSettings;
import dev.quintet.contrib.auth.AuthViews;
import dev.quintet.contrib.auth.AuthenticationMiddleware;
import dev.quintet.contrib.contenttypes.ContentTypesApp;
import dev.quintet.contrib.messages.MessageMiddleware;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.contrib.sessions.SessionsApp;
import dev.quintet.contrib.staticfiles.StaticFilesMiddleware;
import dev.quintet.db.Databases;
import dev.quintet.contrib.messages.Messages;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.mail.ConsoleEmailBackend;
import dev.quintet.mail.EmailSettings;
import dev.quintet.middleware.CommonMiddleware;
import dev.quintet.middleware.ConditionalGetMiddleware;
import dev.quintet.middleware.CsrfViewMiddleware;
import dev.quintet.middleware.GZipMiddleware;
import dev.quintet.middleware.SecurityMiddleware;
import dev.quintet.middleware.XFrameOptionsMiddleware;
import dev.quintet.middleware.csrf.Csrf;
import dev.quintet.shortcuts.Shortcuts;
import dev.quintet.templates.ContextProcessors;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.urls.UrlConf;
import dev.quintet.urls.UrlPattern;
import dev.quintet.views.decorators.Http;
import dev.quintet.views.View;
import java.util.List;
import java.util.Map;

/**
 * The blog of the seed documents: settings, URLconf and {@code main}, Django's {@code settings.py},
 * {@code urls.py} and {@code manage.py} in one place.
 *
 * <pre>
 * java -jar examples/blog/target/blog.jar runserver          # migrates, loads the sample data, serves http://127.0.0.1:8000/
 * DATABASE_URL=postgres://user:pass@127.0.0.1:5432/blog java -jar examples/blog/target/blog.jar runserver
 * java -jar examples/blog/target/blog.jar migrate            # or any other command: loadsampledata, createsuperuser...
 * </pre>
 */
public final class BlogSite {
    /** Where the blog keeps its data unless {@code DATABASE_URL} says otherwise. */
    public static final String DEFAULT_DATABASE_URL = "sqlite:///blog.sqlite3";

    private BlogSite() {
    }

    /** The settings, with the environment's overrides ({@code QUINTET_DEBUG}, {@code DATABASE_URL}…). */
    public static Settings settings(Map<String, String> env) {
        Settings base = Settings.builder()
                .debug(true)
                .secretKey("blog-example-development-key-change-me-in-production-0123456789")
                .allowedHosts("127.0.0.1", "localhost", "testserver", "[::1]")
                .timeZone("UTC")
                .databaseUrl(DEFAULT_DATABASE_URL)
                .installedApps(new ContentTypesApp(), new AuthApp(), new SessionsApp(), new BlogApp())
                .templates(TemplatesSettings.builder()
                        .appDirs(true)
                        .contextProcessors(ContextProcessors.request(), ContextProcessors.auth(),
                                ContextProcessors.csrf(), ContextProcessors.messages(),
                                ContextProcessors.debug(), ContextProcessors.staticFiles())
                        .build())
                // Django's default order, with the seed's request logging, conditional GET and
                // compression around it, and the static files served first (WhiteNoise's place).
                .middleware(
                        SecurityMiddleware::new,
                        StaticFilesMiddleware::new,
                        s -> new RequestLoggingMiddleware(),
                        GZipMiddleware::new,
                        ConditionalGetMiddleware::new,
                        SessionMiddleware::new,
                        CommonMiddleware::new,
                        CsrfViewMiddleware::new,
                        AuthenticationMiddleware::new,
                        MessageMiddleware::new,
                        XFrameOptionsMiddleware::new)
                .auth(AuthSettings.DEFAULTS.withUrls("/accounts/login/", "/blog/", "/blog/"))
                .email(EmailSettings.DEFAULTS.withBackend(new ConsoleEmailBackend())
                        .withAddresses("blog@example.com", "root@localhost", "[Blog] ", List.of()))
                .fromEnvironment(env)
                .build();
        return base.toBuilder().rootUrlconf(urlconf(base)).build();
    }

    /** The root URLconf: {@code accounts/}, {@code blog/} (namespace {@code blog}) and {@code api/}, as in the seed. */
    static UrlConf urlconf(Settings settings) {
        AuthViews auth = AuthViews.of(settings).withRenderer(Shortcuts::render);
        List<UrlPattern> blog = List.of(
                path("", View.asView(PostListView::new), "post_list"),
                path("posts/create/", View.asView(PostFormViews.Create::new), "post_create"),
                path("posts/<int:pk>/", Csrf.ensureCookie(BlogViews::postDetail), "post_detail"),
                path("posts/<int:pk>/edit/", View.asView(PostFormViews.Edit::new), "post_edit"),
                path("posts/<int:pk>/like/", Http.requirePOST(AuthDecorators.loginRequired(BlogViews::like)), "post_like"),
                path("posts/<slug:slug>/", Csrf.ensureCookie(BlogViews::postBySlug), "post_by_slug"),
                path("category/<str:category>/", View.asView(PostListView::new), "category_posts"),
                path("tag/<slug:slug>/", View.asView(PostListView::new), "tag_posts"),
                path("stats/", BlogViews::statistics, "statistics"));
        List<UrlPattern> api = List.of(path("posts/", BlogViews::apiPosts, "posts"));
        return UrlConf.builder()
                .patterns(
                        path("", request -> new HttpResponseRedirect("/blog/"), "home"),
                        path("accounts/login/", withMessage(auth.login(), "You are logged in."), "login"),
                        path("accounts/logout/", withMessage(auth.logout(), "You have been logged out."), "logout"),
                        path("blog/", include(blog, "blog")),
                        path("api/", include(api, "api")))
                .handler404(BlogViews::pageNotFound)
                .handler500(BlogViews::serverError)
                .build();
    }

    /** {@code view}, adding a success message when it answers a POST with a redirect (logged in, logged out). */
    private static dev.quintet.http.View withMessage(dev.quintet.http.View view, String message) {
        return request -> {
            HttpResponse response = view.handle(request);
            if (request.method().equals("POST") && response.status() == 302) {
                Messages.success(request, message);
            }
            return response;
        };
    }

    /** The site as the command line sees it: the settings and the blog's {@code loadsampledata} command. */
    public static Site site(Settings settings) {
        return Site.of("blog", settings).withCommands(new LoadSampleDataCommand());
    }

    /**
     * Runs a command. {@code runserver} first migrates the database and loads the sample data
     * (which does nothing once posts exist), so one command takes a fresh checkout to a working site.
     */
    public static void main(String[] args) {
        Settings settings = settings(System.getenv());
        Databases.install(Databases.fromUrl(settings.databaseUrl()));
        Site site = site(settings);
        // with auto-reload, runserver re-launches the site in a child process marked QUINTET_RUN_MAIN
        // (Django's RUN_MAIN); the first-run check has already run in the parent by then
        boolean reloadedChild = "true".equals(System.getenv("QUINTET_RUN_MAIN"));
        if (args.length > 0 && args[0].equals("runserver") && !reloadedChild) {
            System.out.println("First-run check: applying migrations and loading sample data if the database is empty.");
            int status = Quintet.execute(site, System.out, System.err, "migrate");
            if (status == 0) {
                status = Quintet.execute(site, System.out, System.err, LoadSampleDataCommand.NAME);
            }
            if (status != 0) {
                System.exit(status);
            }
        }
        Quintet.main(site, args);
    }
}
