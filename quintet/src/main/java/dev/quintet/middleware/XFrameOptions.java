package dev.quintet.middleware;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;

/**
 * Per-view control of {@code X-Frame-Options}: Django's {@code xframe_options_exempt},
 * {@code xframe_options_deny} and {@code xframe_options_sameorigin} decorators.
 *
 * <pre>{@code
 * path("widget/", XFrameOptions.exempt(Views::widget), "widget")        // may be framed anywhere
 * path("preview/", XFrameOptions.sameOrigin(Views::preview), "preview")  // X-Frame-Options: SAMEORIGIN
 * }</pre>
 *
 * <p>The exemption is recorded on the request (the attribute {@link #EXEMPT_ATTRIBUTE}) while the
 * view runs, rather than on the response, so no marker header can leak to the client when the
 * middleware is not installed.
 */
public final class XFrameOptions {
    /** The request attribute marking that the view that answered is exempt. */
    public static final String EXEMPT_ATTRIBUTE = "quintet.xframe_options_exempt";

    private XFrameOptions() {
    }

    /** {@code view}, whose responses get no {@code X-Frame-Options} header from the middleware. */
    public static View exempt(View view) {
        return request -> {
            HttpResponse response = view.handle(request);
            request.setAttribute(EXEMPT_ATTRIBUTE, Boolean.TRUE);
            return response;
        };
    }

    /** {@code view}, with {@code X-Frame-Options: DENY} unless it set the header itself. */
    public static View deny(View view) {
        return withValue(view, "DENY");
    }

    /** {@code view}, with {@code X-Frame-Options: SAMEORIGIN} unless it set the header itself. */
    public static View sameOrigin(View view) {
        return withValue(view, "SAMEORIGIN");
    }

    /** True when the view that answered {@code request} was wrapped with {@link #exempt(View)}. */
    public static boolean isExempt(HttpRequest request) {
        return request.attribute(EXEMPT_ATTRIBUTE) == Boolean.TRUE;
    }

    private static View withValue(View view, String value) {
        return request -> {
            HttpResponse response = view.handle(request);
            if (response != null && !response.hasHeader("X-Frame-Options")) {
                response.setHeader("X-Frame-Options", value);
            }
            return response;
        };
    }
}
