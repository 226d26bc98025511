package dev.quintet.examples.blog;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's Chromium, driven by Playwright for Java: the executable is the system's, never a
 * download. Playwright's driver (Node.js and its scripts) comes from the {@code driver-bundle} jar;
 * {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} is handed to it so that it never fetches a browser.
 *
 * <p>The executable is {@code /usr/bin/chromium} unless {@code QUINTET_CHROMIUM} names another.
 * When it is missing the browser tests are skipped with a printed message ({@link #unavailable()}),
 * or fail when {@code QUINTET_REQUIRE_SERVICES=1} (CI, which installs the {@code chromium} package).
 */
final class Chromium implements AutoCloseable {
    static final Path DEBIAN_EXECUTABLE = Path.of("/usr/bin/chromium");

    /** Headless, no sandbox (CI runs as root), nothing that talks to the network on its own. */
    static final List<String> ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final BrowserContext context;
    private final Path userDataDir;

    private Chromium(Playwright playwright, BrowserContext context, Path userDataDir) {
        this.playwright = playwright;
        this.context = context;
        this.userDataDir = userDataDir;
    }

    /** The executable to drive: {@code QUINTET_CHROMIUM}, else Debian's. */
    static Path executable() {
        String configured = System.getenv("QUINTET_CHROMIUM");
        return configured == null || configured.isBlank() ? DEBIAN_EXECUTABLE : Path.of(configured);
    }

    /**
     * Why the browser tests cannot run here, or empty when they can: the executable is there, or
     * {@code QUINTET_REQUIRE_SERVICES=1} demands that they run (and fail at {@link #launch()}).
     */
    static Optional<String> unavailable() {
        if (Files.isExecutable(executable()) || "1".equals(System.getenv("QUINTET_REQUIRE_SERVICES"))) {
            return Optional.empty();
        }
        return Optional.of(missing(executable()));
    }

    private static String missing(Path executable) {
        return "Chromium is not installed at " + executable
                + " (apt-get install chromium, or set QUINTET_CHROMIUM to its executable)";
    }

    /** Starts Playwright's driver and a headless Chromium with a fresh profile. */
    static Chromium launch() {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            throw new AssertionError("QUINTET_REQUIRE_SERVICES=1 but " + missing(executable));
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("blog-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            BrowserContext context = playwright.chromium().launchPersistentContext(profile,
                    new BrowserType.LaunchPersistentContextOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            .setArgs(ARGS)
                            .setViewportSize(1280, 900)
                            .setTimeout(60_000));
            return new Chromium(playwright, context, profile);
        } catch (RuntimeException e) {
            playwright.close();
            deleteTree(profile);
            throw e;
        }
    }

    /** The browser's one context (its cookies are the session of every page it opens). */
    BrowserContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            playwright.close();
            deleteTree(userDataDir);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
