package dev.quintet.core.handlers.internal;

import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.RenderableResponse;
import dev.quintet.http.BadRequest;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.PermissionDenied;
import dev.quintet.http.SuspiciousOperation;
import dev.quintet.http.View;
import dev.quintet.http.internal.ReasonPhrases;
import dev.quintet.urls.ResolverMatch;
import dev.quintet.urls.UrlConf;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become responses (Django's {@code response_for_exception}):
 *
 * <table>
 *   <caption>exception to response</caption>
 *   <tr><th>exception</th><th>DEBUG off</th><th>DEBUG on</th></tr>
 *   <tr><td>{@link Http404}</td><td>handler404 / default 404</td><td>technical 404</td></tr>
 *   <tr><td>{@link PermissionDenied}</td><td colspan="2">handler403 / default 403</td></tr>
 *   <tr><td>{@link BadRequest}</td><td>handler400 / default 400</td><td>technical 500 page with status 400</td></tr>
 *   <tr><td>{@link SuspiciousOperation}</td><td>handler400 / default 400, logged on {@code dev.quintet.security.<Class>}</td><td>technical 500 page with status 400</td></tr>
 *   <tr><td>anything else</td><td>handler500 / default 500, logged</td><td>technical 500</td></tr>
 * </table>
 *
 * <p>A custom handler that itself raises falls back to handler500, and a handler500 that raises
 * to the default 500 page; a response always comes out.
 */
public final class ExceptionResponder {
    /** The request attribute holding the exception a custom error view is answering. */
    public static final String EXCEPTION_ATTRIBUTE = UrlConf.EXCEPTION_ATTRIBUTE;
    /** Set on the request once the error response has been logged, so the handler logs it once. */
    public static final String LOGGED_ATTRIBUTE = "quintet.response_logged";

    private static final Logger REQUEST_LOG = LoggerFactory.getLogger("dev.quintet.request");

    private final Settings settings;
    private final Routing routing;
    private final List<String> middlewareNames;

    public ExceptionResponder(Settings settings, Routing routing, List<String> middlewareNames) {
        this.settings = settings;
        this.routing = routing;
        this.middlewareNames = List.copyOf(middlewareNames);
    }

    /** The response for {@code exception} raised while answering {@code request}; never throws an Exception. */
    public HttpResponse respond(HttpRequest request, Exception exception) {
        HttpResponse response;
        if (exception instanceof Http404 notFound) {
            List<String> tried = routing.tried(notFound);
            if (settings.debug() && tried != null && tried.isEmpty()) {
                // No URL patterns at all: a new project. Django greets it instead of a 404.
                response = TechnicalPages.welcome();
            } else if (settings.debug()) {
                response = TechnicalPages.notFound(request, notFound, tried, routing.name(),
                        raisingView(request));
            } else {
                response = errorResponse(request, 404, exception);
            }
        } else if (exception instanceof PermissionDenied) {
            response = errorResponse(request, 403, exception);
            logResponse(request, response, "Forbidden (Permission denied): " + request.path(), exception);
        } else if (exception instanceof BadRequest) {
            response = settings.debug() ? technical500(request, exception, 400) : errorResponse(request, 400, exception);
            logResponse(request, response, exception.getMessage() + ": " + request.path(), exception);
        } else if (exception instanceof SuspiciousOperation) {
            Logger security = LoggerFactory.getLogger("dev.quintet.security." + exception.getClass().getSimpleName());
            security.error("{}", exception.getMessage(), exception);
            response = settings.debug() ? technical500(request, exception, 400) : errorResponse(request, 400, exception);
            request.setAttribute(LOGGED_ATTRIBUTE, Boolean.TRUE);
        } else {
            response = uncaught(request, exception);
            logResponse(request, response, ReasonPhrases.of(response.status()) + ": " + request.path(), exception);
        }
        return forceRender(request, response);
    }

    /** Logs an error response once per request: 5xx as errors, 4xx as warnings, on {@code dev.quintet.request}. */
    public static void logResponse(HttpRequest request, HttpResponse response, String message, Throwable exception) {
        if (request.attribute(LOGGED_ATTRIBUTE) != null) {
            return;
        }
        request.setAttribute(LOGGED_ATTRIBUTE, Boolean.TRUE);
        int status = response.status();
        if (status >= 500) {
            if (exception != null) {
                REQUEST_LOG.error("{} [{} {}]", message, request.method(), request.path(), exception);
            } else {
                REQUEST_LOG.error("{}", message);
            }
        } else if (status >= 400) {
            REQUEST_LOG.warn("{}", message);
        }
    }

    private HttpResponse errorResponse(HttpRequest request, int status, Exception exception) {
        View view = routing.errorHandler(status);
        if (view == null) {
            return DefaultErrorPages.forStatus(status);
        }
        try {
            request.setAttribute(EXCEPTION_ATTRIBUTE, exception);
            HttpResponse response = view.handle(request);
            if (response == null) {
                throw new IllegalStateException("The custom handler" + status + " view didn't return an HttpResponse "
                        + "object. It returned None instead.");
            }
            return response;
        } catch (Exception handlerFailure) {
            return uncaught(request, handlerFailure);
        }
    }

    private HttpResponse uncaught(HttpRequest request, Exception exception) {
        if (settings.debug()) {
            return technical500(request, exception, 500);
        }
        View view = routing.errorHandler(500);
        if (view != null) {
            try {
                request.setAttribute(EXCEPTION_ATTRIBUTE, exception);
                HttpResponse response = view.handle(request);
                if (response != null) {
                    return response;
                }
                REQUEST_LOG.error("The custom handler500 view didn't return an HttpResponse object. It returned None instead.");
            } catch (Exception handlerFailure) {
                REQUEST_LOG.error("The custom handler500 view raised while handling {}", request.path(), handlerFailure);
            }
        }
        return DefaultErrorPages.forStatus(500);
    }

    private HttpResponse technical500(HttpRequest request, Exception exception, int status) {
        Map<String, String> safe = SafeSettings.of(settings, middlewareNames, routing.name());
        return TechnicalPages.serverError(request, exception, status, safe, raisingView(request));
    }

    private HttpResponse forceRender(HttpRequest request, HttpResponse response) {
        if (response instanceof RenderableResponse renderable && !renderable.isRendered()) {
            try {
                return renderable.render();
            } catch (Exception renderFailure) {
                REQUEST_LOG.error("Rendering the error response failed for {}", request.path(), renderFailure);
                return settings.debug() ? technical500(request, renderFailure, 500) : DefaultErrorPages.forStatus(500);
            }
        }
        return response;
    }

    /** The resolved view's name for the technical pages, or {@code null} before resolution. */
    public static String raisingView(HttpRequest request) {
        ResolverMatch match = request.resolverMatch();
        if (match == null) {
            return null;
        }
        return ViewNames.describe(match.view(), match);
    }
}
