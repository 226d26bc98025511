package dev.quintet.core.checks.internal;

import dev.quintet.conf.SecuritySettings;
import dev.quintet.conf.Settings;
import dev.quintet.core.checks.CheckMessage;
import dev.quintet.middleware.Middleware;
import dev.quintet.middleware.MiddlewareNotUsed;
import dev.quintet.middleware.SecurityMiddleware;
import dev.quintet.middleware.XFrameOptionsMiddleware;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Django's deployment security checks ({@code check --deploy}): {@code security.W001} to
 * {@code security.E024} and {@code security.W025}, for the settings Quintet has.
 */
public final class SecurityChecks {
    /** Keys generated for development start with this; they are never fit for deployment. */
    public static final String INSECURE_PREFIX = "quintet-insecure-";

    static final Set<String> REFERRER_POLICY_VALUES = Set.of("no-referrer", "no-referrer-when-downgrade",
            "origin", "origin-when-cross-origin", "same-origin", "strict-origin",
            "strict-origin-when-cross-origin", "unsafe-url");
    static final Set<String> CROSS_ORIGIN_OPENER_POLICY_VALUES = Set.of("same-origin",
            "same-origin-allow-popups", "unsafe-none");

    private static final String SECRET_KEY_WARNING = "Your %s has less than 50 characters, less than 5 unique "
            + "characters, or it's prefixed with '" + INSECURE_PREFIX + "' indicating that it was generated "
            + "automatically by Quintet. Please generate a long and random value, otherwise many of Quintet's "
            + "security-critical features will be vulnerable to attack.";

    private SecurityChecks() {
    }

