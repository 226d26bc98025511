package dev.quintet.middleware.csrf;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.View;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Django's {@code django.middleware.csrf} helpers: tokens, rotation, the view decorators and the
 * template context processor. {@link dev.quintet.middleware.CsrfViewMiddleware} does the checking.
 *
 * <pre>{@code
 * String token = Csrf.getToken(request);            // a masked token for a form or an AJAX header
 * Csrf.rotateToken(request);                        // after login
 * path("webhook/", Csrf.exempt(Hooks::receive))     // no check for this view
 * Engine.builder().contextProcessor(Csrf::contextProcessor)   // {% csrf_token %} in templates
 * }</pre>
 *
 * <p>The secret is 32 characters of {@code [A-Za-z0-9]}, kept in the {@code csrftoken} cookie (or
 * the session with {@code CSRF_USE_SESSIONS}). Every {@link #getToken} masks it afresh: a random
 * 32-character mask followed by the secret shifted by the mask, 64 characters in all, so the
 * token in a page changes on every render (against BREACH) while any of them verifies.
 */
public final class Csrf {
    /** The characters of secrets, masks and tokens. */
    public static final String ALLOWED_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** Length of the secret. */
    public static final int SECRET_LENGTH = 32;
    /** Length of a masked token. */
    public static final int TOKEN_LENGTH = 2 * SECRET_LENGTH;
    /** The session key of the secret with {@code CSRF_USE_SESSIONS}. */
    public static final String SESSION_KEY = "_csrftoken";
    /** The POST field carrying the token. */
    public static final String FORM_FIELD = "csrfmiddlewaretoken";
    /** The request attribute holding the reason a request was refused (for {@code CSRF_FAILURE_VIEW}). */
    public static final String REASON_ATTRIBUTE = "quintet.csrf_failure_reason";
    /** The request attribute set by the test client: skip the checks (Django's {@code _dont_enforce_csrf_checks}). */
    public static final String DONT_ENFORCE_ATTRIBUTE = "quintet.dont_enforce_csrf_checks";
    /** The request attribute holding the secret and whether the cookie must be (re)sent. */
    static final String STATE_ATTRIBUTE = "quintet.csrf_state";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** Per-request state: Django's {@code META["CSRF_COOKIE"]} and {@code META["CSRF_COOKIE_NEEDS_UPDATE"]}. */
    static final class State {
        String secret;
        boolean needsUpdate;
    }

    static State state(HttpRequest request) {
        if (request.attribute(STATE_ATTRIBUTE) instanceof State s) {
            return s;
        }
        State s = new State();
        request.setAttribute(STATE_ATTRIBUTE, s);
        return s;
    }

    /** A new random string of {@link #SECRET_LENGTH} allowed characters. */
    public static String newSecret() {
        StringBuilder out = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            out.append(ALLOWED_CHARS.charAt(RANDOM.nextInt(ALLOWED_CHARS.length())));
        }
        return out.toString();
    }

    /** Django's {@code _mask_cipher_secret}: a fresh mask, then the secret shifted by it. */
    public static String mask(String secret) {
        String mask = newSecret();
        StringBuilder out = new StringBuilder(TOKEN_LENGTH).append(mask);
        int n = ALLOWED_CHARS.length();
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int x = ALLOWED_CHARS.indexOf(secret.charAt(i));
            int y = ALLOWED_CHARS.indexOf(mask.charAt(i));
            out.append(ALLOWED_CHARS.charAt((x + y) % n));
        }
        return out.toString();
    }

    /** Django's {@code _unmask_cipher_token}: the secret inside a 64-character token. */
    public static String unmask(String token) {
        int n = ALLOWED_CHARS.length();
        StringBuilder out = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int y = ALLOWED_CHARS.indexOf(token.charAt(i));
            int x = ALLOWED_CHARS.indexOf(token.charAt(SECRET_LENGTH + i));
            out.append(ALLOWED_CHARS.charAt(Math.floorMod(x - y, n)));
        }
        return out.toString();
    }

    /** Null when {@code token} is well formed, else Django's reason ({@code has incorrect length}...). */
    static String formatProblem(String token) {
        if (token.length() != TOKEN_LENGTH && token.length() != SECRET_LENGTH) {
            return "has incorrect length";
        }
        for (int i = 0; i < token.length(); i++) {
            if (ALLOWED_CHARS.indexOf(token.charAt(i)) < 0) {
                return "has invalid characters";
            }
        }
        return null;
    }

    /** Django's {@code _does_token_match}: a masked or bare token against the secret, in constant time. */
    static boolean matches(String token, String secret) {
        String bare = token.length() == TOKEN_LENGTH ? unmask(token) : token;
        return MessageDigest.isEqual(bare.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * A masked token for {@code request}, creating the secret if the request had none; the
     * middleware then sends the cookie (Django's {@code get_token}).
     */
    public static String getToken(HttpRequest request) {
        State s = state(request);
        if (s.secret == null) {
            s.secret = newSecret();
        }
        s.needsUpdate = true;
        return mask(s.secret);
    }

    /** Replaces the secret (Django's {@code rotate_token}): call it on login; earlier tokens stop working. */
    public static void rotateToken(HttpRequest request) {
        State s = state(request);
        s.secret = newSecret();
        s.needsUpdate = true;
    }

    /**
     * The template context processor (Django's {@code django.template.context_processors.csrf}):
     * {@code csrf_token}, computed only if a template uses it.
     */
    public static Map<String, ?> contextProcessor(Object request) {
        if (request instanceof HttpRequest r) {
            return Map.of("csrf_token", new LazyToken(() -> getToken(r)));
        }
        return Map.of();
    }

    /** {@code view} without CSRF checks (Django's {@code csrf_exempt}); wrap it outermost. */
    public static View exempt(View view) {
        return new ExemptView(view);
    }

    /** True when {@code view} was wrapped by {@link #exempt(View)}. */
    public static boolean isExempt(View view) {
        return view instanceof ExemptView;
    }

    /** {@code view}, making sure the response sets the CSRF cookie (Django's {@code ensure_csrf_cookie}). */
    public static View ensureCookie(View view) {
        return request -> {
            getToken(request);
            return view.handle(request);
        };
    }

    private record ExemptView(View view) implements View {
        @Override
        public dev.quintet.http.HttpResponse handle(HttpRequest request) throws Exception {
            return view.handle(request);
        }
    }

    /** A token computed on first use and kept: what {@code {{ csrf_token }}} prints. */
    static final class LazyToken {
        private final Supplier<String> supplier;
        private String value;

        LazyToken(Supplier<String> supplier) {
            this.supplier = supplier;
        }

        @Override
        public synchronized String toString() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }
    }
}
