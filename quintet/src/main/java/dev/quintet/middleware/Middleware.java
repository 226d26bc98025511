package dev.quintet.middleware;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;

/**
 * One layer of the middleware onion, as Django's {@code middleware(get_response)}.
 *
 * <p>{@link #handle} runs the request phase, calls {@code next} (the rest of the chain and the
 * view), and runs the response phase; returning without calling {@code next} answers early.
 * The chain is composed once at start-up from a list of {@link Factory factories}: the first in
 * the list is the outermost layer.
 *
 * <pre>{@code
 * final class TimingMiddleware implements Middleware {
 *     public HttpResponse handle(HttpRequest request, View next) throws Exception {
 *         long start = System.nanoTime();
 *         HttpResponse response = next.handle(request);
 *         response.setHeader("X-Response-Time", (System.nanoTime() - start) / 1_000_000 + "ms");
 *         return response;
 *     }
 * }
 * // settings: .middleware(SecurityMiddleware::new, s -> new TimingMiddleware(), ...)
 * }</pre>
 *
 * <p>The optional hooks are Django's: {@link #processView} runs after URL resolution and before
 * the view, {@link #processException} when the view raises, {@link #processTemplateResponse}
 * before a lazily rendered response is rendered.
 */
public interface Middleware {

    /** Request phase, {@code next.handle(request)}, response phase. */
    HttpResponse handle(HttpRequest request, View next) throws Exception;

    /**
     * Called just before the view; a non-null response short-circuits the view (and the
     * remaining {@code processView} hooks). {@code request.resolverMatch()} is set.
     */
    default HttpResponse processView(HttpRequest request, View view) throws Exception {
        return null;
    }

    /** Called when the view raises; a non-null response stops the exception there. */
    default HttpResponse processException(HttpRequest request, Exception exception) throws Exception {
        return null;
    }

    /**
     * Called for responses that render lazily (template responses) before they are rendered;
     * may change the template or context and must return a response.
     */
    default HttpResponse processTemplateResponse(HttpRequest request, HttpResponse response) throws Exception {
        return response;
    }

    /**
     * Creates a middleware once at start-up from the settings; may throw
     * {@link MiddlewareNotUsed} to leave itself out of the chain.
     */
    @FunctionalInterface
    interface Factory {
        Middleware create(Settings settings) throws MiddlewareNotUsed;
    }
}
