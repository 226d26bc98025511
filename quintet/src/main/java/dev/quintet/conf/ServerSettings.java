package dev.quintet.conf;

import java.time.Duration;
import java.util.Objects;

/**
 * How the embedded server listens: the {@code runserver} and production server settings.
 *
 * @param host the address to bind ({@code 127.0.0.1}; {@code 0.0.0.0} for every interface)
 * @param port the port to bind ({@code 8000} as {@code runserver})
 * @param requestHeaderSize the largest request line plus headers accepted, in bytes
 * @param maxRequestBodySize the largest request body the server reads, in bytes; negative for no
 *     server-level limit (the {@code DATA_UPLOAD_*} limits still apply)
 * @param idleTimeout how long an idle connection stays open
 * @param shutdownGracePeriod how long a graceful stop waits for requests in flight
 */
public record ServerSettings(String host, int port, int requestHeaderSize, long maxRequestBodySize,
                             Duration idleTimeout, Duration shutdownGracePeriod) {

    /** Local development defaults: {@code 127.0.0.1:8000}, 8 KiB headers, 30 s idle and grace. */
    public static final ServerSettings DEFAULTS = new ServerSettings("127.0.0.1", 8000, 8192, -1,
            Duration.ofSeconds(30), Duration.ofSeconds(30));

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(shutdownGracePeriod, "shutdownGracePeriod");
        if (port < 0 || port > 65535) {
            throw new ImproperlyConfigured("server port must be between 0 and 65535, got " + port);
        }
        if (requestHeaderSize <= 0) {
            throw new ImproperlyConfigured("server requestHeaderSize must be positive, got " + requestHeaderSize);
        }
    }

    /** This configuration listening on another host and port. */
    public ServerSettings withAddress(String host, int port) {
        return new ServerSettings(host, port, requestHeaderSize, maxRequestBodySize, idleTimeout, shutdownGracePeriod);
    }
}
