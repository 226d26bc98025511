package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.internal.DefaultPages;
import dev.quintet.contrib.auth.password.PasswordValidation;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseNotAllowed;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.http.View;
import dev.quintet.middleware.csrf.Csrf;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Django's authentication views: {@code LoginView}, {@code LogoutView} (POST only, as Django 5),
 * {@code PasswordChangeView}. Pages are drawn by a {@link PageRenderer} given Django's template
 * names ({@code registration/login.html}...) and context ({@code form_errors}, {@code next},
 * {@code csrf_token}); the default draws plain built-in HTML.
 *
 * <pre>{@code
 * AuthViews views = AuthViews.of(settings);            // or .withRenderer(myTemplates)
 * path("accounts/login/", views.login(), "login"),
 * path("accounts/logout/", views.logout(), "logout"),
 * path("accounts/password_change/", views.passwordChange("/accounts/password_change/done/"), "password_change"),
 * }</pre>
 */
public final class AuthViews {
    /** Django's error for wrong credentials. */
    public static final String INVALID_LOGIN =
            "Please enter a correct username and password. Note that both fields may be case-sensitive.";

    /** Draws a page: Django's template name and its context. */
    @FunctionalInterface
    public interface PageRenderer {
        /** The response for {@code template} with {@code context}. */
        HttpResponse render(HttpRequest request, String template, Map<String, Object> context) throws Exception;
    }

    private final Settings settings;
    private final PageRenderer renderer;

    private AuthViews(Settings settings, PageRenderer renderer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The views with the built-in pages. */
    public static AuthViews of(Settings settings) {
        return new AuthViews(settings, DefaultPages::render);
    }

    /** The views drawing their pages with {@code renderer} (e.g. the site's templates). */
    public AuthViews withRenderer(PageRenderer pageRenderer) {
        return new AuthViews(settings, pageRenderer);
    }

    private Map<String, Object> context(HttpRequest request, List<String> errors) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("form_errors", errors);
        ctx.put("next", request.method().equals("POST") ? request.POST().get("next", "") : request.GET().get("next", ""));
        ctx.put("csrf_token", Csrf.getToken(request));
        return ctx;
    }

    /** The login page; a successful POST logs in and redirects to {@code next} (if safe) or {@code LOGIN_REDIRECT_URL}. */
    public View login() {
        return request -> {
            if (request.method().equals("POST")) {
                Map<String, String> credentials = new LinkedHashMap<>();
                credentials.put("username", request.POST().get("username", ""));
                credentials.put("password", request.POST().get("password", ""));
                BaseUser user = Auth.authenticate(request, settings, credentials);
                if (user != null) {
                    Auth.login(request, user, settings);
                    return new HttpResponseRedirect(safeNext(request, request.POST().get("next", ""),
                            settings.auth().loginRedirectUrl()));
                }
                Map<String, Object> ctx = context(request, List.of(INVALID_LOGIN));
                ctx.put("username", credentials.get("username"));
                return renderer.render(request, "registration/login.html", ctx);
            }
            return renderer.render(request, "registration/login.html", context(request, List.of()));
        };
    }

    /** Logs out on POST and redirects to {@code next} or {@code LOGOUT_REDIRECT_URL}, or shows the logged-out page. */
    public View logout() {
        return request -> {
            if (!request.method().equals("POST") && !request.method().equals("OPTIONS")) {
                return new HttpResponseNotAllowed(List.of("POST", "OPTIONS"));
            }
            Auth.logout(request, settings);
            String target = safeNext(request, request.POST().get("next", ""), settings.auth().logoutRedirectUrl());
            if (target != null) {
                return new HttpResponseRedirect(target);
            }
            return renderer.render(request, "registration/logged_out.html", new LinkedHashMap<>());
        };
    }

    /**
     * The password change form (login required): {@code old_password}, {@code new_password1},
     * {@code new_password2}; on success the session stays logged in and the user goes to {@code doneUrl}.
     */
    public View passwordChange(String doneUrl) {
        return AuthDecorators.loginRequired(request -> {
            if (!request.method().equals("POST")) {
                return renderer.render(request, "registration/password_change_form.html", context(request, List.of()));
            }
            BaseUser user = Auth.user(request);
            List<String> errors = new ArrayList<>();
            String oldPassword = request.POST().get("old_password", "");
            String p1 = request.POST().get("new_password1", "");
            String p2 = request.POST().get("new_password2", "");
            if (!user.checkPassword(oldPassword, settings.auth().hashers())) {
                errors.add("Your old password was entered incorrectly. Please enter it again.");
            } else if (!p1.equals(p2)) {
                errors.add("The two password fields didn’t match.");
            } else {
                errors.addAll(PasswordValidation.problems(p1, user, settings.auth().validators()));
            }
            if (!errors.isEmpty()) {
                return renderer.render(request, "registration/password_change_form.html", context(request, errors));
            }
            user.setPassword(p1, settings.auth().hashers());
            user.save(user.passwordField());
            Auth.updateSessionAuthHash(request, user, settings);
            return new HttpResponseRedirect(doneUrl);
        });
    }

    /**
     * {@code next} when it stays on this site (Django's {@code url_has_allowed_host_and_scheme}:
     * a path, or an absolute URL to the request's own host with an HTTPS scheme on HTTPS), else
     * {@code fallback}.
     */
    public static String safeNext(HttpRequest request, String next, String fallback) {
        if (next == null || next.isBlank()) {
            return fallback;
        }
        String url = next.strip();
        if (url.startsWith("///") || url.startsWith("\\") || url.chars().anyMatch(c -> c < 32)) {
            return fallback;
        }
        URI uri;
        try {
            uri = new URI(url.replace('\\', '/'));
        } catch (URISyntaxException e) {
            return fallback;
        }
        if (uri.getScheme() == null && uri.getRawAuthority() == null) {
            return url.startsWith("/") || !url.contains(":") ? url : fallback;
        }
        boolean schemeOk = uri.getScheme() == null || uri.getScheme().equals("https")
                || uri.getScheme().equals("http") && !request.isSecure();
        return schemeOk && uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(request.host()) ? url : fallback;
    }
}
