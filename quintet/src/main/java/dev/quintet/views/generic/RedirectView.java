package dev.quintet.views.generic;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseGone;
import dev.quintet.http.HttpResponsePermanentRedirect;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.shortcuts.Shortcuts;
import dev.quintet.views.View;
import dev.quintet.views.internal.Generic;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redirects every method: Django's {@code RedirectView}.
 *
 * <p>Flow: {@link #getRedirectUrl()} — {@code url} formatted with the URL's keyword arguments
 * ({@code "/posts/%(pk)s/"}), else {@code patternName} reversed with the URL's arguments — plus
 * the request's query string when {@code queryString}; then 301 ({@code permanent}) or 302, or
 * 410 Gone when there is no URL.
 *
 * <pre>{@code
 * path("old/<int:pk>/", View.asView(RedirectView::new, Map.of("patternName", "post_detail", "permanent", true)))
 * }</pre>
 */
public class RedirectView extends View {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quintet.request");

    /** 301 instead of 302. */
    protected boolean permanent;
    /** The target, with {@code %(name)s} placeholders for the URL's keyword arguments. */
    protected String url;
    /** A URL name to reverse with the URL's arguments. */
    protected String patternName;
    /** Keep the request's query string. */
    protected boolean queryString;

    /** The target, or {@code null} for 410 Gone. */
    protected String getRedirectUrl() {
        String target;
        if (url != null) {
            target = Generic.percentFormat(url, kwargs.asMap());
        } else if (patternName != null) {
            target = kwargs.isEmpty() ? Shortcuts.reverse(patternName, args.toArray())
                    : Shortcuts.reverse(patternName, Map.copyOf(kwargs.asMap()));
        } else {
            return null;
        }
        String query = request.queryString();
        if (queryString && query != null && !query.isEmpty()) {
            target = target + "?" + query;
        }
        return target;
    }

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        String target = getRedirectUrl();
        if (target == null) {
            LOG.warn("Gone: {}", request.path());
            return new HttpResponseGone();
        }
        return permanent ? new HttpResponsePermanentRedirect(target) : new HttpResponseRedirect(target);
    }

    @Override
    protected HttpResponse head(HttpRequest request) throws Exception {
        return get(request);
    }

    @Override
    protected HttpResponse post(HttpRequest request) throws Exception {
        return get(request);
    }

    @Override
    protected HttpResponse options(HttpRequest request) throws Exception {
        return get(request);
    }

    @Override
    protected HttpResponse delete(HttpRequest request) throws Exception {
        return get(request);
    }

    @Override
    protected HttpResponse put(HttpRequest request) throws Exception {
        return get(request);
    }

    @Override
    protected HttpResponse patch(HttpRequest request) throws Exception {
        return get(request);
    }
}
