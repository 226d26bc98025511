package dev.quintet.contrib.auth.forms;

import static dev.quintet.contrib.auth.forms.AuthenticationForm.attrs;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.contrib.auth.PasswordResetTokenGenerator;
import dev.quintet.contrib.auth.UserModel;
import dev.quintet.db.models.Model;
import dev.quintet.forms.EmailField;
import dev.quintet.forms.Form;
import dev.quintet.forms.widgets.EmailInput;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.MultiValueDict;
import dev.quintet.mail.EmailMessage;
import dev.quintet.mail.Mail;
import dev.quintet.shortcuts.Shortcuts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Django's {@code PasswordResetForm}: {@code email}; {@link #save} mails every active user with
 * that address (compared case-insensitively) and a usable password a one-use link. The mail is
 * rendered through the site's template engine from {@code registration/password_reset_subject.txt}
 * (joined to one line) and {@code registration/password_reset_email.html} with Django's context —
 * {@code email}, {@code domain}, {@code site_name}, {@code uid}, {@code user}, {@code token},
 * {@code protocol} — plus {@code reset_url}, the absolute link. Each mail is sent on its own; one
 * that fails is logged and skipped, as in Django, so the answer never depends on the address.
 */
@SuppressWarnings("this-escape")
public class PasswordResetForm extends Form {
    /** The subject template. */
    public static final String SUBJECT_TEMPLATE = "registration/password_reset_subject.txt";
    /** The body template. */
    public static final String EMAIL_TEMPLATE = "registration/password_reset_email.html";

    /** The address to reset for. */
    public final EmailField email = field("email", new EmailField().label("Email").maxLength(254)
            .widget(new EmailInput(attrs("autocomplete", "email"))));

    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetForm.class);
    private final Settings settings;

    /** The form, bound to {@code data} ({@code null}: unbound). */
    public PasswordResetForm(Settings settings, MultiValueDict<String> data) {
        super(data);
        this.settings = settings;
    }

    /** Django's {@code get_users}: active users with this address and a usable password. */
    public List<BaseUser> users(String address) {
        UserModel<?> model = settings.auth().userModel();
        List<BaseUser> out = new ArrayList<>();
        if (model.emailField() == null) {
            return out;
        }
        for (Model m : model.manager().filter(model.emailField() + "__iexact", address).list()) {
            BaseUser user = (BaseUser) m;
            Object own = m.value(model.emailField());
            if (user.isActive() && user.hasUsablePassword() && own != null
                    && own.toString().toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT))) {
                out.add(user);
            }
        }
        return out;
    }

    /**
     * Mails the reset link to each matching user (after a successful {@code isValid()});
     * {@code linkPattern} is the confirm URL with {@code {uidb64}} and {@code {token}}
     * placeholders, made absolute with the request's scheme and host. Answers how many were sent.
     */
    public int save(HttpRequest request, String linkPattern, String fromEmail, Map<String, ?> extraContext) {
        String address = cleanedData().get(email);
        PasswordResetTokenGenerator tokens = new PasswordResetTokenGenerator(settings);
        int sent = 0;
        for (BaseUser user : users(address)) {
            String uid = PasswordResetTokenGenerator.uidb64(user);
            String token = tokens.makeToken(user);
            String to = String.valueOf(((Model) user).value(settings.auth().userModel().emailField()));
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("email", to);
            context.put("domain", request.host());
            context.put("site_name", request.host());
            context.put("uid", uid);
            context.put("user", user);
            context.put("token", token);
            context.put("protocol", request.isSecure() ? "https" : "http");
            context.put("reset_url", request.buildAbsoluteUri(linkPattern.replace("{uidb64}", uid).replace("{token}", token)));
            context.putAll(extraContext);
            String subject = String.join("", Shortcuts.renderToString(SUBJECT_TEMPLATE, context, request).lines().toList());
            String body = Shortcuts.renderToString(EMAIL_TEMPLATE, context, request);
            try {
                sent += Mail.send(settings, List.of(new EmailMessage(subject, body, fromEmail, List.of(to))));
            } catch (RuntimeException e) {
                // As Django: the answer must not tell whether the address has an account, so a
                // failed mail is logged, not raised.
                LOG.error("Failed to send password reset email to {}", user.pk(), e);
            }
        }
        return sent;
    }
}
