package dev.quintet.middleware;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.utils.Conditional;
import dev.quintet.utils.Headers;

/**
 * Django's {@code ConditionalGetMiddleware}: for GET requests, adds an {@code ETag} (the quoted
 * MD5 of the body) to non-streaming responses that have none, unless {@code Cache-Control}
 * says {@code no-store}; then answers {@code 304 Not Modified} when {@code If-None-Match} or
 * {@code If-Modified-Since} say the client's copy is current, and {@code 412 Precondition
 * Failed} when {@code If-Match} or {@code If-Unmodified-Since} fail.
 */
public final class ConditionalGetMiddleware implements Middleware {

    /** No settings are read; the factory signature is kept for the middleware list. */
    public ConditionalGetMiddleware(Settings settings) {
        // nothing to configure
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        HttpResponse response = next.handle(request);
        // Too late to refuse an unsafe request, and a HEAD body is empty so no ETag can be computed.
        if (!request.method().equals("GET")) {
            return response;
        }
        if (needsEtag(response) && !response.hasHeader("ETag")) {
            Conditional.setResponseEtag(response);
        }
        String etag = response.header("ETag");
        long lastModified = Headers.parseHttpDate(response.header("Last-Modified"));
        if (etag != null || lastModified >= 0) {
            HttpResponse conditional = Conditional.response(request, etag, lastModified, response);
            if (conditional != response) {
                // The body will not be sent: release what it holds (an open file, a stream).
                response.close();
            }
            return conditional;
        }
        return response;
    }

    private static boolean needsEtag(HttpResponse response) {
        for (String directive : Headers.splitCommaList(response.header("Cache-Control"))) {
            if (directive.equalsIgnoreCase("no-store")) {
                return false;
            }
        }
        return true;
    }
}
