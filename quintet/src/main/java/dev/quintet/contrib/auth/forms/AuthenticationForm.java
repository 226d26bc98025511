package dev.quintet.contrib.auth.forms;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.Auth;
import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.forms.CharField;
import dev.quintet.forms.Form;
import dev.quintet.forms.ValidationError;
import dev.quintet.forms.widgets.PasswordInput;
import dev.quintet.forms.widgets.TextInput;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.MultiValueDict;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code AuthenticationForm}: {@code username} (labelled and limited as the user model's
 * {@code USERNAME_FIELD}) and {@code password}; {@link #clean()} authenticates through the
 * configured back ends, and {@link #user()} is the user who may log in.
 *
 * <pre>{@code
 * AuthenticationForm form = new AuthenticationForm(request, settings, request.POST());
 * if (form.isValid()) Auth.login(request, form.user(), settings);
 * }</pre>
 */
@SuppressWarnings("this-escape")
public class AuthenticationForm extends Form {
    /** Django's message for wrong credentials; {@code %(username)s} is the username field's verbose name. */
    public static final String INVALID_LOGIN = "Please enter a correct %(username)s and password. Note that both "
            + "fields may be case-sensitive.";
    /** Django's message for an inactive account a back end let through. */
    public static final String INACTIVE = "This account is inactive.";

    /** The username (the user model's {@code USERNAME_FIELD}). */
    public final UsernameField username = field("username", new UsernameField().widget(textInputWithAutofocus()));
    /** The password, not stripped. */
    public final CharField password = field("password", new CharField().label("Password").strip(false)
            .widget(new PasswordInput(attrs("autocomplete", "current-password"), false)));

    private final HttpRequest request;
    private final Settings settings;
    private final String usernameVerboseName;
    private BaseUser user;

    /** The form for {@code request}, bound to {@code data} ({@code null}: unbound). */
    public AuthenticationForm(HttpRequest request, Settings settings, MultiValueDict<String> data) {
        super(data);
        this.request = request;
        this.settings = settings;
        var meta = settings.auth().userModel().manager().meta();
        var field = meta.field(settings.auth().userModel().usernameField());
        this.usernameVerboseName = field.verboseName();
        int maxLength = field.dbParameters().get("max_length") instanceof Number n ? n.intValue() : 254;
        username.maxLength(maxLength);
        if (username.label() == null) {
            username.label(capfirst(usernameVerboseName));
        }
    }

    private static TextInput textInputWithAutofocus() {
        return new TextInput(attrs("autofocus", true));
    }

    static Map<String, Object> attrs(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static String capfirst(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    protected void clean() {
        String name = cleanedData().get(username);
        String pass = cleanedData().get(password);
        if (name != null && pass != null && !pass.isEmpty()) {
            user = Auth.authenticate(request, settings, Map.of("username", name, "password", pass));
            if (user == null) {
                throw new ValidationError(INVALID_LOGIN, "invalid_login", Map.of("username", usernameVerboseName));
            }
            confirmLoginAllowed(user);
        }
    }

    /** Django's {@code confirm_login_allowed}: refuses an inactive user; override for other policies. */
    protected void confirmLoginAllowed(BaseUser candidate) {
        if (!candidate.isActive()) {
            throw new ValidationError(INACTIVE, "inactive");
        }
    }

    /** The authenticated user after a successful validation, else null (Django's {@code get_user}). */
    public BaseUser user() {
        return user;
    }

    /** The request the form authenticates for. */
    public HttpRequest request() {
        return request;
    }
}
