package dev.quintet.examples.blog;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's {@code RequestLoggingMiddleware}: logs method, path, status and duration, and adds an
 * {@code X-Response-Time} header.
 */
final class RequestLoggingMiddleware implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLoggingMiddleware.class);

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        long start = System.nanoTime();
        LOG.info("Request: {} {}", request.method(), request.path());
        HttpResponse response = next.handle(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Response: {} ({}s)", response.status(), String.format(Locale.ROOT, "%.3f", seconds));
        response.setHeader("X-Response-Time", String.format(Locale.ROOT, "%.3fs", seconds));
        return response;
    }

    @Override
    public HttpResponse processException(HttpRequest request, Exception exception) {
        LOG.error("Exception in {}: {}", request.path(), exception.toString());
        return null;
    }
}
