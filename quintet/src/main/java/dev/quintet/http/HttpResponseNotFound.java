package dev.quintet.http;

/**
 * A 404 Not Found response (Django's {@code HttpResponseNotFound}).
 */
public class HttpResponseNotFound extends HttpResponse {
    /** An empty 404 response. */
    public HttpResponseNotFound() {
        this("");
    }

    /** A 404 {@code text/html} response with {@code content}. */
    public HttpResponseNotFound(String content) {
        super(content, DEFAULT_CONTENT_TYPE, 404);
    }

    /** A 404 response with {@code content} of the given content type. */
    public HttpResponseNotFound(String content, String contentType) {
        super(content, contentType, 404);
    }
}
