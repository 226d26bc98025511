package dev.quintet.middleware.internal;

import dev.quintet.http.HttpResponse;

/** The small responses the standard middleware and decorators answer with. */
public final class Responses {
    private Responses() {
    }

    /** A 301 to {@code location}, empty body. */
    public static HttpResponse permanentRedirect(String location) {
        HttpResponse response = new HttpResponse(new byte[0], HttpResponse.DEFAULT_CONTENT_TYPE, 301);
        response.setHeader("Location", location);
        return response;
    }

    /** A 405 whose {@code Allow} lists {@code methods}, empty body. */
    public static HttpResponse notAllowed(String... methods) {
        HttpResponse response = new HttpResponse(new byte[0], HttpResponse.DEFAULT_CONTENT_TYPE, 405);
        response.setHeader("Allow", String.join(", ", methods));
        return response;
    }
}
