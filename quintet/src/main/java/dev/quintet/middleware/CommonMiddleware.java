package dev.quintet.middleware;

import dev.quintet.conf.Settings;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponsePermanentRedirect;
import dev.quintet.http.PermissionDenied;
import dev.quintet.http.View;
import dev.quintet.urls.ResolverMatch;
import dev.quintet.urls.UrlConf;
import java.util.regex.Pattern;

/**
 * Django's {@code CommonMiddleware}:
 * <ul>
 *   <li>refuses user agents matching {@code DISALLOWED_USER_AGENTS} ({@code PermissionDenied}, 403);</li>
 *   <li>{@code PREPEND_WWW}: redirects {@code example.com/x} to {@code www.example.com/x} (301);</li>
 *   <li>{@code APPEND_SLASH}: when the answer is a 404, the path lacks a trailing slash, does not
 *       resolve, and the slashed path does, redirects there (301), query string kept. It cannot
 *       keep a POST, PUT or PATCH body across a redirect, so in DEBUG such a request fails with
 *       an explanation instead;</li>
 *   <li>sets {@code Content-Length} on non-streaming responses that have none.</li>
 * </ul>
 *
 * <pre>{@code
 * .middleware(SecurityMiddleware::new, CommonMiddleware::new, ...)
 * path("api/items", CommonMiddleware.noAppendSlash(Api::items), "items")   // never redirected
 * }</pre>
 */
public final class CommonMiddleware implements Middleware {
    private final boolean appendSlash;
    private final boolean prependWww;
    private final Pattern[] disallowedUserAgents;
    private final boolean debug;
    private final UrlConf urlconf;

    /** Reads {@code APPEND_SLASH}, {@code PREPEND_WWW}, {@code DISALLOWED_USER_AGENTS}, {@code DEBUG} and the URLconf once. */
    public CommonMiddleware(Settings settings) {
        this.appendSlash = settings.appendSlash();
        this.prependWww = settings.prependWww();
        this.disallowedUserAgents = settings.disallowedUserAgents().toArray(new Pattern[0]);
        this.debug = settings.debug();
        this.urlconf = settings.rootUrlconf();
    }

    /** {@code view}, exempt from the {@code APPEND_SLASH} redirect (Django's {@code no_append_slash}). */
    public static View noAppendSlash(View view) {
        return new NoAppendSlash(view);
    }

    private record NoAppendSlash(View view) implements View {
        @Override
        public HttpResponse handle(HttpRequest request) throws Exception {
            return view.handle(request);
        }
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        HttpResponse response = processRequest(request);
        if (response == null) {
            response = next.handle(request);
        }
        return processResponse(request, response);
    }

    private HttpResponse processRequest(HttpRequest request) {
        if (disallowedUserAgents.length > 0) {
            String agent = request.headers().get("User-Agent");
            if (agent != null) {
                for (Pattern pattern : disallowedUserAgents) {
                    if (pattern.matcher(agent).find()) {
                        throw new PermissionDenied("Forbidden user agent");
                    }
                }
            }
        }
        // As Django, the host is validated against ALLOWED_HOSTS here (DisallowedHost: 400).
        String host = request.host();
        if (prependWww && !host.isEmpty() && !host.startsWith("www.")) {
            String path = shouldRedirectWithSlash(request) ? fullPathWithSlash(request) : request.fullPath();
            return new HttpResponsePermanentRedirect(request.scheme() + "://www." + host + path);
        }
        return null;
    }

    private HttpResponse processResponse(HttpRequest request, HttpResponse response) {
        if (response.status() == 404 && shouldRedirectWithSlash(request)) {
            HttpResponse redirect = new HttpResponsePermanentRedirect(fullPathWithSlash(request));
            response.close();
            return redirect;
        }
        if (!response.isStreaming() && !response.hasHeader("Content-Length")) {
            response.setHeader("Content-Length", Integer.toString(response.content().length));
        }
        return response;
    }

    private boolean shouldRedirectWithSlash(HttpRequest request) {
        String path = request.pathInfo();
        if (!appendSlash || path.endsWith("/") || resolve(path) != null) {
            return false;
        }
        ResolverMatch slashed = resolve(path + "/");
        return slashed != null && !(slashed.view() instanceof NoAppendSlash);
    }

    private ResolverMatch resolve(String path) {
        try {
            return urlconf.resolve(path);
        } catch (Http404 e) {
            return null;
        }
    }

    /** {@code //evil.example/} would be read as another host: escape the second slash, as Django. */
    private static String escapeLeadingSlashes(String path) {
        return path.startsWith("//") ? "/%2F" + path.substring(2) : path;
    }

    private String fullPathWithSlash(HttpRequest request) {
        String newPath = escapeLeadingSlashes(request.fullPath(true));
        String method = request.method();
        if (debug && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            throw new IllegalStateException("You called this URL via " + method + ", but the URL doesn't end in a "
                    + "slash and you have APPEND_SLASH set. Quintet can't redirect to the slash URL while maintaining "
                    + method + " data. Change your form to point to " + request.host() + newPath
                    + " (note the trailing slash), or set APPEND_SLASH=False in your Quintet settings.");
        }
        return newPath;
    }
}
