package dev.quintet.examples.blog;

import dev.quintet.cli.Quintet;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.hashers.Md5PasswordHasher;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.Transaction;
import dev.quintet.mail.LocmemEmailBackend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The database the blog's tests run on, chosen in one place: the URL in the environment variable
 * {@value #ENV} when it is set (e.g. {@code postgres://postgres@127.0.0.1:5432/test}; the tests then
 * work in their own PostgreSQL schema, dropped and created again at start), else a fresh SQLite file
 * in a temporary directory. {@link #start(String)} migrates it with the site's {@code migrate}
 * command, installs it as the process's databases and loads the sample data; {@link #settings()}
 * are the site's settings on it, in production mode ({@code DEBUG} off), with the locmem email back
 * end ({@link #outbox()}) and a fast password hasher.
 *
 * <pre>{@code
 * static BlogTestDatabase db;
 * @BeforeAll static void setUp() { db = BlogTestDatabase.start("blog_site"); client = new Client(db.settings()); }
 * @AfterAll static void tearDown() { db.close(); }
 * }</pre>
 */
public final class BlogTestDatabase implements AutoCloseable {
    /** The environment variable naming the test database. */
    public static final String ENV = "BLOG_TEST_DATABASE_URL";

    private final Settings settings;
    private final Databases databases;
    private final LocmemEmailBackend outbox;
    private final Path tempDir;

    private BlogTestDatabase(Settings settings, Databases databases, LocmemEmailBackend outbox, Path tempDir) {
        this.settings = settings;
        this.databases = databases;
        this.outbox = outbox;
        this.tempDir = tempDir;
    }

    /**
     * A migrated database holding the sample data. {@code name} keeps concurrent test runs apart: it
     * names the PostgreSQL schema (letters, digits and underscores) or the SQLite file.
     */
    public static BlogTestDatabase start(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("test database name '" + name + "' must match [a-z][a-z0-9_]*");
        }
        String configured = System.getenv(ENV);
        Path tempDir = null;
        String url;
        try {
            if (configured == null || configured.isBlank()) {
                tempDir = Files.createTempDirectory("blog-test");
                url = "sqlite:///" + tempDir.resolve(name + ".sqlite3");
            } else {
                url = freshSchema(configured, name);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the test database directory", e);
        }
        LocmemEmailBackend outbox = new LocmemEmailBackend();
        Map<String, String> env = new HashMap<>();
        env.put("QUINTET_DEBUG", "false");
        env.put("DATABASE_URL", url);
        Settings base = BlogSite.settings(env);
        Settings changed = base.toBuilder()
                .auth(base.auth().withHashers(Hashers.of(new Md5PasswordHasher())))
                .email(base.email().withBackend(outbox))
                .build();
        // the auth views hold the settings they were made with: make them again with these
        Settings settings = changed.toBuilder().rootUrlconf(BlogSite.urlconf(changed)).build();
        migrate(settings);
        Databases databases = Databases.fromUrl(url);
        Databases.install(databases);
        Transaction.atomic(() -> SampleData.load(settings));
        return new BlogTestDatabase(settings, databases, outbox, tempDir);
    }

    /** {@code url} with {@code currentSchema} set to {@code schema}, which is dropped (with its tables) and created again. */
    private static String freshSchema(String url, String schema) {
        if (!url.startsWith("postgres")) {
            throw new IllegalArgumentException(ENV + "='" + url + "': only postgres:// URLs are supported (or leave it unset for SQLite)");
        }
        try (Database admin = Database.connect("blog-test-admin", url)) {
            admin.withConnection(c -> {
                try (var statement = c.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
                    statement.execute("CREATE SCHEMA \"" + schema + "\"");
                }
                return null;
            });
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void migrate(Settings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = Quintet.execute(BlogSite.site(settings), print, print, "migrate");
        if (status != 0) {
            throw new IllegalStateException("migrate failed (" + status + "):\n" + out.toString(StandardCharsets.UTF_8));
        }
    }

    /** The site's settings on this database ({@code DEBUG} off, locmem email, MD5 passwords for speed). */
    public Settings settings() {
        return settings;
    }

    /**
     * {@link #settings()} with {@code DEBUG} on, as {@code runserver} in development: the static
     * files ({@code blog/js/like.js}) are then served from the app's {@code static/} folder. (The
     * browser test runs in production mode instead, with collected static files.)
     */
    public Settings debugSettings() {
        return settings.toBuilder().debug(true).build();
    }

    /** The messages sent by the site since the last {@link LocmemEmailBackend#clear()}. */
    public LocmemEmailBackend outbox() {
        return outbox;
    }

    /** The sample users' password. */
    public static String password() {
        return SampleData.PASSWORD;
    }

    @Override
    public void close() {
        databases.close();
        if (tempDir != null) {
            try (Stream<Path> files = Files.walk(tempDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException("cannot remove " + tempDir, e);
            }
        }
    }
}
