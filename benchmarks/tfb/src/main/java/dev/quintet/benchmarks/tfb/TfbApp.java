package dev.quintet.benchmarks.tfb;

import static dev.quintet.urls.Urls.path;

import dev.quintet.cache.CacheDecorators;
import dev.quintet.cli.Quintet;
import dev.quintet.cli.Site;
import dev.quintet.conf.Settings;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.template.Engine;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The TechEmpower test types as a Quintet user writes them: URL patterns, function views, the ORM
 * ({@link World}, {@link Fortune}), a template file rendered by the engine, the standard handler
 * with no middleware (as the Django peer's {@code MIDDLEWARE = []}) and the embedded server.
 * Serves on {@code $PORT} (default 8090); the database comes from the environment as the peers
 * take it: {@code DB_HOST} (default 127.0.0.1), {@code DB_POOL} connections (default 8), database
 * {@code hello_world}, user {@code benchmarkdbuser}.
 *
 * <pre>
 * benchmarks/tfb/build.sh && PORT=8090 benchmarks/tfb/start.sh
 * </pre>
 */
public final class TfbApp {
    /** Where the app's {@code templates/} folder lives on the class path. */
    static final String APP_ROOT = "dev/quintet/benchmarks/tfb";

    private TfbApp() {
    }

    /** The site's settings: the six test types plus {@code /io}, no middleware. */
    static Settings settings(TfbViews views, String databaseUrl) {
        return Settings.builder()
                .debug(false)
                .secretKey("tfb-benchmark-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz")
                .allowedHosts("127.0.0.1", "localhost")
                .databaseUrl(databaseUrl)
                .rootUrlconf(List.of(
                        path("plaintext", views::plaintext, "plaintext"),
                        path("json", views::json, "json"),
                        path("db", views::db, "db"),
                        path("queries", views::queries, "queries"),
                        path("fortunes", views::fortunes, "fortunes"),
                        path("updates", views::updates, "updates"),
                        path("io", views::io, "io"),
                        // not a TFB test type: the fortunes page behind cachePage, to measure a
                        // cached page against the same page uncached (benchmarks/README.md)
                        path("fortunes-cached", CacheDecorators.cachePage(60, views::fortunes), "fortunes_cached")))
                .build();
    }

    /** The template engine: the app's {@code templates/} folder on the class path, autoescape on. */
    static Engine templates() {
        return Engine.builder().apps(TfbApp.class.getClassLoader(), APP_ROOT).autoescape(true).build();
    }

    /** The database URL built from the peers' variables. */
    static String databaseUrl(Map<String, String> env) {
        return "postgres://benchmarkdbuser:benchmarkdbpass@" + env.getOrDefault("DB_HOST", "127.0.0.1")
                + ":5432/hello_world";
    }

    /** Connects the database, builds the engine and the views, and hands the site to the command line ({@code runserver 127.0.0.1:$PORT} by default). */
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        String url = databaseUrl(env);
        int pool = Integer.parseInt(env.getOrDefault("DB_POOL", "8"));
        Databases.install(Databases.of(Database.connect(Databases.DEFAULT, url,
                new Database.Options(pool, Duration.ofSeconds(5)))));
        Settings settings = settings(new TfbViews(templates()), url);
        String port = env.getOrDefault("PORT", "8090");
        Quintet.main(Site.of("tfb", settings), args.length > 0 ? args : new String[] {"runserver", "127.0.0.1:" + port});
    }
}
