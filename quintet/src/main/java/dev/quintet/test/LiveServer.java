package dev.quintet.test;

import dev.quintet.http.RequestConfig;
import dev.quintet.http.View;
import dev.quintet.server.QuintetServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension running the site on the real embedded server, on a free port of
 * {@code 127.0.0.1}, for HTTP and browser tests: Django's {@code LiveServerTestCase}.
 *
 * <pre>{@code
 * class BrowserTest {
 *     @RegisterExtension
 *     static final LiveServer live = LiveServer.of(() -> new Handler(settings));
 *
 *     @Test
 *     void homePage() throws Exception {
 *         HttpResponse<String> page = http.send(HttpRequest.newBuilder(live.uri("/")).build(), ofString());
 *         ...
 *     }
 * }
 * }</pre>
 *
 * In a {@code static} field the server runs once for the class; in an instance field, once per
 * test. {@code localhost} and {@code 127.0.0.1} are added to the allowed hosts.
 */
public final class LiveServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final Supplier<View> handler;
    private final RequestConfig config;
    private QuintetServer server;
    private boolean perTest;

    private LiveServer(Supplier<View> handler, RequestConfig config) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A live server for the handler {@code handler} supplies, Django's default request settings. */
    public static LiveServer of(Supplier<View> handler) {
        return of(handler, RequestConfig.defaults(List.of()));
    }

    /** A live server for the handler {@code handler} supplies, validating requests against {@code config}. */
    public static LiveServer of(Supplier<View> handler, RequestConfig config) {
        return new LiveServer(handler, config);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (server == null) {
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** The port the server listens on. */
    public int port() {
        return running().port();
    }

    /** The server's address: {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** An absolute URL for {@code path}: {@code url("/posts/")} is {@code http://127.0.0.1:PORT/posts/}. */
    public String url(String path) {
        return url() + (path.startsWith("/") ? path : "/" + path);
    }

    /** {@link #url(String)} as a {@link URI}, for {@code java.net.http}. */
    public URI uri(String path) {
        return URI.create(url(path));
    }

    /** The running server. */
    public QuintetServer server() {
        return running();
    }

    private QuintetServer running() {
        if (server == null) {
            throw new IllegalStateException("the live server runs only while tests run (register it with @RegisterExtension)");
        }
        return server;
    }

    private void start() throws Exception {
        List<String> hosts = new ArrayList<>(config.allowedHosts());
        hosts.addAll(List.of("localhost", "127.0.0.1"));
        RequestConfig live = config.withAllowedHosts(hosts.toArray(String[]::new));
        server = QuintetServer.builder()
                .view(handler.get())
                .host("127.0.0.1")
                .port(0)
                .requestConfig(live)
                .gracePeriod(Duration.ofSeconds(5))
                .stopOnShutdown(false)
                .build()
                .start();
    }

    private void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
