package dev.quintet.middleware.csrf;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.sessions.SessionStore;
import dev.quintet.http.DisallowedHost;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks of {@link dev.quintet.middleware.CsrfViewMiddleware}, one method per step of
 * Django's {@code process_view}: origin, referer, token. Built once per middleware from the
 * settings (trusted origins are split into exact origins and wildcard domains up front).
 */
public final class CsrfChecks {
    private static final String DONE_ATTRIBUTE = "quintet.csrf_processing_done";

    private final Settings settings;
    private final CsrfSettings config;
    private final Set<String> exactOrigins = new HashSet<>();
    private final Map<String, List<String>> originSubdomains = new HashMap<>();
    private final List<String> trustedHosts = new ArrayList<>();

    /** Checks for the site's settings. */
    public CsrfChecks(Settings settings) {
        this.settings = settings;
        this.config = settings.csrf();
        for (String origin : config.trustedOrigins()) {
            int at = origin.indexOf("://");
            String scheme = origin.substring(0, at);
            String netloc = origin.substring(at + 3);
            int slash = netloc.indexOf('/');
            if (slash >= 0) {
                netloc = netloc.substring(0, slash);
            }
            String host = stripStars(netloc);
            trustedHosts.add(host);
            if (origin.contains("*")) {
                originSubdomains.computeIfAbsent(scheme, k -> new ArrayList<>()).add(host);
            } else {
                exactOrigins.add(origin);
            }
        }
    }

    private static String stripStars(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '*') {
            i++;
        }
        return s.substring(i);
    }

    /** Django's {@code is_same_domain}: {@code .example.com} matches the domain and its subdomains. */
    public static boolean isSameDomain(String host, String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return false;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        return p.charAt(0) == '.' && (h.endsWith(p) || h.equals(p.substring(1))) || p.equals(h);
    }

    /** True once the checks passed for this request. */
    public boolean isDone(HttpRequest request) {
        return request.attribute(DONE_ATTRIBUTE) == Boolean.TRUE;
    }

    /** Marks the checks passed. */
    public void markDone(HttpRequest request) {
        request.setAttribute(DONE_ATTRIBUTE, Boolean.TRUE);
    }

    /** The request phase: the secret from the cookie or the session; a malformed cookie gets a new one. */
    public void loadSecret(HttpRequest request) {
        Csrf.State state = Csrf.state(request);
        String secret;
        if (config.useSessions()) {
            Object stored = SessionStore.of(request).get(Csrf.SESSION_KEY);
            secret = stored instanceof String s ? s : null;
        } else {
            secret = request.COOKIES().get(config.cookieName());
            if (secret != null && Csrf.formatProblem(secret) != null) {
                state.secret = Csrf.newSecret();
                state.needsUpdate = true;
                return;
            }
        }
        if (secret != null && secret.length() == Csrf.TOKEN_LENGTH) {
            secret = Csrf.unmask(secret);   // Django before 4.0 stored masked secrets
        }
        if (secret != null && state.secret == null) {
            state.secret = secret;
        }
    }

    /** The response phase: hands the secret to {@code writer} when it was used or changed. */
    public void writeSecretIfNeeded(HttpRequest request, HttpResponse response, SecretWriter writer) {
        Csrf.State state = Csrf.state(request);
        if (state.needsUpdate && state.secret != null) {
            writer.write(request, response, state.secret);
            state.needsUpdate = false;
        }
    }

    /** Writes the secret where it is kept. */
    @FunctionalInterface
    public interface SecretWriter {
        /** Writes {@code secret} for {@code request} on {@code response}. */
        void write(HttpRequest request, HttpResponse response, String secret);
    }

    /** Null when an unsafe request passes, else Django's reason for refusing it. */
    public String rejectReason(HttpRequest request) {
        String origin = request.headers().get("Origin");
        if (origin != null) {
            if (!originVerified(request, origin)) {
                return "Origin checking failed - " + origin + " does not match any trusted origins.";
            }
        } else if (request.isSecure()) {
            String reason = refererProblem(request);
            if (reason != null) {
                return reason;
            }
        }
        return tokenProblem(request);
    }

    private boolean originVerified(HttpRequest request, String origin) {
        try {
            String good = (request.isSecure() ? "https" : "http") + "://" + request.host();
            if (origin.equals(good)) {
                return true;
            }
        } catch (DisallowedHost e) {
            // fall through to the trusted origins
        }
        if (exactOrigins.contains(origin)) {
            return true;
        }
        URI parsed;
        try {
            parsed = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        if (parsed.getScheme() == null || parsed.getRawAuthority() == null) {
            return false;
        }
        String netloc = parsed.getRawAuthority();
        return originSubdomains.getOrDefault(parsed.getScheme(), List.of()).stream()
                .anyMatch(host -> isSameDomain(netloc, host));
    }

    private String refererProblem(HttpRequest request) {
        String referer = request.headers().get("Referer");
        if (referer == null) {
            return "Referer checking failed - no Referer.";
        }
        URI parsed;
        try {
            parsed = new URI(referer);
        } catch (URISyntaxException e) {
            return "Referer checking failed - Referer is malformed.";
        }
        if (parsed.getScheme() == null || parsed.getRawAuthority() == null) {
            return "Referer checking failed - Referer is malformed.";
        }
        if (!parsed.getScheme().equals("https")) {
            return "Referer checking failed - Referer is insecure while host is secure.";
        }
        String netloc = parsed.getRawAuthority();
        if (trustedHosts.stream().anyMatch(h -> isSameDomain(netloc, h))) {
            return null;
        }
        String good = config.useSessions() ? settings.sessions().cookieDomain() : config.cookieDomain();
        String bad = "Referer checking failed - " + referer + " does not match any trusted origins.";
        if (good == null) {
            try {
                good = request.host();
            } catch (DisallowedHost e) {
                return bad;
            }
        } else {
            String port = request.getPort();
            if (!port.equals("443") && !port.equals("80")) {
                good = good + ":" + port;
            }
        }
        return isSameDomain(netloc, good) ? null : bad;
    }

    private String tokenProblem(HttpRequest request) {
        String secret;
        if (config.useSessions()) {
            secret = SessionStore.of(request).get(Csrf.SESSION_KEY) instanceof String s ? s : null;
        } else {
            secret = request.COOKIES().get(config.cookieName());
            if (secret != null && Csrf.formatProblem(secret) != null) {
                return "CSRF cookie " + Csrf.formatProblem(secret) + ".";
            }
        }
        if (secret == null) {
            return "CSRF cookie not set.";
        }
        if (secret.length() == Csrf.TOKEN_LENGTH) {
            secret = Csrf.unmask(secret);
        }
        String token = "";
        String source = "POST";
        if (request.method().equals("POST")) {
            token = request.POST().get(Csrf.FORM_FIELD, "");
        }
        if (token.isEmpty()) {
            token = request.headers().get(config.headerName());
            if (token == null) {
                return "CSRF token missing.";
            }
            source = "the '" + config.headerName().toUpperCase(Locale.ROOT) + "' HTTP header";
        }
        String problem = Csrf.formatProblem(token);
        if (problem != null) {
            return "CSRF token from " + source + " " + problem + ".";
        }
        if (!Csrf.matches(token, secret)) {
            return "CSRF token from " + source + " incorrect.";
        }
        return null;
    }
}