    /** Every deployment security finding for {@code settings}. */
    public static List<CheckMessage> check(Settings settings) {
        List<CheckMessage> out = new ArrayList<>();
        boolean security = false;
        boolean xframe = false;
        List<Middleware.Factory> factories = settings.middleware();
        for (int i = 0; i < factories.size(); i++) {
            Middleware middleware;
            try {
                middleware = factories.get(i).create(settings);
            } catch (MiddlewareNotUsed e) {
                continue;
            } catch (RuntimeException e) {
                out.add(CheckMessage.error("middleware.E001", "MIDDLEWARE[" + i + "] could not be created: " + e,
                        "Fix the middleware factory or its settings.", "MIDDLEWARE"));
                continue;
            }
            security |= middleware instanceof SecurityMiddleware;
            xframe |= middleware instanceof XFrameOptionsMiddleware;
        }
        SecuritySettings sec = settings.security();
        if (!security) {
            out.add(warn("security.W001", "You do not have 'dev.quintet.middleware.SecurityMiddleware' in your "
                    + "MIDDLEWARE so the SECURE_HSTS_SECONDS, SECURE_CONTENT_TYPE_NOSNIFF, SECURE_REFERRER_POLICY, "
                    + "SECURE_CROSS_ORIGIN_OPENER_POLICY, and SECURE_SSL_REDIRECT settings will have no effect."));
        }
        if (!xframe) {
            out.add(warn("security.W002", "You do not have 'dev.quintet.middleware.XFrameOptionsMiddleware' in "
                    + "your MIDDLEWARE, so your pages will not be served with an 'x-frame-options' header. Unless "
                    + "there is a good reason for your site to be served in a frame, you should consider enabling "
                    + "this header to help prevent clickjacking attacks."));
        }
        if (security && sec.hstsSeconds() == 0) {
            out.add(warn("security.W004", "You have not set a value for the SECURE_HSTS_SECONDS setting. If your "
                    + "entire site is served only over SSL, you may want to consider setting a value and enabling "
                    + "HTTP Strict Transport Security. Be sure to read the documentation first; enabling HSTS "
                    + "carelessly can cause serious, irreversible problems."));
        }
        if (security && sec.hstsSeconds() > 0 && !sec.hstsIncludeSubdomains()) {
            out.add(warn("security.W005", "You have not set the SECURE_HSTS_INCLUDE_SUBDOMAINS setting to True. "
                    + "Without this, your site is potentially vulnerable to attack via an insecure connection to a "
                    + "subdomain. Only set this to True if you are certain that all subdomains of your domain should "
                    + "be served exclusively via SSL."));
        }
        if (security && !sec.contentTypeNosniff()) {
            out.add(warn("security.W006", "Your SECURE_CONTENT_TYPE_NOSNIFF setting is not set to True, so your "
                    + "pages will not be served with an 'X-Content-Type-Options: nosniff' header. You should "
                    + "consider enabling this header to prevent the browser from identifying content types "
                    + "incorrectly."));
        }
        if (security && !sec.sslRedirect()) {
            out.add(warn("security.W008", "Your SECURE_SSL_REDIRECT setting is not set to True. Unless your site "
                    + "should be available over both SSL and non-SSL connections, you may want to either set this "
                    + "setting True or configure a load balancer or reverse-proxy server to redirect all "
                    + "connections to HTTPS."));
        }
        if (!settings.hasSecretKey() || !isStrongSecretKey(settings.secretKey())) {
            out.add(warn("security.W009", SECRET_KEY_WARNING.formatted("SECRET_KEY")));
        }
        if (settings.debug()) {
            out.add(warn("security.W018", "You should not have DEBUG set to True in deployment."));
        }
        if (xframe && !settings.xFrameOptions().equals("DENY")) {
            out.add(warn("security.W019", "You have 'dev.quintet.middleware.XFrameOptionsMiddleware' in your "
                    + "MIDDLEWARE, but X_FRAME_OPTIONS is not set to 'DENY'. Unless there is a good reason for your "
                    + "site to serve other parts of itself in a frame, you should change it to 'DENY'."));
        }
        if (settings.allowedHosts().isEmpty()) {
            out.add(warn("security.W020", "ALLOWED_HOSTS must not be empty in deployment."));
        }
        if (security && sec.hstsSeconds() > 0 && !sec.hstsPreload()) {
            out.add(warn("security.W021", "You have not set the SECURE_HSTS_PRELOAD setting to True. Without "
                    + "this, your site cannot be submitted to the browser preload list."));
        }
        if (security) {
            if (sec.referrerPolicy().isEmpty()) {
                out.add(warn("security.W022", "You have not set the SECURE_REFERRER_POLICY setting. Without this, "
                        + "your site will not send a Referrer-Policy header. You should consider enabling this "
                        + "header to protect user privacy."));
            } else if (!REFERRER_POLICY_VALUES.containsAll(sec.referrerPolicy())) {
                out.add(CheckMessage.error("security.E023",
                        "You have set the SECURE_REFERRER_POLICY setting to an invalid value.",
                        "Valid values are: " + String.join(", ", sorted(REFERRER_POLICY_VALUES)) + ".", null));
            }
            String coop = sec.crossOriginOpenerPolicy();
            if (coop != null && !CROSS_ORIGIN_OPENER_POLICY_VALUES.contains(coop)) {
                out.add(CheckMessage.error("security.E024",
                        "You have set the SECURE_CROSS_ORIGIN_OPENER_POLICY setting to an invalid value.",
                        "Valid values are: " + String.join(", ", sorted(CROSS_ORIGIN_OPENER_POLICY_VALUES)) + ".",
                        null));
            }
        }
        List<String> fallbacks = settings.secretKeyFallbacks();
        for (int i = 0; i < fallbacks.size(); i++) {
            if (!isStrongSecretKey(fallbacks.get(i))) {
                out.add(warn("security.W025", SECRET_KEY_WARNING.formatted("SECRET_KEY_FALLBACKS[" + i + "]")));
            }
        }
        return out;
    }

    /** Django's rule: at least 50 characters, at least 5 distinct ones, not a generated development key. */
    public static boolean isStrongSecretKey(String key) {
        Set<Integer> unique = new HashSet<>();
        key.codePoints().forEach(unique::add);
        return unique.size() >= 5 && key.length() >= 50 && !key.startsWith(INSECURE_PREFIX);
    }

    private static CheckMessage warn(String id, String message) {
        return CheckMessage.warning(id, message, null, null);
    }

    private static List<String> sorted(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }
}
