package dev.quintet.http;

/**
 * A 400 Bad Request response (Django's {@code HttpResponseBadRequest}).
 */
public class HttpResponseBadRequest extends HttpResponse {
    /** An empty 400 response. */
    public HttpResponseBadRequest() {
        this("");
    }

    /** A 400 {@code text/html} response with {@code content}. */
    public HttpResponseBadRequest(String content) {
        super(content, DEFAULT_CONTENT_TYPE, 400);
    }

    /** A 400 response with {@code content} of the given content type. */
    public HttpResponseBadRequest(String content, String contentType) {
        super(content, contentType, 400);
    }
}
