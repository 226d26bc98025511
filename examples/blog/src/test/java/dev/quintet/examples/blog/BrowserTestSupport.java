package dev.quintet.examples.blog;

import com.microsoft.playwright.Page;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.staticfiles.CollectStatic;
import dev.quintet.test.LiveServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The blog on a real server in a real browser, for one class of ordered browser steps: a fresh
 * database with the sample data ({@link BlogTestDatabase}: SQLite, or {@code BLOG_TEST_DATABASE_URL}),
 * the site in production mode on a {@link LiveServer} (Jetty, a free port; static files collected
 * into a temporary {@code STATIC_ROOT} with the manifest storage, as a deployment serves them) and Debian's
 * Chromium (see {@link Chromium}) with one page whose cookies carry the session from step to step.
 *
 * <pre>{@code
 * @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
 * class BlogBrowserTest {
 *     @RegisterExtension
 *     static final BrowserTestSupport browser = new BrowserTestSupport();
 *
 *     @Test @Order(1)
 *     void opensTheList() {
 *         browser.open("/blog/");
 *         assertThat(browser.page().locator("article.post").count()).isEqualTo(10);
 *     }
 * }
 * }</pre>
 *
 * The steps are one scenario: once a step fails, the later ones are skipped (they would only fail
 * for the same reason), and the failing page is saved to {@code target/screenshots/failure-<step>.png}.
 */
final class BrowserTestSupport implements BeforeAllCallback, AfterAllCallback, ExecutionCondition, TestWatcher {
    /** Where screenshots go; the build keeps them as artifacts. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BlogTestDatabase database;
    private Path staticRoot;
    private LiveServer server;
    private Chromium chromium;
    private Page page;
    private String failedStep;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        chromium = Chromium.launch();
        database = BlogTestDatabase.start("blog_browser");
        staticRoot = Files.createTempDirectory("blog-static");
        server = LiveServer.of(withCollectedStatic(database.settings(), staticRoot));
        server.beforeAll(context);
        page = chromium.context().pages().isEmpty() ? chromium.context().newPage() : chromium.context().pages().getFirst();
        page.setDefaultTimeout(15_000);
        reportProblems(page);
    }

    /** What the browser sees go wrong, printed in the test's output next to the failure it explains. */
    private static void reportProblems(Page page) {
        page.onConsoleMessage(m -> {
            // "Failed to load resource" names no URL: the response handler below reports those
            if ((m.type().equals("error") || m.type().equals("warning")) && !m.text().startsWith("Failed to load resource")) {
                System.err.println("browser console " + m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> System.err.println("browser page error: " + e));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                System.err.println("browser got " + r.status() + " for " + r.request().method() + " " + r.url());
            }
        });
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            try {
                if (server != null) {
                    server.afterAll(context);
                }
            } finally {
                if (database != null) {
                    database.close();
                }
                if (staticRoot != null) {
                    Chromium.deleteTree(staticRoot);
                }
            }
        }
    }

    /** {@code settings} serving static files from {@code root}, where {@code collectstatic} has just put them. */
    private static Settings withCollectedStatic(Settings settings, Path root) throws IOException {
        Settings collected = settings.toBuilder()
                .staticFiles(settings.staticFiles().withRoot(root).withManifest(true))
                .build();
        CollectStatic.run(collected);
        // the auth views hold the settings they were made with: make the URLconf again with these
        return collected.toBuilder().rootUrlconf(BlogSite.urlconf(collected)).build();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            Optional<String> unavailable = Chromium.unavailable();
            unavailable.ifPresent(why -> System.err.println("SKIPPED: " + context.getDisplayName() + ": " + why));
            return unavailable.map(ConditionEvaluationResult::disabled)
                    .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium is installed (or required)"));
        }
        if (failedStep == null) {
            return ConditionEvaluationResult.enabled("no earlier step failed");
        }
        return ConditionEvaluationResult.disabled("skipped: the earlier step " + failedStep + " failed");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        failedStep = context.getDisplayName();
        if (page != null && !page.isClosed()) {
            Path shot = screenshot("failure-" + context.getRequiredTestMethod().getName());
            System.err.println("browser step " + failedStep + " failed on " + page.url() + "; screenshot: "
                    + shot.toAbsolutePath());
        }
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        failedStep = Optional.ofNullable(failedStep).orElse(context.getDisplayName());
    }

    /** The browser's page. */
    Page page() {
        return page;
    }

    /** The live server's absolute URL for {@code path}. */
    String url(String path) {
        return server.url(path);
    }

    /** Opens {@code path} of the live site in the page. */
    Page open(String path) {
        page.navigate(url(path));
        return page;
    }

    /** Saves a full-page screenshot of the current page to {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
