package dev.quintet.http;

import dev.quintet.http.internal.UrlCodec;
import dev.quintet.http.internal.UrlJoin;
import java.util.List;

/**
 * What {@link HttpResponseRedirect} and {@link HttpResponsePermanentRedirect} share (Django's
 * {@code HttpResponseRedirectBase}): the {@code Location} header, IRI-escaped, and the refusal
 * of unsafe URLs — a scheme other than {@code http}, {@code https} or {@code ftp}
 * ({@code javascript:}, {@code data:}…) or more than 2048 characters — with
 * {@link DisallowedRedirect}. Relative URLs are allowed.
 */
public abstract class HttpResponseRedirectBase extends HttpResponse {
    /** The schemes a redirect may use. */
    public static final List<String> ALLOWED_SCHEMES = List.of("http", "https", "ftp");
    /** The longest URL a redirect accepts. */
    public static final int MAX_URL_LENGTH = 2048;

    /**
     * A redirect to {@code url} with {@code status}.
     *
     * @throws DisallowedRedirect when the URL is unsafe
     */
    @SuppressWarnings("this-escape") // only final header methods run here
    protected HttpResponseRedirectBase(String url, int status) {
        super(new byte[0], DEFAULT_CONTENT_TYPE, status);
        setHeader("Location", UrlCodec.iriToUri(url));
        String scheme = UrlJoin.split(url).scheme();
        if (!scheme.isEmpty() && !ALLOWED_SCHEMES.contains(scheme)) {
            throw new DisallowedRedirect("Unsafe redirect to URL with protocol '" + scheme + "'");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new DisallowedRedirect("Unsafe redirect exceeding " + MAX_URL_LENGTH + " characters");
        }
    }

    /** The {@code Location} the client is sent to. */
    public String url() {
        return header("Location");
    }
}
