package dev.quintet.contrib.auth.forms;

import static dev.quintet.contrib.auth.forms.AuthenticationForm.attrs;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.forms.CharField;
import dev.quintet.forms.ValidationError;
import dev.quintet.forms.widgets.PasswordInput;
import dev.quintet.http.MultiValueDict;
import java.util.List;

/**
 * Django's {@code PasswordChangeForm}: a {@link SetPasswordForm} with {@code old_password} first,
 * which must be the user's current password.
 */
@SuppressWarnings("this-escape")
public class PasswordChangeForm extends SetPasswordForm {
    /** Django's message for a wrong old password. */
    public static final String PASSWORD_INCORRECT = "Your old password was entered incorrectly. Please enter it again.";

    /** The current password. */
    public final CharField oldPassword;

    /** The form for {@code user}, bound to {@code data} ({@code null}: unbound). */
    public PasswordChangeForm(BaseUser user, Settings settings, MultiValueDict<String> data) {
        super(user, settings, data);
        oldPassword = field("old_password", new CharField().label("Old password").strip(false)
                .widget(new PasswordInput(attrs("autocomplete", "current-password", "autofocus", true), false)));
        orderFields(List.of("old_password", "new_password1", "new_password2"));
        cleanField(oldPassword, old -> {
            if (!user.checkPassword(old, settings.auth().hashers())) {
                throw new ValidationError(PASSWORD_INCORRECT, "password_incorrect");
            }
            return old;
        });
    }
}
