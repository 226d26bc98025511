package dev.quintet.http;

/**
 * A 500 Internal Server Error response (Django's {@code HttpResponseServerError}).
 */
public class HttpResponseServerError extends HttpResponse {
    /** An empty 500 response. */
    public HttpResponseServerError() {
        this("");
    }

    /** A 500 {@code text/html} response with {@code content}. */
    public HttpResponseServerError(String content) {
        super(content, DEFAULT_CONTENT_TYPE, 500);
    }

    /** A 500 response with {@code content} of the given content type. */
    public HttpResponseServerError(String content, String contentType) {
        super(content, contentType, 500);
    }
}
