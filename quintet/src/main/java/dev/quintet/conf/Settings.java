package dev.quintet.conf;

import dev.quintet.apps.App;
import dev.quintet.cache.CacheSettings;
import dev.quintet.cache.Caches;
import dev.quintet.conf.internal.Environment;
import dev.quintet.contrib.auth.AuthSettings;
import dev.quintet.contrib.sessions.SessionSettings;
import dev.quintet.db.Timezone;
import dev.quintet.http.RequestConfig;
import dev.quintet.mail.EmailSettings;
import dev.quintet.middleware.Middleware;
import dev.quintet.middleware.csrf.CsrfSettings;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.urls.UrlConf;
import dev.quintet.urls.UrlPattern;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A site's settings: plain, typed Java, Django's settings module. Built once at start-up,
 * immutable after, validated by the check framework ({@code dev.quintet.core.checks}).
 * Every setting has Django's default; see {@code docs/settings.md}.
 *
 * <pre>{@code
 * Settings settings = Settings.builder()
 *     .debug(true)
 *     .secretKey("...")
 *     .allowedHosts("example.com", ".example.org")
 *     .middleware(SecurityMiddleware::new, CommonMiddleware::new)
 *     .rootUrlconf(urlpatterns(path("", Views::home, "home")))
 *     .fromEnvironment(System.getenv())   // QUINTET_SECRET_KEY, QUINTET_DEBUG, QUINTET_ALLOWED_HOSTS, DATABASE_URL
 *     .build();
 * }</pre>
 */
public final class Settings {
    private final boolean debug;
    private final String secretKey;
    private final List<String> secretKeyFallbacks;
    private final List<String> allowedHosts;
    private final List<App> installedApps;
    private final List<Middleware.Factory> middleware;
    private final UrlConf rootUrlconf;
    private final boolean appendSlash;
    private final boolean prependWww;
    private final List<Pattern> disallowedUserAgents;
    private final String xFrameOptions;
    private final SecuritySettings security;
    private final boolean useXForwardedHost;
    private final boolean useXForwardedPort;
    private final long dataUploadMaxMemorySize;
    private final int dataUploadMaxNumberFields;
    private final int dataUploadMaxNumberFiles;
    private final long fileUploadMaxMemorySize;
    private final Path fileUploadTempDir;
    private final String defaultCharset;
    private final ZoneId timeZone;
    private final boolean useTz;
    private final String databaseUrl;
    private final ServerSettings server;
    private final SessionSettings sessions;
    private final CacheSettings caches;
    /** The caches of {@link #caches}, built on first use: one registry per settings. */
    private volatile Caches cacheRegistry;
    private final CsrfSettings csrf;
    private final AuthSettings auth;
    private final EmailSettings email;
    private final List<String> silencedSystemChecks;
    private final RequestConfig requestConfig;
    private final TemplatesSettings templates;
    private final StaticSettings staticFiles;
    private final List<String> internalIps;
    private final int nPlusOneThreshold;
    private final boolean nPlusOneStrict;
    private final boolean strictNaiveDatetimes;
    private final Timezone.Settings ormTimezone;

