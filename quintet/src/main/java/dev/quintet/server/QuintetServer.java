package dev.quintet.server;

import dev.quintet.conf.ServerSettings;
import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.BaseHandler;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.View;
import dev.quintet.server.internal.JettyGateway;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded production server: Jetty 12's core handler API, one virtual thread per request.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li>Jetty accepts the connection and parses the request on its selector threads.</li>
 *   <li>The gateway is a blocking handler, so Jetty hands each request to a new virtual thread.</li>
 *   <li>The gateway builds an {@code HttpRequest} (decoded path, raw query, headers, addresses,
 *       body stream), calls the site's handler, and writes the {@code HttpResponse} back: one write
 *       with {@code Content-Length} for a body in memory, chunked and flushed chunk by chunk for a
 *       streaming one, headers only for {@code HEAD}.</li>
 *   <li>On {@link #stop()} (and on SIGTERM, through a shutdown hook) the server stops accepting,
 *       answers new requests on open connections with 503, lets in-flight requests finish for up to
 *       the {@linkplain Builder#gracePeriod grace period}, then closes.</li>
 * </ol>
 *
 * <pre>{@code
 * QuintetServer server = QuintetServer.builder()
 *     .handler(new BaseHandler(settings))   // the site's root handler
 *     .settings(settings)                   // address, limits, allowed hosts
 *     .host("0.0.0.0")                      // any setting may be overridden after
 *     .build();
 * server.start();
 * server.join();
 * }</pre>
 */
public final class QuintetServer {
    private static final Logger LOG = LoggerFactory.getLogger(QuintetServer.class);
    private static final long SHUTDOWN_IDLE_TIMEOUT_MS = 100;
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    static {
        // Jetty pads its concurrent structures against false sharing by the size of a reference, which it asks the
        // platform MBean server for unless this property is set: that starts JMX at every start-up (some 250
        // classes, among them the JFR diagnostic commands). The value for compressed references (the JVM's default
        // below 32 GB of heap) is given; with full-size references it pads twice as much, which is harmless. A value
        // set on the command line wins.
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE,
                    String.valueOf(Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64) / 4));
        }
    }
    private final Builder config;
    private final Server server;
    private final ServerConnector connector;
    private volatile int boundPort;

    private QuintetServer(Builder b) {
        this.config = b;
        QueuedThreadPool threads = new QueuedThreadPool(b.maxPlatformThreads);
        threads.setName("quintet");
        // blocking handlers (ours) are dispatched to virtual threads: one per request
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server = new Server(threads);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(true);
        http.setRequestHeaderSize(b.requestHeaderSize);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(b.host);
        connector.setPort(b.port);
        connector.setIdleTimeout(b.idleTimeout.toMillis());
        connector.setAcceptQueueSize(b.acceptQueueSize);
        connector.setReuseAddress(true);
        server.addConnector(connector);

        JettyGateway gateway = new JettyGateway(b.view, b.requestConfig, b.maxBodySize);
        GracefulHandler graceful = new GracefulHandler(gateway);
        // once stopping, idle keep-alive connections are closed quickly instead of after the full idle timeout
        graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT_MS);
        server.setHandler(graceful);
        server.setStopTimeout(b.gracePeriod.toMillis());
        server.setStopAtShutdown(b.stopOnShutdown);
    }

    /** Starts configuring a server. */
    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving; returns once the server accepts connections. */
    public QuintetServer start() throws Exception {
        server.start();
        boundPort = connector.getLocalPort();
        return this;
    }

    /**
     * The port the server listens on: the one the system chose when port 0 was asked (still known
     * after {@link #stop()}); the configured port before {@link #start()}.
     */
    public int port() {
        int bound = boundPort;
        return bound > 0 ? bound : config.port;
    }

    /** The address the server binds to. */
    public String host() {
        return config.host;
    }

    /**
     * Stops gracefully: no new connections, 503 for new requests on open ones, in-flight requests
     * finish (up to the grace period), then every connection closes.
     */
    public void stop() throws Exception {
        try {
            server.stop();
        } catch (TimeoutException graceExceeded) {
            // Jetty stopped everything anyway; requests still running had their connections closed
            LOG.warn("Requests still in flight after the {} ms grace period were cut off", config.gracePeriod.toMillis());
        }
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** True between a successful {@link #start()} and the end of {@link #stop()}. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /** Configures a {@link QuintetServer}; every setting has a production default. */
    public static final class Builder {
        private View view;
        private String host = "127.0.0.1";
        private int port = 8000;
        private RequestConfig requestConfig =
                RequestConfig.defaults(List.of("localhost", "127.0.0.1", "[::1]"));
        private int requestHeaderSize = 8192;
        private long maxBodySize = -1;
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Duration gracePeriod = Duration.ofSeconds(30);
        private int acceptQueueSize = 1024;
        private int maxPlatformThreads = 200;
        private boolean stopOnShutdown = true;

        private Builder() {
        }

        /** The site's root handler: every request goes through it (required). */
        public Builder view(View view) {
            this.view = Objects.requireNonNull(view, "view");
            return this;
        }

        /** The site's root handler, the middleware chain around the URL resolver (required). */
        public Builder handler(BaseHandler handler) {
            Objects.requireNonNull(handler, "handler");
            return view(handler::handle);
        }

        /**
         * Takes everything the site's settings say about serving: the {@linkplain Settings#server()
         * server settings} (address, limits, timeouts) and the {@linkplain Settings#toRequestConfig()
         * request settings} (allowed hosts, upload limits).
         */
        public Builder settings(Settings settings) {
            return serverSettings(settings.server()).requestConfig(settings.toRequestConfig());
        }

        /** The address, limits and timeouts of {@code server}. */
        public Builder serverSettings(ServerSettings server) {
            return host(server.host()).port(server.port()).requestHeaderSize(server.requestHeaderSize())
                    .maxBodySize(server.maxRequestBodySize()).idleTimeout(server.idleTimeout())
                    .gracePeriod(server.shutdownGracePeriod());
        }

        /** The address to bind: {@code 127.0.0.1} (default), {@code 0.0.0.0}, {@code ::1}… */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to bind (default 8000); 0 lets the system choose, see {@link #port()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The request settings (allowed hosts, upload limits), usually taken from the site's settings. */
        public Builder requestConfig(RequestConfig requestConfig) {
            this.requestConfig = Objects.requireNonNull(requestConfig, "requestConfig");
            return this;
        }

        /** The largest request line plus headers, in bytes (default 8192); larger gets 431. */
        public Builder requestHeaderSize(int bytes) {
            this.requestHeaderSize = positive(bytes, "requestHeaderSize");
            return this;
        }

        /** The largest request body accepted, in bytes; larger gets 413. Negative (default): no limit. */
        public Builder maxBodySize(long bytes) {
            this.maxBodySize = bytes;
            return this;
        }

        /** How long an idle connection stays open (default 30 s). */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = Objects.requireNonNull(timeout, "idleTimeout");
            return this;
        }

        /** How long {@link #stop()} waits for in-flight requests before closing (default 30 s). */
        public Builder gracePeriod(Duration grace) {
            this.gracePeriod = Objects.requireNonNull(grace, "gracePeriod");
            return this;
        }

        /** The listen backlog (default 1024). */
        public Builder acceptQueueSize(int size) {
            this.acceptQueueSize = positive(size, "acceptQueueSize");
            return this;
        }

        /** Platform threads for Jetty's selectors and acceptors (default 200); requests run on virtual threads. */
        public Builder maxPlatformThreads(int threads) {
            this.maxPlatformThreads = positive(threads, "maxPlatformThreads");
            return this;
        }

        /** Whether SIGTERM (a JVM shutdown hook) stops the server gracefully (default true). */
        public Builder stopOnShutdown(boolean stop) {
            this.stopOnShutdown = stop;
            return this;
        }

        /** The server, not yet started. */
        public QuintetServer build() {
            if (view == null) {
                throw new IllegalStateException("QuintetServer needs a root handler: call view(...)");
            }
            return new QuintetServer(this);
        }

        private static int positive(int value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }
    }
}
