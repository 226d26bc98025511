package dev.quintet.contrib.auth.forms;

import static dev.quintet.contrib.auth.forms.AuthenticationForm.attrs;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.contrib.auth.password.PasswordValidation;
import dev.quintet.forms.CharField;
import dev.quintet.forms.Form;
import dev.quintet.forms.ValidationError;
import dev.quintet.forms.widgets.PasswordInput;
import dev.quintet.http.MultiValueDict;
import java.util.List;

/**
 * Django's {@code SetPasswordForm}: {@code new_password1} (with the validators' help texts) and
 * {@code new_password2}, which must match and pass {@code AUTH_PASSWORD_VALIDATORS} for the
 * user; {@link #save(boolean)} sets the password.
 */
@SuppressWarnings("this-escape")
public class SetPasswordForm extends Form {
    /** Django's message when the two passwords differ. */
    public static final String PASSWORD_MISMATCH = "The two password fields didn’t match.";

    /** The new password. */
    public final CharField newPassword1;
    /** The new password again. */
    public final CharField newPassword2;
    /** The user whose password is set. */
    protected final BaseUser user;
    /** The settings (hashers and validators). */
    protected final Settings settings;

    /** The form for {@code user}, bound to {@code data} ({@code null}: unbound). */
    public SetPasswordForm(BaseUser user, Settings settings, MultiValueDict<String> data) {
        super(data);
        this.user = user;
        this.settings = settings;
        newPassword1 = field("new_password1", new CharField().label("New password").strip(false)
                .widget(newPasswordInput()).helpText(helpTextHtml(settings)));
        newPassword2 = field("new_password2", new CharField().label("New password confirmation").strip(false)
                .widget(newPasswordInput()));
        cleanField(newPassword2, this::cleanNewPassword2);
    }

    private static PasswordInput newPasswordInput() {
        return new PasswordInput(attrs("autocomplete", "new-password"), false);
    }

    /** Django's {@code password_validators_help_text_html}: the help texts as a list, empty without validators. */
    static String helpTextHtml(Settings settings) {
        List<String> texts = PasswordValidation.helpTexts(settings.auth().validators());
        if (texts.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul>");
        for (String t : texts) {
            html.append("<li>").append(dev.quintet.forms.internal.Html.esc(t)).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private String cleanNewPassword2(String password2) {
        String password1 = cleanedData().get(newPassword1);
        if (password1 != null && !password1.isEmpty() && password2 != null && !password2.isEmpty()
                && !password1.equals(password2)) {
            throw new ValidationError(PASSWORD_MISMATCH, "password_mismatch");
        }
        List<String> problems = PasswordValidation.problems(password2, user, settings.auth().validators());
        if (!problems.isEmpty()) {
            throw new ValidationError(problems.stream().map(ValidationError::new).toList());
        }
        return password2;
    }

    /** Sets the new password (hashed with the preferred hasher) and, with {@code commit}, saves it. */
    public BaseUser save(boolean commit) {
        user.setPassword(cleanedData().get(newPassword1), settings.auth().hashers());
        if (commit) {
            user.save(user.passwordField());
        }
        return user;
    }

    /** The user. */
    public BaseUser user() {
        return user;
    }
}
