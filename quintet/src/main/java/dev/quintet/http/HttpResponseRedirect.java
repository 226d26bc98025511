package dev.quintet.http;

/**
 * A temporary redirect: 302 Found, or 307 Temporary Redirect when the method and body must be
 * kept (Django's {@code HttpResponseRedirect}).
 *
 * <pre>{@code
 * return new HttpResponseRedirect("/posts/" + post.pk + "/");
 * }</pre>
 *
 * @see HttpResponseRedirectBase for the URLs refused
 */
public class HttpResponseRedirect extends HttpResponseRedirectBase {
    /** A 302 redirect to {@code url}. */
    public HttpResponseRedirect(String url) {
        this(url, false);
    }

    /** A redirect to {@code url}: 307 when {@code preserveRequest}, else 302. */
    public HttpResponseRedirect(String url, boolean preserveRequest) {
        super(url, preserveRequest ? 307 : 302);
    }
}
