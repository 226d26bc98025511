package dev.quintet.templates.internal;

import dev.quintet.apps.App;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.staticfiles.StaticFilesStorage;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.http.HttpRequest;
import dev.quintet.template.Engine;
import dev.quintet.template.UrlResolver;
import dev.quintet.template.library.Library;
import dev.quintet.templates.ContextProcessor;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.urls.NoReverseMatch;
import dev.quintet.urls.ResolverMatch;
import dev.quintet.urls.UrlConf;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a site's {@link Engine} from its {@code TEMPLATES}, apps, URLconf and static storage. */
public final class EngineFactory {
    /**
     * The built-in apps whose {@code templates/} folders are searched last, after the site's
     * {@code DIRS} and installed apps, so that their pages work out of the box and a site's own
     * template of the same name wins: the authentication views' {@code registration/*.html}.
     */
    public static final List<String> BUILTIN_APP_ROOTS = List.of("dev/quintet/contrib/auth/defaults");

    private EngineFactory() {
    }

    /** The engine for {@code settings}; the cached loader unless the engine's debug is on. */
    public static Engine build(Settings settings, StaticFilesStorage storage) {
        TemplatesSettings t = settings.templates();
        boolean debug = t.debug() == null ? settings.debug() : t.debug();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = EngineFactory.class.getClassLoader();
        }
        Engine.Builder b = Engine.builder()
                .dirs(t.dirs())
                .debug(debug)
                .autoescape(t.autoescape())
                .stringIfInvalid(t.stringIfInvalid())
                .urlResolver(urlResolver(settings.rootUrlconf()))
                .staticResolver(storage::url)
                .attributeResolver(ModelAttributes.INSTANCE)
                .timeZone(settings.useTz() ? settings.timeZone() : ZoneId.from(ZoneOffset.UTC));
        List<String> roots = new ArrayList<>();
        if (t.appDirs()) {
            for (App app : settings.installedApps()) {
                roots.add(app.classpathRoot());
            }
        }
        roots.addAll(BUILTIN_APP_ROOTS);
        b.apps(loader, roots.toArray(String[]::new));
        for (ContextProcessor p : t.contextProcessors()) {
            b.contextProcessor(request -> request instanceof HttpRequest r ? p.process(r) : Map.of());
        }
        for (Library lib : t.builtins()) {
            b.builtins(lib);
        }
        t.libraries().forEach(b::library);
        return b.build();
    }

    /**
     * {@code {% url %}} through the URLconf; without an explicit current app, the namespace the
     * current request resolved in (Django's {@code request.resolver_match.namespace}).
     */
    static UrlResolver urlResolver(UrlConf urlconf) {
        return (viewName, args, kwargs, currentApp) -> {
            String app = currentApp;
            if (app == null) {
                HttpRequest request = SiteContext.currentRequest();
                ResolverMatch match = request == null ? null : request.resolverMatch();
                if (match != null && !match.namespace().isEmpty()) {
                    app = match.namespace();
                }
            }
            try {
                return urlconf.reverse(viewName, args, kwargs, app);
            } catch (NoReverseMatch e) {
                throw new UrlResolver.NoReverseMatch(e.getMessage());
            }
        };
    }
}