    private Settings(Builder b) {
        this.debug = b.debug;
        this.secretKey = b.secretKey;
        this.secretKeyFallbacks = List.copyOf(b.secretKeyFallbacks);
        this.allowedHosts = List.copyOf(b.allowedHosts);
        this.installedApps = List.copyOf(b.installedApps);
        this.middleware = List.copyOf(b.middleware);
        this.rootUrlconf = b.rootUrlconf;
        this.appendSlash = b.appendSlash;
        this.prependWww = b.prependWww;
        this.disallowedUserAgents = List.copyOf(b.disallowedUserAgents);
        this.xFrameOptions = b.xFrameOptions;
        this.security = b.security();
        this.useXForwardedHost = b.useXForwardedHost;
        this.useXForwardedPort = b.useXForwardedPort;
        this.dataUploadMaxMemorySize = b.dataUploadMaxMemorySize;
        this.dataUploadMaxNumberFields = b.dataUploadMaxNumberFields;
        this.dataUploadMaxNumberFiles = b.dataUploadMaxNumberFiles;
        this.fileUploadMaxMemorySize = b.fileUploadMaxMemorySize;
        this.fileUploadTempDir = b.fileUploadTempDir;
        this.defaultCharset = b.defaultCharset;
        this.timeZone = b.timeZone;
        this.useTz = b.useTz;
        this.databaseUrl = b.databaseUrl;
        this.server = b.server;
        this.sessions = b.sessions;
        this.caches = b.caches;
        this.csrf = b.csrf;
        this.auth = b.auth;
        this.email = b.email;
        this.silencedSystemChecks = List.copyOf(b.silencedSystemChecks);
        this.templates = b.templates;
        this.staticFiles = b.staticFiles;
        this.internalIps = List.copyOf(b.internalIps);
        this.nPlusOneThreshold = b.nPlusOneThreshold;
        this.nPlusOneStrict = b.nPlusOneStrict;
        this.strictNaiveDatetimes = b.strictNaiveDatetimes;
        this.ormTimezone = new Timezone.Settings(useTz, timeZone,
                strictNaiveDatetimes ? Timezone.Naive.RAISE : Timezone.Naive.WARN);
        this.requestConfig = new RequestConfig(allowedHosts, debug, security.proxySslHeader(),
                security.proxySslValue(), dataUploadMaxMemorySize, dataUploadMaxNumberFields,
                dataUploadMaxNumberFiles, fileUploadMaxMemorySize, fileUploadTempDir, useXForwardedHost,
                useXForwardedPort);
    }

