package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.password.PasswordValidation;
import dev.quintet.contrib.sessions.SessionStore;
import dev.quintet.db.models.Model;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.http.View;
import dev.quintet.mail.EmailMessage;
import dev.quintet.mail.Mail;
import dev.quintet.middleware.csrf.Csrf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Password reset by email: Django's {@code PasswordResetView} and {@code PasswordResetConfirmView}.
 *
 * <pre>{@code
 * PasswordResetViews reset = PasswordResetViews.of(settings, AuthViews.of(settings));
 * path("password_reset/", reset.request("/password_reset/done/", "/reset/{uidb64}/{token}/")),
 * path("reset/<uidb64>/<token>/", reset.confirm("/reset/done/")),
 * }</pre>
 *
 * <p>The request form takes {@code email}; every active user with that address (any case) and a
 * usable password is mailed a link with {@link PasswordResetTokenGenerator}'s token, and the
 * answer is the same redirect whether or not anyone matched (no account enumeration). The
 * confirm view, as Django, moves the token from the URL into the session and redirects to
 * {@code .../set-password/}, so the token cannot leak through the {@code Referer} header; there
 * {@code new_password1}/{@code new_password2} set the password (validated) and the token is spent
 * because the password changed.
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

    /** The views, drawing pages with {@code renderer} (e.g. {@code dev.quintet.contrib.auth.internal.DefaultPages::render}). */
    public static PasswordResetViews of(Settings settings, AuthViews.PageRenderer renderer) {
        return new PasswordResetViews(settings, renderer);
    }

    /**
     * The "forgot my password" form; {@code linkPattern} is the confirm URL with {@code {uidb64}}
     * and {@code {token}} placeholders, made absolute with the request's scheme and host.
     */
    public View request(String doneUrl, String linkPattern) {
        return request -> {
            if (!request.method().equals("POST")) {
                return renderer.render(request, "registration/password_reset_form.html",
                        new LinkedHashMap<>(Map.of("csrf_token", Csrf.getToken(request))));
            }
            String email = request.POST().get("email", "").strip();
            PasswordResetTokenGenerator tokens = new PasswordResetTokenGenerator(settings);
            UserModel<?> model = settings.auth().userModel();
            List<EmailMessage> mails = new ArrayList<>();
            if (!email.isEmpty() && model.emailField() != null) {
                for (Model m : model.manager().filter(model.emailField() + "__iexact", email).list()) {
                    BaseUser user = (BaseUser) m;
                    if (!user.isActive() || !user.hasUsablePassword()) {
                        continue;
                    }
                    String link = request.buildAbsoluteUri(linkPattern
                            .replace("{uidb64}", PasswordResetTokenGenerator.uidb64(user))
                            .replace("{token}", tokens.makeToken(user)));
                    String body = "You're receiving this email because you requested a password reset for your user "
                            + "account at " + request.host() + ".\n\nPlease go to the following page and choose a new "
                            + "password:\n\n" + link + "\n\nYour username, in case you’ve forgotten: " + user.getUsername()
                            + "\n\nThanks for using our site!\n\nThe " + request.host() + " team\n";
                    mails.add(new EmailMessage("Password reset on " + request.host(), body, null, List.of(email)));
                }
            }
            if (!mails.isEmpty()) {
                Mail.send(settings, mails);
            }
            return new HttpResponseRedirect(doneUrl);
        };
    }

    /** The page the mailed link opens (URL kwargs {@code uidb64} and {@code token}). */
    public View confirm(String completeUrl) {
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
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put("validlink", valid);
            ctx.put("csrf_token", Csrf.getToken(request));
            if (!valid) {
                return renderer.render(request, "registration/password_reset_confirm.html", ctx);
            }
            if (!request.method().equals("POST")) {
                ctx.put("form_errors", List.of());
                return renderer.render(request, "registration/password_reset_confirm.html", ctx);
            }
            String p1 = request.POST().get("new_password1", "");
            String p2 = request.POST().get("new_password2", "");
            List<String> errors = new ArrayList<>();
            if (!p1.equals(p2)) {
                errors.add("The two password fields didn’t match.");
            } else {
                errors.addAll(PasswordValidation.problems(p1, user, settings.auth().validators()));
            }
            if (!errors.isEmpty()) {
                ctx.put("form_errors", errors);
                return renderer.render(request, "registration/password_reset_confirm.html", ctx);
            }
            user.setPassword(p1, settings.auth().hashers());
            user.save(user.passwordField());
            session.pop(SESSION_TOKEN, null);
            return new HttpResponseRedirect(completeUrl);
        };
    }

    private BaseUser userFor(String uidb64) {
        String pk = uidb64 == null ? null : PasswordResetTokenGenerator.decodeUid(uidb64);
        return pk == null ? null : settings.auth().userModel().byPk(pk).orElse(null);
    }

}
