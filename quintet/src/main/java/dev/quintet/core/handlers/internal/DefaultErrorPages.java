package dev.quintet.core.handlers.internal;

import dev.quintet.http.HttpResponse;

/**
 * Django's default error views ({@code django.views.defaults}) when no template overrides
 * them: a minimal HTML page with a title and, for 404, a sentence. Never a stack trace.
 */
public final class DefaultErrorPages {
    private DefaultErrorPages() {
    }

    /** The page for {@code status} (400, 403, 404; anything else gets the 500 page). */
    public static HttpResponse forStatus(int status) {
        return switch (status) {
            case 400 -> page("Bad Request (400)", "", 400);
            case 403 -> page("403 Forbidden", "", 403);
            case 404 -> page("Not Found", "The requested resource was not found on this server.", 404);
            default -> page("Server Error (500)", "", 500);
        };
    }

    private static HttpResponse page(String title, String details, int status) {
        String html = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>" + title + "</title>\n</head>\n<body>\n"
                + "  <h1>" + title + "</h1><p>" + details + "</p>\n</body>\n</html>\n";
        return new HttpResponse(html, HttpResponse.DEFAULT_CONTENT_TYPE, status);
    }
}
