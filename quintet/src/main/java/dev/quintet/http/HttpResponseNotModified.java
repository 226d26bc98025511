package dev.quintet.http;

/**
 * A 304 Not Modified response: no content and no {@code Content-Type} (Django's
 * {@code HttpResponseNotModified}); setting non-empty content is refused.
 */
public class HttpResponseNotModified extends HttpResponse {
    /** An empty 304 response. */
    @SuppressWarnings("this-escape") // only final header methods run here
    public HttpResponseNotModified() {
        super(new byte[0], null, 304);
        removeHeader("Content-Type");
    }

    /** Refuses content: a 304 has no body. */
    @Override
    public void setContent(byte[] content) {
        if (content.length > 0) {
            throw new IllegalStateException("You cannot set content to a 304 (Not Modified) response");
        }
        super.setContent(content);
    }
}
