package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.forms.PasswordResetForm;
import dev.quintet.contrib.auth.forms.SetPasswordForm;
import dev.quintet.contrib.sessions.SessionStore;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.http.View;
import java.util.Map;

/**
 * Password reset by email: Django's {@code PasswordResetView}, {@code PasswordResetDoneView},
 * {@code PasswordResetConfirmView} and {@code PasswordResetCompleteView}, rendering
 * {@code registration/password_reset_form.html}, {@code password_reset_done.html},
 * {@code password_reset_confirm.html} and {@code password_reset_complete.html} (the mail:
 * {@code password_reset_subject.txt} and {@code password_reset_email.html}, see
 * {@link PasswordResetForm}) through the site's template engine unless given a renderer.
 *
 * <pre>{@code
 * PasswordResetViews reset = PasswordResetViews.of(settings);
 * path("password_reset/", reset.request("/password_reset/done/", "/reset/{uidb64}/{token}/")),
 * path("password_reset/done/", reset.done()),
 * path("reset/<uidb64>/<token>/", reset.confirm("/reset/done/")),
 * path("reset/done/", reset.complete()),
 * }</pre>
 *
 * <p>The request form ({@link PasswordResetForm}) mails every active user with that address (any
 * case) and a usable password a link with {@link PasswordResetTokenGenerator}'s token, and the
 * answer is the same redirect whether or not anyone matched (no account enumeration). The
 * confirm view, as Django, moves the token from the URL into the session and redirects to
 * {@code .../set-password/}, so the token cannot leak through the {@code Referer} header; there a
 * {@link SetPasswordForm} ({@code form} in the context, with {@code validlink}) sets the password
 * and the token is spent because the password changed.
 */
public final class PasswordResetViews {
    /** The session key holding the token between the link and the form. */
    public static final String SESSION_TOKEN = "_password_reset_token";
    /** What replaces the token in the URL. */
    public static final String RESET_URL_TOKEN = "set-password";

    private final Settings settings;
    private final AuthViews.PageRenderer renderer;

    private PasswordResetViews(Settings settings, AuthViews.PageRenderer renderer) {
        this.settings = settings;
        this.renderer = renderer;
    }

    /** The views, rendering Django's templates through the site's template engine. */
    public static PasswordResetViews of(Settings settings) {
        return new PasswordResetViews(settings, AuthViews.TEMPLATES);
    }

    /** The views, drawing pages with {@code renderer} (e.g. {@code authViews.renderer()}). */
    public static PasswordResetViews of(Settings settings, AuthViews.PageRenderer renderer) {
        return new PasswordResetViews(settings, renderer);
    }

    /**
     * The "forgot my password" form; {@code linkPattern} is the confirm URL with {@code {uidb64}}
     * and {@code {token}} placeholders, made absolute with the request's scheme and host.
     */
    public View request(String doneUrl, String linkPattern) {
        AuthViews.requireEngine(settings, renderer);
        return request -> {
            PasswordResetForm form = new PasswordResetForm(settings,
                    request.method().equals("POST") ? request.POST() : null);
            if (form.isBound() && form.isValid()) {
                form.save(request, linkPattern, null, Map.of());
                return new HttpResponseRedirect(doneUrl);
            }
            return renderer.render(request, "registration/password_reset_form.html", AuthViews.context(request, form));
        };
    }

    /** The page after the request: {@code registration/password_reset_done.html}. */
    public View done() {
        AuthViews.requireEngine(settings, renderer);
        return request -> renderer.render(request, "registration/password_reset_done.html",
                AuthViews.context(request, null));
    }

    /** The page the mailed link opens (URL kwargs {@code uidb64} and {@code token}). */
    public View confirm(String completeUrl) {
        AuthViews.requireEngine(settings, renderer);
        return request -> {
            String uidb64 = request.kwargs().getString("uidb64");
            String token = request.kwargs().getString("token");
            BaseUser user = userFor(uidb64);
            SessionStore session = SessionStore.of(request);
            PasswordResetTokenGenerator tokens = new PasswordResetTokenGenerator(settings);
            if (user != null && !RESET_URL_TOKEN.equals(token) && tokens.checkToken(user, token)) {
                session.set(SESSION_TOKEN, token);
                String path = request.path();
                return new HttpResponseRedirect(path.substring(0, path.length() - token.length() - 1) + RESET_URL_TOKEN + "/");
            }
            Object stored = session.get(SESSION_TOKEN);
            boolean valid = user != null && RESET_URL_TOKEN.equals(token) && stored instanceof String s
                    && tokens.checkToken(user, s);
            SetPasswordForm form = valid
                    ? new SetPasswordForm(user, settings, request.method().equals("POST") ? request.POST() : null) : null;
            if (form != null && form.isBound() && form.isValid()) {
                form.save(true);
                session.pop(SESSION_TOKEN, null);
                return new HttpResponseRedirect(completeUrl);
            }
            Map<String, Object> ctx = AuthViews.context(request, form);
            ctx.put("validlink", valid);
            return renderer.render(request, "registration/password_reset_confirm.html", ctx);
        };
    }

    /** The page after a reset: {@code registration/password_reset_complete.html} with {@code login_url}. */
    public View complete() {
        AuthViews.requireEngine(settings, renderer);
        return request -> {
            Map<String, Object> ctx = AuthViews.context(request, null);
            ctx.put("login_url", settings.auth().loginUrl());
            return renderer.render(request, "registration/password_reset_complete.html", ctx);
        };
    }

    private BaseUser userFor(String uidb64) {
        String pk = uidb64 == null ? null : PasswordResetTokenGenerator.decodeUid(uidb64);
        return pk == null ? null : settings.auth().userModel().byPk(pk).orElse(null);
    }
}
