package dev.quintet.conf;

import dev.quintet.middleware.Middleware;
import java.util.ArrayList;
import java.util.List;

/**
 * A site's settings: plain, typed Java, Django's settings module. Built once at start-up,
 * immutable after, validated by the check framework.
 *
 * <pre>{@code
 * Settings settings = Settings.builder()
 *     .debug(true)
 *     .secretKey("...")
 *     .allowedHosts("example.com", ".example.org")
 *     .middleware(SecurityMiddleware::new, CommonMiddleware::new)
 *     .rootUrlconf(Urls::patterns)
 *     .build();
 * }</pre>
 */
public final class Settings {
    private final boolean debug;
    private final String secretKey;
    private final List<String> allowedHosts;
    private final List<Middleware.Factory> middleware;

    private Settings(Builder b) {
        this.debug = b.debug;
        this.secretKey = b.secretKey;
        this.allowedHosts = List.copyOf(b.allowedHosts);
        this.middleware = List.copyOf(b.middleware);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code DEBUG}. */
    public boolean debug() {
        return debug;
    }

    /** {@code SECRET_KEY}. */
    public String secretKey() {
        return secretKey;
    }

    /** {@code ALLOWED_HOSTS}. */
    public List<String> allowedHosts() {
        return allowedHosts;
    }

    /** {@code MIDDLEWARE}, outermost first. */
    public List<Middleware.Factory> middleware() {
        return middleware;
    }

    /** Collects settings; {@link #build()} freezes them. */
    public static final class Builder {
        private boolean debug;
        private String secretKey = "";
        private final List<String> allowedHosts = new ArrayList<>();
        private final List<Middleware.Factory> middleware = new ArrayList<>();

        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        public Builder allowedHosts(String... hosts) {
            allowedHosts.clear();
            allowedHosts.addAll(List.of(hosts));
            return this;
        }

        public Builder middleware(Middleware.Factory... factories) {
            middleware.clear();
            middleware.addAll(List.of(factories));
            return this;
        }

        public Settings build() {
            return new Settings(this);
        }
    }
}
