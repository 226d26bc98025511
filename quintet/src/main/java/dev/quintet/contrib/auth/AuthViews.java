package dev.quintet.contrib.auth;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.forms.AuthenticationForm;
import dev.quintet.contrib.auth.forms.PasswordChangeForm;
import dev.quintet.forms.Form;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseNotAllowed;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.View;
import dev.quintet.middleware.csrf.Csrf;
import dev.quintet.shortcuts.Shortcuts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Django's authentication views: {@code LoginView}, {@code LogoutView} (POST only, as Django 5),
 * {@code PasswordChangeView} and {@code PasswordChangeDoneView}. Pages render Django's template
 * names through the site's template engine — {@code registration/login.html},
 * {@code registration/logged_out.html}, {@code registration/password_change_form.html},
 * {@code registration/password_change_done.html} — with Django's context: {@code form} (an
 * {@link AuthenticationForm} or {@link PasswordChangeForm}, so {@code {{ form.as_p }}},
 * {@code {{ form.username }}} and {@code {{ form.non_field_errors }}} work), {@code next},
 * {@code site_name}, plus {@code form_errors} (every error message, form-wide first) and
 * {@code csrf_token}. Quintet ships plain default templates of those names in
 * {@code dev/quintet/contrib/auth/defaults/templates/}, searched after every app's, so a site's
 * {@code registration/login.html} wins. {@link #withRenderer} draws the pages another way.
 *
 * <pre>{@code
 * AuthViews views = AuthViews.of(settings);            // or .withRenderer(myRenderer)
 * path("accounts/login/", views.login(), "login"),
 * path("accounts/logout/", views.logout(), "logout"),
 * path("accounts/password_change/", views.passwordChange("/accounts/password_change/done/"), "password_change"),
 * path("accounts/password_change/done/", views.passwordChangeDone(), "password_change_done"),
 * }</pre>
 */
public final class AuthViews {
    /** Django's error for wrong credentials with the built-in {@link User}. */
    public static final String INVALID_LOGIN =
            "Please enter a correct username and password. Note that both fields may be case-sensitive.";

    /** Draws a page: Django's template name and its context. */
    @FunctionalInterface
    public interface PageRenderer {
        /** The response for {@code template} with {@code context}. */
        HttpResponse render(HttpRequest request, String template, Map<String, Object> context) throws Exception;
    }

    /** The default renderer: the template through the site's engine. */
    static final PageRenderer TEMPLATES = (request, template, context) -> Shortcuts.render(request, template, context);

    private final Settings settings;
    private final PageRenderer renderer;

    private AuthViews(Settings settings, PageRenderer renderer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The views, rendering Django's templates through the site's template engine. */
    public static AuthViews of(Settings settings) {
        return new AuthViews(settings, TEMPLATES);
    }

    /** The views drawing their pages with {@code renderer} (e.g. the site's templates). */
    public AuthViews withRenderer(PageRenderer pageRenderer) {
        return new AuthViews(settings, pageRenderer);
    }

    /**
     * Refuses, at start-up (when the URLconf builds the views), views that would render through a site engine the
     * settings do not configure, instead of failing at the first request.
     */
    static void requireEngine(Settings settings, PageRenderer renderer) {
        if (renderer == TEMPLATES && settings.templates() == null) {
            throw new ImproperlyConfigured("The authentication views render Django's registration/ templates: "
                    + "configure TEMPLATES (Settings.builder().templates(...)) or draw the pages with withRenderer(...)");
        }
    }

    /** The renderer these views draw with. */
    public PageRenderer renderer() {
        return renderer;
    }

    /** Django's context of the auth pages: {@code form}, {@code next}, {@code site_name}, plus {@code form_errors}, {@code csrf_token}. */
    static Map<String, Object> context(HttpRequest request, Form form) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        if (form != null) {
            ctx.put("form", form);
        }
        ctx.put("form_errors", form == null ? List.of() : errorMessages(form));
        ctx.put("next", request.method().equals("POST") ? request.POST().get("next", "") : request.GET().get("next", ""));
        ctx.put("site_name", request.host());
        ctx.put("csrf_token", Csrf.getToken(request));
        return ctx;
    }

    /** Every message of a bound form: the form-wide ones first, then each field's in order. */
    static List<String> errorMessages(Form form) {
        List<String> out = new ArrayList<>();
        if (!form.isBound()) {
            return out;
        }
        out.addAll(form.nonFieldErrors());
        form.errors().forEach((field, list) -> {
            if (!Form.NON_FIELD_ERRORS.equals(field)) {
                out.addAll(list);
            }
        });
        return out;
    }

    private static MultiValueDict<String> postData(HttpRequest request) {
        return request.method().equals("POST") ? request.POST() : null;
    }

    /** The login page; a successful POST logs in and redirects to {@code next} (if safe) or {@code LOGIN_REDIRECT_URL}. */
    public View login() {
        requireEngine(settings, renderer);
        return request -> {
            AuthenticationForm form = new AuthenticationForm(request, settings, postData(request));
            if (form.isBound() && form.isValid()) {
                Auth.login(request, form.user(), settings);
                return new HttpResponseRedirect(safeNext(request, request.POST().get("next", ""),
                        settings.auth().loginRedirectUrl()));
            }
            Map<String, Object> ctx = context(request, form);
            if (form.isBound()) {
                ctx.put("username", request.POST().get("username", ""));
            }
            return renderer.render(request, "registration/login.html", ctx);
        };
    }

    /** Logs out on POST and redirects to {@code next} or {@code LOGOUT_REDIRECT_URL}, or shows the logged-out page. */
    public View logout() {
        requireEngine(settings, renderer);
        return request -> {
            if (!request.method().equals("POST") && !request.method().equals("OPTIONS")) {
                return new HttpResponseNotAllowed(List.of("POST", "OPTIONS"));
            }
            Auth.logout(request, settings);
            String target = safeNext(request, request.POST().get("next", ""), settings.auth().logoutRedirectUrl());
            if (target != null) {
                return new HttpResponseRedirect(target);
            }
            return renderer.render(request, "registration/logged_out.html", context(request, null));
        };
    }

    /**
     * The password change form (login required): {@code old_password}, {@code new_password1},
     * {@code new_password2}; on success the session stays logged in and the user goes to {@code doneUrl}.
     */
    public View passwordChange(String doneUrl) {
        requireEngine(settings, renderer);
        return AuthDecorators.loginRequired(request -> {
            PasswordChangeForm form = new PasswordChangeForm(Auth.user(request), settings, postData(request));
            if (form.isBound() && form.isValid()) {
                BaseUser user = form.save(true);
                Auth.updateSessionAuthHash(request, user, settings);
                return new HttpResponseRedirect(doneUrl);
            }
            return renderer.render(request, "registration/password_change_form.html", context(request, form));
        });
    }

    /** The page after a password change (login required): {@code registration/password_change_done.html}. */
    public View passwordChangeDone() {
        requireEngine(settings, renderer);
        return AuthDecorators.loginRequired(request ->
                renderer.render(request, "registration/password_change_done.html", context(request, null)));
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
