package dev.quintet.middleware;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;

/**
 * Django's clickjacking protection: sets {@code X-Frame-Options} to {@code X_FRAME_OPTIONS}
 * ({@code DENY} by default) on every response that has none, unless the view was wrapped with
 * {@link XFrameOptions#exempt(View)}.
 *
 * <pre>{@code
 * .middleware(SecurityMiddleware::new, ..., XFrameOptionsMiddleware::new)
 * path("embed/", XFrameOptions.exempt(Views::embed), "embed")
 * }</pre>
 */
public final class XFrameOptionsMiddleware implements Middleware {
    private final String value;

    /** Reads {@code X_FRAME_OPTIONS} once. */
    public XFrameOptionsMiddleware(Settings settings) {
        this.value = settings.xFrameOptions();
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        HttpResponse response = next.handle(request);
        if (response.hasHeader("X-Frame-Options") || XFrameOptions.isExempt(request)) {
            return response;
        }
        response.setHeader("X-Frame-Options", value);
        return response;
    }
}