    /** Starts settings with Django's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to derive variants (tests, environment overrides). */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code DEBUG}: technical error pages, no deploy safety. Default {@code false}. */
    public boolean debug() {
        return debug;
    }

    /**
     * {@code SECRET_KEY}, the key signing sessions, cookies and tokens.
     *
     * @throws ImproperlyConfigured when it is empty, as Django does on first use
     */
    public String secretKey() {
        if (secretKey.isEmpty()) {
            throw new ImproperlyConfigured("The SECRET_KEY setting must not be empty.");
        }
        return secretKey;
    }

    /** True when {@code SECRET_KEY} is set (reading it would not throw). */
    public boolean hasSecretKey() {
        return !secretKey.isEmpty();
    }

    /** {@code SECRET_KEY_FALLBACKS}: older keys still accepted when verifying signatures. */
    public List<String> secretKeyFallbacks() {
        return secretKeyFallbacks;
    }

    /** {@code ALLOWED_HOSTS}: exact names, {@code .example.com} for a domain and its subdomains, {@code *} for any. */
    public List<String> allowedHosts() {
        return allowedHosts;
    }

    /** {@code INSTALLED_APPS}, in order. */
    public List<App> installedApps() {
        return installedApps;
    }

    /** {@code MIDDLEWARE}, outermost first. */
    public List<Middleware.Factory> middleware() {
        return middleware;
    }

    /**
     * {@code ROOT_URLCONF}: the site's URL patterns and error handlers. Without one, every path
     * is a 404 (and DEBUG shows the welcome page at {@code /}).
     */
    public UrlConf rootUrlconf() {
        return rootUrlconf;
    }

    /** {@code APPEND_SLASH}: redirect {@code /about} to {@code /about/} when only the latter resolves. Default {@code true}. */
    public boolean appendSlash() {
        return appendSlash;
    }

    /** {@code PREPEND_WWW}: redirect {@code example.com} to {@code www.example.com}. Default {@code false}. */
    public boolean prependWww() {
        return prependWww;
    }

    /** {@code DISALLOWED_USER_AGENTS}: patterns searched in the {@code User-Agent}; a match is refused with 403. */
    public List<Pattern> disallowedUserAgents() {
        return disallowedUserAgents;
    }

    /** {@code X_FRAME_OPTIONS}: {@code DENY} (default) or {@code SAMEORIGIN}. */
    public String xFrameOptions() {
        return xFrameOptions;
    }

    /** The {@code SECURE_*} settings. */
    public SecuritySettings security() {
        return security;
    }

    /** {@code USE_X_FORWARDED_HOST}: trust a proxy's {@code X-Forwarded-Host}. Default {@code false}. */
    public boolean useXForwardedHost() {
        return useXForwardedHost;
    }

    /** {@code USE_X_FORWARDED_PORT}: trust a proxy's {@code X-Forwarded-Port}. Default {@code false}. */
    public boolean useXForwardedPort() {
        return useXForwardedPort;
    }

    /** {@code DATA_UPLOAD_MAX_MEMORY_SIZE} in bytes (files excluded); negative for no limit. */
    public long dataUploadMaxMemorySize() {
        return dataUploadMaxMemorySize;
    }

    /** {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}; negative for no limit. */
    public int dataUploadMaxNumberFields() {
        return dataUploadMaxNumberFields;
    }

    /** {@code DATA_UPLOAD_MAX_NUMBER_FILES}; negative for no limit. */
    public int dataUploadMaxNumberFiles() {
        return dataUploadMaxNumberFiles;
    }

    /** {@code FILE_UPLOAD_MAX_MEMORY_SIZE}: larger uploaded files are spooled to disk. */
    public long fileUploadMaxMemorySize() {
        return fileUploadMaxMemorySize;
    }

    /** {@code FILE_UPLOAD_TEMP_DIR}, or {@code null} for the system's temporary directory. */
    public Path fileUploadTempDir() {
        return fileUploadTempDir;
    }

    /** {@code DEFAULT_CHARSET}. Default {@code utf-8}. */
    public String defaultCharset() {
        return defaultCharset;
    }

    /** {@code TIME_ZONE}. Default {@code America/Chicago}, as Django's global default. */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** {@code USE_TZ}: datetimes are time-zone aware. Default {@code true}. */
    public boolean useTz() {
        return useTz;
    }

    /** The database as a URL ({@code sqlite:db.sqlite3}, {@code postgres://user:pass@host/db}), or {@code null}. */
    public String databaseUrl() {
        return databaseUrl;
    }

    /** How the embedded server listens. */
    public ServerSettings server() {
        return server;
    }

    /** {@code CACHES} and the {@code CACHE_MIDDLEWARE_*} settings. */
    public CacheSettings caches() {
        return caches;
    }

    /**
     * The caches configured by {@link #caches()}, built once on first use and shared by everything
     * that runs with these settings (the page-cache middleware, {@code cachePage}, sessions, the
     * {@code {% cache %}} tag): Django's {@code django.core.cache.caches}, without a global.
     */
    public Caches cacheRegistry() {
        Caches registry = cacheRegistry;
        if (registry == null) {
            synchronized (this) {
                registry = cacheRegistry;
                if (registry == null) {
                    registry = Caches.of(caches.caches());
                    cacheRegistry = registry;
                }
            }
        }
        return registry;
    }

    /** The {@code SESSION_*} settings. */
    public SessionSettings sessions() {
        return sessions;
    }

    /** The {@code CSRF_*} settings. */
    public CsrfSettings csrf() {
        return csrf;
    }

    /** The authentication settings ({@code AUTH_USER_MODEL}, {@code PASSWORD_HASHERS}, {@code LOGIN_URL}...). */
    public AuthSettings auth() {
        return auth;
    }

    /** The {@code EMAIL_*} settings. */
    public EmailSettings email() {
        return email;
    }

    /** {@code SILENCED_SYSTEM_CHECKS}: check ids ({@code security.W004}) not reported. */
    public List<String> silencedSystemChecks() {
        return silencedSystemChecks;
    }

    /**
     * {@code TEMPLATES}: how the site's template engine is built, or {@code null} when the site
     * renders no templates (Django's default, an empty list).
     */
    public TemplatesSettings templates() {
        return templates;
    }

    /** {@code STATIC_URL}, {@code STATIC_ROOT}, {@code STATICFILES_DIRS}, the storage, {@code MEDIA_URL}, {@code MEDIA_ROOT}. */
    public StaticSettings staticFiles() {
        return staticFiles;
    }

    /** {@code INTERNAL_IPS}: client addresses that see the {@code debug} context variables. */
    public List<String> internalIps() {
        return internalIps;
    }

    /**
     * In DEBUG, how many runs of one query shape from one call site a request may make before the
     * handler reports an N+1 pattern ({@code 0}: not watched). Default {@code 5}.
     */
    public int nPlusOneThreshold() {
        return nPlusOneThreshold;
    }

    /** Whether an N+1 pattern in DEBUG raises {@code QueryLog.NPlusOneError} instead of logging a warning. */
    public boolean nPlusOneStrict() {
        return nPlusOneStrict;
    }

    /**
     * Whether a naive date-time given to a {@code DateTimeField} while {@code USE_TZ} is on is refused
     * instead of warned about (Django warns). Default {@code false}.
     */
    public boolean strictNaiveDatetimes() {
        return strictNaiveDatetimes;
    }

    /**
     * {@code USE_TZ}, {@code TIME_ZONE} and {@link #strictNaiveDatetimes()} as the ORM takes them;
     * the handler binds them around each request, the command line around each command.
     */
    public Timezone.Settings ormTimezone() {
        return ormTimezone;
    }

    /** What a request needs to parse and validate itself; computed once. */
    public RequestConfig toRequestConfig() {
        return requestConfig;
    }

    /**
     * Collects settings; {@link #build()} applies the environment overrides, validates and
     * freezes them. Each method replaces the setting's value (lists included).
     */
    public static final class Builder {
        private boolean debug;
        private String secretKey = "";
        private List<String> secretKeyFallbacks = List.of();
        private List<String> allowedHosts = List.of();
        private List<App> installedApps = List.of();
        private List<Middleware.Factory> middleware = List.of();
        private UrlConf rootUrlconf = UrlConf.of(List.of());
        private boolean appendSlash = true;
        private boolean prependWww;
        private List<Pattern> disallowedUserAgents = List.of();
        private String xFrameOptions = "DENY";
        private int hstsSeconds;
        private boolean hstsIncludeSubdomains;
        private boolean hstsPreload;
        private boolean contentTypeNosniff = true;
        private List<String> referrerPolicy = List.of("same-origin");
        private String crossOriginOpenerPolicy = "same-origin";
        private boolean sslRedirect;
        private String sslHost;
        private List<Pattern> redirectExempt = List.of();
        private String proxySslHeader;
        private String proxySslValue;
        private boolean useXForwardedHost;
        private boolean useXForwardedPort;
        private long dataUploadMaxMemorySize = RequestConfig.DEFAULT_MAX_MEMORY;
        private int dataUploadMaxNumberFields = 1000;
        private int dataUploadMaxNumberFiles = 100;
        private long fileUploadMaxMemorySize = RequestConfig.DEFAULT_MAX_MEMORY;
        private Path fileUploadTempDir;
        private String defaultCharset = "utf-8";
        private ZoneId timeZone = ZoneId.of("America/Chicago");
        private boolean useTz = true;
        private String databaseUrl;
        private ServerSettings server = ServerSettings.DEFAULTS;
        private SessionSettings sessions = SessionSettings.DEFAULTS;
        private CacheSettings caches = CacheSettings.DEFAULTS;
        private CsrfSettings csrf = CsrfSettings.DEFAULTS;
        private AuthSettings auth = AuthSettings.DEFAULTS;
        private EmailSettings email = EmailSettings.DEFAULTS;
        private List<String> silencedSystemChecks = List.of();
        private Map<String, String> environment = Map.of();
        private TemplatesSettings templates;
        private StaticSettings staticFiles = StaticSettings.DEFAULTS;
        private List<String> internalIps = List.of();
        private int nPlusOneThreshold = 5;
        private boolean nPlusOneStrict;
        private boolean strictNaiveDatetimes;

        private Builder() {
        }

        private Builder(Settings s) {
            debug = s.debug;
            secretKey = s.secretKey;
            secretKeyFallbacks = s.secretKeyFallbacks;
            allowedHosts = s.allowedHosts;
            installedApps = s.installedApps;
            middleware = s.middleware;
            rootUrlconf = s.rootUrlconf;
            appendSlash = s.appendSlash;
            prependWww = s.prependWww;
            disallowedUserAgents = s.disallowedUserAgents;
            xFrameOptions = s.xFrameOptions;
            SecuritySettings sec = s.security;
            hstsSeconds = sec.hstsSeconds();
            hstsIncludeSubdomains = sec.hstsIncludeSubdomains();
            hstsPreload = sec.hstsPreload();
            contentTypeNosniff = sec.contentTypeNosniff();
            referrerPolicy = sec.referrerPolicy();
            crossOriginOpenerPolicy = sec.crossOriginOpenerPolicy();
            sslRedirect = sec.sslRedirect();
            sslHost = sec.sslHost();
            redirectExempt = sec.redirectExempt();
            proxySslHeader = sec.proxySslHeader();
            proxySslValue = sec.proxySslValue();
            useXForwardedHost = s.useXForwardedHost;
            useXForwardedPort = s.useXForwardedPort;
            dataUploadMaxMemorySize = s.dataUploadMaxMemorySize;
            dataUploadMaxNumberFields = s.dataUploadMaxNumberFields;
            dataUploadMaxNumberFiles = s.dataUploadMaxNumberFiles;
            fileUploadMaxMemorySize = s.fileUploadMaxMemorySize;
            fileUploadTempDir = s.fileUploadTempDir;
            defaultCharset = s.defaultCharset;
            timeZone = s.timeZone;
            useTz = s.useTz;
            databaseUrl = s.databaseUrl;
            server = s.server;
            sessions = s.sessions;
            caches = s.caches;
            csrf = s.csrf;
            auth = s.auth;
            email = s.email;
            silencedSystemChecks = s.silencedSystemChecks;
            templates = s.templates;
            staticFiles = s.staticFiles;
            internalIps = s.internalIps;
            nPlusOneThreshold = s.nPlusOneThreshold;
            nPlusOneStrict = s.nPlusOneStrict;
            strictNaiveDatetimes = s.strictNaiveDatetimes;
        }

        /** {@code TEMPLATES}, or {@code null} for none. */
        public Builder templates(TemplatesSettings templates) {
            this.templates = templates;
            return this;
        }

        /** The static and media files settings. */
        public Builder staticFiles(StaticSettings staticFiles) {
            this.staticFiles = Objects.requireNonNull(staticFiles, "staticFiles");
            return this;
        }

        /** {@code INTERNAL_IPS}. */
        public Builder internalIps(String... ips) {
            this.internalIps = List.of(ips);
            return this;
        }

        /**
         * N+1 detection in DEBUG: more than {@code threshold} runs of one query shape from one call
         * site in a request log a warning naming the call site ({@code strict}: raise
         * {@code QueryLog.NPlusOneError}); {@code 0} turns it off.
         */
        public Builder nPlusOne(int threshold, boolean strict) {
            this.nPlusOneThreshold = threshold;
            this.nPlusOneStrict = strict;
            return this;
        }

        /** Refuse naive date-times given to a {@code DateTimeField} under {@code USE_TZ} instead of warning. */
        public Builder strictNaiveDatetimes(boolean strict) {
            this.strictNaiveDatetimes = strict;
            return this;
        }

        /** {@code DEBUG}. */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** {@code SECRET_KEY}. */
        public Builder secretKey(String secretKey) {
            this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
            return this;
        }

        /** {@code SECRET_KEY_FALLBACKS}. */
        public Builder secretKeyFallbacks(String... keys) {
            this.secretKeyFallbacks = List.of(keys);
            return this;
        }

        /** {@code ALLOWED_HOSTS}. */
        public Builder allowedHosts(String... hosts) {
            this.allowedHosts = List.of(hosts);
            return this;
        }

        /** {@code INSTALLED_APPS}; labels must be unique. */
        public Builder installedApps(App... apps) {
            this.installedApps = List.of(apps);
            return this;
        }

        /** {@code MIDDLEWARE}, outermost first. */
        public Builder middleware(Middleware.Factory... factories) {
            this.middleware = new ArrayList<>(Arrays.asList(factories));
            return this;
        }

        /** {@code MIDDLEWARE}, outermost first. */
        public Builder middleware(List<Middleware.Factory> factories) {
            this.middleware = new ArrayList<>(factories);
            return this;
        }

        /** {@code ROOT_URLCONF}. */
        public Builder rootUrlconf(UrlConf urlconf) {
            this.rootUrlconf = Objects.requireNonNull(urlconf, "rootUrlconf");
            return this;
        }

        /** {@code ROOT_URLCONF} made of {@code patterns}, with the default error handlers. */
        public Builder rootUrlconf(List<UrlPattern> patterns) {
            return rootUrlconf(UrlConf.of(patterns));
        }

        /** {@code APPEND_SLASH}. */
        public Builder appendSlash(boolean appendSlash) {
            this.appendSlash = appendSlash;
            return this;
        }

        /** {@code PREPEND_WWW}. */
        public Builder prependWww(boolean prependWww) {
            this.prependWww = prependWww;
            return this;
        }

        /** {@code DISALLOWED_USER_AGENTS}: regular expressions, searched (not matched) in the header. */
        public Builder disallowedUserAgents(String... regexes) {
            this.disallowedUserAgents = compileAll("DISALLOWED_USER_AGENTS", regexes);
            return this;
        }

        /** {@code X_FRAME_OPTIONS}: {@code DENY} or {@code SAMEORIGIN} (any case). */
        public Builder xFrameOptions(String value) {
            this.xFrameOptions = Objects.requireNonNull(value, "xFrameOptions").toUpperCase(Locale.ROOT);
            return this;
        }

        /** {@code SECURE_HSTS_SECONDS}. */
        public Builder secureHstsSeconds(int seconds) {
            this.hstsSeconds = seconds;
            return this;
        }

        /** {@code SECURE_HSTS_INCLUDE_SUBDOMAINS}. */
        public Builder secureHstsIncludeSubdomains(boolean include) {
            this.hstsIncludeSubdomains = include;
            return this;
        }

        /** {@code SECURE_HSTS_PRELOAD}. */
        public Builder secureHstsPreload(boolean preload) {
            this.hstsPreload = preload;
            return this;
        }

        /** {@code SECURE_CONTENT_TYPE_NOSNIFF}. */
        public Builder secureContentTypeNosniff(boolean nosniff) {
            this.contentTypeNosniff = nosniff;
            return this;
        }

        /** {@code SECURE_REFERRER_POLICY}: one or more policies; none (or a single comma-separated string) as Django. */
        public Builder secureReferrerPolicy(String... policies) {
            List<String> all = new ArrayList<>();
            for (String policy : policies) {
                for (String part : policy.split(",")) {
                    if (!part.isBlank()) {
                        all.add(part.strip());
                    }
                }
            }
            this.referrerPolicy = List.copyOf(all);
            return this;
        }

        /** {@code SECURE_CROSS_ORIGIN_OPENER_POLICY}, or {@code null} for no header. */
        public Builder secureCrossOriginOpenerPolicy(String policy) {
            this.crossOriginOpenerPolicy = policy;
            return this;
        }

        /** {@code SECURE_SSL_REDIRECT}. */
        public Builder secureSslRedirect(boolean redirect) {
            this.sslRedirect = redirect;
            return this;
        }

        /** {@code SECURE_SSL_HOST}, or {@code null}. */
        public Builder secureSslHost(String host) {
            this.sslHost = host;
            return this;
        }

        /** {@code SECURE_REDIRECT_EXEMPT}: regular expressions searched in the path without its leading slash. */
        public Builder secureRedirectExempt(String... regexes) {
            this.redirectExempt = compileAll("SECURE_REDIRECT_EXEMPT", regexes);
            return this;
        }

        /** {@code SECURE_PROXY_SSL_HEADER}: the header a trusted proxy sets and the value meaning HTTPS. */
        public Builder secureProxySslHeader(String header, String value) {
            this.proxySslHeader = Objects.requireNonNull(header, "header");
            this.proxySslValue = Objects.requireNonNull(value, "value");
            return this;
        }

        /** {@code USE_X_FORWARDED_HOST}. */
        public Builder useXForwardedHost(boolean use) {
            this.useXForwardedHost = use;
            return this;
        }

        /** {@code USE_X_FORWARDED_PORT}. */
        public Builder useXForwardedPort(boolean use) {
            this.useXForwardedPort = use;
            return this;
        }

        /** {@code DATA_UPLOAD_MAX_MEMORY_SIZE}; negative for no limit. */
        public Builder dataUploadMaxMemorySize(long bytes) {
            this.dataUploadMaxMemorySize = bytes;
            return this;
        }

        /** {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}; negative for no limit. */
        public Builder dataUploadMaxNumberFields(int fields) {
            this.dataUploadMaxNumberFields = fields;
            return this;
        }

        /** {@code DATA_UPLOAD_MAX_NUMBER_FILES}; negative for no limit. */
        public Builder dataUploadMaxNumberFiles(int files) {
            this.dataUploadMaxNumberFiles = files;
            return this;
        }

        /** {@code FILE_UPLOAD_MAX_MEMORY_SIZE}. */
        public Builder fileUploadMaxMemorySize(long bytes) {
            this.fileUploadMaxMemorySize = bytes;
            return this;
        }

        /** {@code FILE_UPLOAD_TEMP_DIR}, or {@code null}. */
        public Builder fileUploadTempDir(Path dir) {
            this.fileUploadTempDir = dir;
            return this;
        }

        /** {@code DEFAULT_CHARSET}; must name a charset the JVM supports. */
        public Builder defaultCharset(String charset) {
            this.defaultCharset = Objects.requireNonNull(charset, "defaultCharset");
            return this;
        }

        /** {@code TIME_ZONE}: an IANA zone name ({@code Europe/Paris}, {@code UTC}). */
        public Builder timeZone(String zone) {
            try {
                this.timeZone = ZoneId.of(zone);
            } catch (java.time.DateTimeException e) {
                throw new ImproperlyConfigured("TIME_ZONE '" + zone + "' is not a valid time zone name", e);
            }
            return this;
        }

        /** {@code USE_TZ}. */
        public Builder useTz(boolean useTz) {
            this.useTz = useTz;
            return this;
        }

        /** The database URL ({@code DATABASE_URL}), or {@code null}. */
        public Builder databaseUrl(String url) {
            this.databaseUrl = url;
            return this;
        }

        /** {@code CACHES} and {@code CACHE_MIDDLEWARE_*} ({@code CacheSettings.DEFAULTS.with...}). */
        public Builder caches(CacheSettings caches) {
            this.caches = Objects.requireNonNull(caches, "caches");
            return this;
        }

        /** The {@code SESSION_*} settings ({@code SessionSettings.DEFAULTS.with...}). */
        public Builder sessions(SessionSettings sessions) {
            this.sessions = Objects.requireNonNull(sessions, "sessions");
            return this;
        }

        /** The {@code CSRF_*} settings ({@code CsrfSettings.DEFAULTS.with...}). */
        public Builder csrf(CsrfSettings csrf) {
            this.csrf = Objects.requireNonNull(csrf, "csrf");
            return this;
        }

        /** The authentication settings ({@code AuthSettings.DEFAULTS.with...}). */
        public Builder auth(AuthSettings auth) {
            this.auth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        /** The {@code EMAIL_*} settings ({@code EmailSettings.DEFAULTS.with...}). */
        public Builder email(EmailSettings email) {
            this.email = Objects.requireNonNull(email, "email");
            return this;
        }

        /** How the embedded server listens. */
        public Builder server(ServerSettings server) {
            this.server = Objects.requireNonNull(server, "server");
            return this;
        }

        /** {@code SILENCED_SYSTEM_CHECKS}. */
        public Builder silencedSystemChecks(String... ids) {
            this.silencedSystemChecks = List.of(ids);
            return this;
        }

        /**
         * Reads overrides from {@code env} when {@link #build()} runs, after every other setting:
         * {@code QUINTET_SECRET_KEY}, {@code QUINTET_DEBUG} ({@code true/false/1/0}),
         * {@code QUINTET_ALLOWED_HOSTS} (comma-separated), {@code QUINTET_N_PLUS_ONE_THRESHOLD},
         * {@code QUINTET_N_PLUS_ONE_STRICT} and {@code DATABASE_URL}. Absent
         * variables leave the settings as they are.
         */
        public Builder fromEnvironment(Map<String, String> env) {
            this.environment = Map.copyOf(env);
            return this;
        }

        SecuritySettings security() {
            return new SecuritySettings(hstsSeconds, hstsIncludeSubdomains, hstsPreload, contentTypeNosniff,
                    referrerPolicy, crossOriginOpenerPolicy, sslRedirect, sslHost, redirectExempt,
                    proxySslHeader, proxySslValue);
        }

        /**
         * Applies the environment overrides, validates and freezes the settings.
         *
         * @throws ImproperlyConfigured naming the setting or variable at fault
         */
        public Settings build() {
            applyEnvironment();
            validate();
            return new Settings(this);
        }

        private void applyEnvironment() {
            String key = environment.get("QUINTET_SECRET_KEY");
            if (key != null) {
                secretKey = key;
            }
            String debugValue = environment.get("QUINTET_DEBUG");
            if (debugValue != null) {
                debug = Environment.parseBoolean("QUINTET_DEBUG", debugValue);
            }
            String hosts = environment.get("QUINTET_ALLOWED_HOSTS");
            if (hosts != null) {
                allowedHosts = Environment.parseList(hosts);
            }
            String threshold = environment.get("QUINTET_N_PLUS_ONE_THRESHOLD");
            if (threshold != null) {
                try {
                    nPlusOneThreshold = Integer.parseInt(threshold.strip());
                } catch (NumberFormatException e) {
                    throw new ImproperlyConfigured("QUINTET_N_PLUS_ONE_THRESHOLD must be a whole number, got '"
                            + threshold + "'", e);
                }
            }
            String strict = environment.get("QUINTET_N_PLUS_ONE_STRICT");
            if (strict != null) {
                nPlusOneStrict = Environment.parseBoolean("QUINTET_N_PLUS_ONE_STRICT", strict);
            }
            String url = environment.get("DATABASE_URL");
            if (url != null && !url.isBlank()) {
                databaseUrl = url.strip();
            }
        }

        private void validate() {
            if (!xFrameOptions.equals("DENY") && !xFrameOptions.equals("SAMEORIGIN")) {
                throw new ImproperlyConfigured("X_FRAME_OPTIONS must be 'DENY' or 'SAMEORIGIN', got '"
                        + xFrameOptions + "'");
            }
            if (nPlusOneThreshold < 0) {
                throw new ImproperlyConfigured("The N+1 threshold (nPlusOne, QUINTET_N_PLUS_ONE_THRESHOLD) must not be "
                        + "negative, got " + nPlusOneThreshold);
            }
            if (hstsSeconds < 0) {
                throw new ImproperlyConfigured("SECURE_HSTS_SECONDS must not be negative, got " + hstsSeconds);
            }
            try {
                java.nio.charset.Charset.forName(defaultCharset);
            } catch (IllegalArgumentException e) {
                throw new ImproperlyConfigured("DEFAULT_CHARSET '" + defaultCharset + "' is not a supported charset", e);
            }
            Set<String> labels = new HashSet<>();
            for (App app : installedApps) {
                if (!labels.add(app.label())) {
                    throw new ImproperlyConfigured("Application labels aren't unique, duplicates: " + app.label());
                }
            }
            for (int i = 0; i < middleware.size(); i++) {
                if (middleware.get(i) == null) {
                    throw new ImproperlyConfigured("MIDDLEWARE[" + i + "] is null");
                }
            }
        }

        private static List<Pattern> compileAll(String setting, String... regexes) {
            List<Pattern> patterns = new ArrayList<>(regexes.length);
            for (String regex : regexes) {
                try {
                    patterns.add(Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    throw new ImproperlyConfigured(setting + " has an invalid regular expression '" + regex
                            + "': " + e.getDescription(), e);
                }
            }
            return List.copyOf(patterns);
        }
    }
}
