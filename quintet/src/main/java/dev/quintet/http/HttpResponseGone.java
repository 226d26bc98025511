package dev.quintet.http;

/**
 * A 410 Gone response (Django's {@code HttpResponseGone}).
 */
public class HttpResponseGone extends HttpResponse {
    /** An empty 410 response. */
    public HttpResponseGone() {
        this("");
    }

    /** A 410 {@code text/html} response with {@code content}. */
    public HttpResponseGone(String content) {
        super(content, DEFAULT_CONTENT_TYPE, 410);
    }

    /** A 410 response with {@code content} of the given content type. */
    public HttpResponseGone(String content, String contentType) {
        super(content, contentType, 410);
    }
}
