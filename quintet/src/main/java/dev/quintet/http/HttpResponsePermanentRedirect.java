package dev.quintet.http;

/**
 * A permanent redirect: 301 Moved Permanently, or 308 Permanent Redirect when the method and body
 * must be kept (Django's {@code HttpResponsePermanentRedirect}).
 *
 * @see HttpResponseRedirectBase for the URLs refused
 */
public class HttpResponsePermanentRedirect extends HttpResponseRedirectBase {
    /** A 301 redirect to {@code url}. */
    public HttpResponsePermanentRedirect(String url) {
        this(url, false);
    }

    /** A redirect to {@code url}: 308 when {@code preserveRequest}, else 301. */
    public HttpResponsePermanentRedirect(String url, boolean preserveRequest) {
        super(url, preserveRequest ? 308 : 301);
    }
}
