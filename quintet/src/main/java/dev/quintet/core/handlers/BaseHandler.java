package dev.quintet.core.handlers;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.internal.DefaultErrorPages;
import dev.quintet.core.handlers.internal.ExceptionResponder;
import dev.quintet.http.internal.ReasonPhrases;
import dev.quintet.core.handlers.internal.Routing;
import dev.quintet.core.handlers.internal.ViewNames;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;
import dev.quintet.middleware.MiddlewareNotUsed;
import dev.quintet.urls.ResolverMatch;
import dev.quintet.db.QueryLog;
import dev.quintet.db.Timezone;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request handler: Django's {@code BaseHandler}. Built once from the settings, it answers
 * every request of a gateway (the server, the servlet adapter, the test client).
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li><b>Start-up.</b> The {@code MIDDLEWARE} factories are folded in reverse around the
 *       dispatcher, so the first listed is the outermost layer; a factory throwing
 *       {@link MiddlewareNotUsed} is left out (logged at debug). Every layer, and the
 *       dispatcher, is guarded: an exception escaping it becomes a response right there (Django's
 *       {@code convert_exception_to_response}), so outer layers always see a response.</li>
 *   <li><b>Dispatch.</b> The path is resolved ({@code request.setResolverMatch}); the
 *       {@code processView} hooks run top-down (a response short-circuits the view); the view
 *       runs; if it raises, the {@code processException} hooks run bottom-up and the first
 *       response wins, else the exception propagates to the guard. A {@code null} response is an
 *       error naming the view.</li>
 *   <li><b>Lazy rendering.</b> A {@link RenderableResponse} goes through the
 *       {@code processTemplateResponse} hooks bottom-up, then is rendered.</li>
 *   <li><b>Site.</b> The {@link SiteContext} built at start-up (template engine, URLconf,
 *       static storage) is bound around each request, so views and tags reach it without globals;
 *       so are the ORM's time zone settings ({@code USE_TZ}, {@code TIME_ZONE}:
 *       {@link Timezone}).</li>
 *   <li><b>Queries in DEBUG.</b> Each request runs in a {@link QueryLog} scope: its queries are
 *       readable while it runs ({@code QueryLog.current()}, the {@code debug} context processor's
 *       {@code sql_queries}), and an N+1 pattern (one query shape from one call site more than
 *       {@code nPlusOne} times) is logged, or raised when strict.</li>
 *   <li><b>Database connections.</b> Each request runs in a {@link Databases#connectionScope}: its
 *       first statement borrows a pooled connection, every later statement and atomic block of the
 *       request reuses it, and it goes back to the pool when the response is ready (before it is
 *       written), as Django closes the request's connection. A request without queries borrows none.</li>
 *   <li><b>Errors.</b> All exception-to-status mapping is in one place
 *       ({@code Http404}→404, {@code PermissionDenied}→403, {@code BadRequest} and
 *       {@code SuspiciousOperation}→400, anything else→500), through the URLconf's custom
 *       handler views or Django's default pages, and the technical pages in DEBUG.</li>
 * </ol>
 *
 * <pre>{@code
 * BaseHandler handler = new BaseHandler(settings);
 * HttpResponse response = handler.handle(request);   // never throws for a view's exception
 * }</pre>
 */
public final class BaseHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BaseHandler.class);

    private final Routing routing;
    private final View chain;
    private final Middleware[] viewHooks;
    private final Middleware[] templateResponseHooks;
    private final Middleware[] exceptionHooks;
    private final ExceptionResponder responder;
    private final SiteContext site;
    private final Timezone.Settings timezone;
    private final boolean debug;
    private final int nPlusOneThreshold;
    private final boolean nPlusOneStrict;

    /**
     * Composes the middleware chain of {@code settings} around URL resolution by its
     * {@code ROOT_URLCONF}.
     *
     * @throws ImproperlyConfigured when a middleware factory returns {@code null}
     */
    public BaseHandler(Settings settings) {
        this.site = SiteContext.of(settings);
        this.timezone = settings.ormTimezone();
        this.debug = settings.debug();
        this.nPlusOneThreshold = settings.nPlusOneThreshold();
        this.nPlusOneStrict = settings.nPlusOneStrict();
        this.routing = new Routing(settings.rootUrlconf());
        List<Middleware.Factory> factories = settings.middleware();
        List<Middleware> layers = new ArrayList<>(factories.size());
        for (int i = 0; i < factories.size(); i++) {
            Middleware middleware;
            try {
                middleware = factories.get(i).create(settings);
            } catch (MiddlewareNotUsed e) {
                LOG.debug("MiddlewareNotUsed(MIDDLEWARE[{}]): {}", i, e.getMessage());
                continue;
            }
            if (middleware == null) {
                throw new ImproperlyConfigured("Middleware factory MIDDLEWARE[" + i + "] returned null.");
            }
            layers.add(middleware);
        }
        List<String> names = new ArrayList<>(layers.size());
        for (Middleware m : layers) {
            names.add(m.getClass().getName());
        }
        this.responder = new ExceptionResponder(settings, routing, names);

        List<Middleware> views = new ArrayList<>();
        List<Middleware> templates = new ArrayList<>();
        List<Middleware> exceptions = new ArrayList<>();
        for (Middleware m : layers) {
            if (overrides(m, "processView", View.class)) {
                views.add(m);
            }
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            Middleware m = layers.get(i);
            if (overrides(m, "processTemplateResponse", HttpResponse.class)) {
                templates.add(m);
            }
            if (overrides(m, "processException", Exception.class)) {
                exceptions.add(m);
            }
        }
        this.viewHooks = views.toArray(new Middleware[0]);
        this.templateResponseHooks = templates.toArray(new Middleware[0]);
        this.exceptionHooks = exceptions.toArray(new Middleware[0]);

        View handler = guard(this::getResponse, "The view");
        for (int i = layers.size() - 1; i >= 0; i--) {
            Middleware layer = layers.get(i);
            View inner = handler;
            handler = guard(request -> layer.handle(request, inner), "The middleware " + names.get(i));
        }
        this.chain = handler;
    }

    /**
     * Answers {@code request} through the middleware chain. Exceptions raised by views and
     * middleware are converted to responses; only JVM errors ({@link Error}) escape.
     */
    public HttpResponse handle(HttpRequest request) {
        HttpResponse response;
        try {
            // one database connection per request, borrowed by its first statement (none if it runs none)
            response = Databases.connectionScope(() -> Timezone.call(timezone, () -> debug
                    ? QueryLog.detectNPlusOne(nPlusOneThreshold, nPlusOneStrict, () -> serve(request))
                    : serve(request)));
        } catch (Exception e) {
            // Every layer is guarded, so only a failure while building an error response gets here.
            LOG.error("Building the error response failed for {} {}", request.method(), request.path(), e);
            response = DefaultErrorPages.forStatus(500);
        }
        if (response.status() >= 400) {
            ExceptionResponder.logResponse(request, response,
                    ReasonPhrases.of(response.status()) + ": " + request.path(), null);
        }
        return response;
    }

    /** The chain answering {@code request} with the site bound. */
    private HttpResponse serve(HttpRequest request) {
        try {
            return site.call(request, () -> chain.handle(request));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UndeclaredThrowableException(e);
        }
    }

    /** The site's services (template engine, URLconf, static storage), bound around every request. */
    public SiteContext site() {
        return site;
    }

    /** {@code view} with its exceptions, and a {@code null} answer, turned into error responses. */
    private View guard(View view, String name) {
        return request -> {
            try {
                HttpResponse response = view.handle(request);
                if (response == null) {
                    throw new IllegalStateException(name + " didn't return an HttpResponse object. It returned "
                            + "None instead.");
                }
                return response;
            } catch (Exception e) {
                return responder.respond(request, e);
            }
        };
    }

    private HttpResponse getResponse(HttpRequest request) throws Exception {
        ResolverMatch match = routing.resolve(request.pathInfo());
        request.setResolverMatch(match);
        View callback = match.view();
        HttpResponse response = null;
        for (Middleware hook : viewHooks) {
            response = hook.processView(request, callback);
            if (response != null) {
                break;
            }
        }
        if (response == null) {
            try {
                response = callback.handle(request);
            } catch (Exception e) {
                response = processExceptionByMiddleware(e, request);
                if (response == null) {
                    throw e;
                }
            }
        }
        if (response == null) {
            throw new IllegalStateException("The view " + ViewNames.describe(callback, match)
                    + " didn't return an HttpResponse object. It returned None instead.");
        }
        if (response instanceof RenderableResponse) {
            for (Middleware hook : templateResponseHooks) {
                response = hook.processTemplateResponse(request, response);
                if (response == null) {
                    throw new IllegalStateException(hook.getClass().getName() + ".processTemplateResponse didn't "
                            + "return an HttpResponse object. It returned None instead.");
                }
            }
            if (response instanceof RenderableResponse renderable) {
                try {
                    response = renderable.render();
                } catch (Exception e) {
                    response = processExceptionByMiddleware(e, request);
                    if (response == null) {
                        throw e;
                    }
                }
            }
        }
        return response;
    }

    private HttpResponse processExceptionByMiddleware(Exception exception, HttpRequest request) throws Exception {
        for (Middleware hook : exceptionHooks) {
            HttpResponse response = hook.processException(request, exception);
            if (response != null) {
                return response;
            }
        }
        return null;
    }

    /** True when {@code m}'s class overrides the default hook {@code name(HttpRequest, second)}. */
    private static boolean overrides(Middleware m, String name, Class<?> second) {
        try {
            return m.getClass().getMethod(name, HttpRequest.class, second).getDeclaringClass() != Middleware.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
