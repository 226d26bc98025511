package dev.quintet.core.handlers;

import dev.quintet.apps.App;
import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.staticfiles.StaticFilesStorage;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.http.HttpRequest;
import dev.quintet.template.Engine;
import dev.quintet.templates.internal.EngineFactory;
import dev.quintet.urls.UrlConf;

/**
 * What a site built once at start-up and what views reach while they answer a request: the
 * settings, the root URLconf, the template engine ({@code TEMPLATES}) and the static files
 * storage. Building it also registers every installed app's models, as Django's {@code apps.populate()}. Django keeps these in module globals ({@code django.template.engines},
 * {@code get_resolver()}); Quintet binds them per request in a {@link ScopedValue}, so two sites
 * (or two tests) in one JVM never see each other's.
 *
 * <p>{@link BaseHandler} binds {@link #current()} and {@link #currentRequest()} around every request
 * (lazy rendering included). Outside a request (a command, a unit test) bind one explicitly:
 *
 * <pre>{@code
 * SiteContext site = SiteContext.of(settings);
 * String html = site.call(request, () -> Shortcuts.renderToString("home.html", Map.of(), request));
 * }</pre>
 */
public final class SiteContext {
    private static final ScopedValue<Bound> CURRENT = ScopedValue.newInstance();

    private record Bound(SiteContext site, HttpRequest request) {
    }

    private final Settings settings;
    private final UrlConf urlconf;
    private final StaticFilesStorage staticStorage;
    private final Engine engine;

    private SiteContext(Settings settings) {
        // Django's apps.populate(): every installed model is registered before the first request, so reverse
        // relations (post.comments, Count("comments")) exist whichever model class a view happens to touch first
        for (App app : settings.installedApps()) {
            for (Class<? extends Model> model : app.models()) {
                ModelMeta.of(model);
            }
        }
        this.settings = settings;
        this.urlconf = settings.rootUrlconf();
        this.staticStorage = new StaticFilesStorage(settings.staticFiles(), settings.debug());
        this.engine = settings.templates() == null ? null : EngineFactory.build(settings, staticStorage);
    }

    /**
     * Builds the site's services from {@code settings}: the template engine (loaders over the
     * installed apps' {@code templates/} folders and {@code DIRS}, cached unless debug) and the
     * static files storage (the manifest read from {@code STATIC_ROOT} when enabled and not DEBUG).
     *
     * @throws ImproperlyConfigured when the manifest storage is on without a readable manifest
     */
    public static SiteContext of(Settings settings) {
        return new SiteContext(settings);
    }

    /** The site answering the current request. */
    public static SiteContext current() {
        if (!CURRENT.isBound()) {
            throw new IllegalStateException("No site is bound: this needs a request handled by BaseHandler, or "
                    + "SiteContext.call(request, ...)");
        }
        return CURRENT.get().site;
    }

    /** True inside a request handled by {@link BaseHandler} (or {@link #call}). */
    public static boolean isBound() {
        return CURRENT.isBound();
    }

    /** The request being answered, or {@code null} outside one. */
    public static HttpRequest currentRequest() {
        return CURRENT.isBound() ? CURRENT.get().request : null;
    }

    /** Calls {@code body} with this site (and {@code request}, which may be null) bound. */
    public <R, X extends Throwable> R call(HttpRequest request, ScopedValue.CallableOp<R, X> body) throws X {
        return ScopedValue.where(CURRENT, new Bound(this, request)).call(body);
    }

    /** The settings. */
    public Settings settings() {
        return settings;
    }

    /** The root URLconf. */
    public UrlConf urlconf() {
        return urlconf;
    }

    /** The static files storage ({@code {% static %}} and {@code collectstatic}). */
    public StaticFilesStorage staticStorage() {
        return staticStorage;
    }

    /**
     * The template engine.
     *
     * @throws ImproperlyConfigured when the settings have no {@code TEMPLATES}
     */
    public Engine engine() {
        if (engine == null) {
            throw new ImproperlyConfigured("No template engine: configure Settings.builder().templates(...) "
                    + "(Django's TEMPLATES setting).");
        }
        return engine;
    }
}
