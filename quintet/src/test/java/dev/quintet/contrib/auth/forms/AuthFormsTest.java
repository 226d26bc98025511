package dev.quintet.contrib.auth.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.AuthBackend;
import dev.quintet.contrib.auth.AuthSettings;
import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.contrib.auth.ModelBackend;
import dev.quintet.contrib.auth.User;
import dev.quintet.contrib.auth.UserModel;
import dev.quintet.contrib.auth.Users;
import dev.quintet.contrib.auth.club.Member;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.hashers.Md5PasswordHasher;
import dev.quintet.contrib.auth.password.MinimumLengthValidator;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.QueryDict;
import dev.quintet.testsupport.AuthDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Django's authentication forms on their own: fields, messages, the user model's username field. */
class AuthFormsTest {
    @TempDir
    static Path dir;
    static Databases dbs;
    static final Settings SETTINGS = Settings.builder().secretKey("k")
            .auth(AuthSettings.DEFAULTS.withHashers(Hashers.of(new Md5PasswordHasher()))).build();
    static final Settings MEMBERS = SETTINGS.toBuilder()
            .auth(SETTINGS.auth().withUserModel(UserModel.of(Member.objects, "email", "email"))).build();

    /** Django's {@code AllowAllUsersModelBackend}: lets inactive users authenticate, so the form refuses them. */
    static final AuthBackend ALLOW_INACTIVE = new AuthBackend() {
        @Override
        public String name() {
            return "allow-all";
        }

        @Override
        public BaseUser authenticate(HttpRequest request, Map<String, String> credentials, Settings settings) {
            BaseUser u = settings.auth().userModel().byNaturalKey(credentials.get("username")).orElse(null);
            return u != null && u.checkPassword(credentials.get("password"), settings.auth().hashers()) ? u : null;
        }

        @Override
        public BaseUser getUser(Object userId, Settings settings) {
            return new ModelBackend().getUser(userId, settings);
        }
    };

    @BeforeAll
    static void database() {
        dbs = AuthDatabase.create(dir);
        try (var editor = dbs.defaultDatabase().schemaEditor()) {
            editor.createModel(Member.objects.meta());
        }
        Users.createUser(SETTINGS, "ada", "ada@example.com", "0ld-passphrase");
        User ghost = Users.createUser(SETTINGS, "ghost", "", "gh0st-passphrase");
        ghost.isActive = false;
        ghost.save();
        Member m = new Member();
        m.email = "ann@example.com";
        m.isActive = true;
        m.setPassword("ann-passphrase", SETTINGS.auth().hashers());
        m.save();
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static AuthenticationForm login(Settings settings, String username, String password) {
        return new AuthenticationForm(null, settings, QueryDict.parse("username=" + username + "&password=" + password));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            right password        | ada   | 0ld-passphrase   | false |
            wrong password        | ada   | nope             | false | Please enter a correct username and password. Note that both fields may be case-sensitive.
            unknown user          | bob   | 0ld-passphrase   | false | Please enter a correct username and password. Note that both fields may be case-sensitive.
            inactive, model back end refuses | ghost | gh0st-passphrase | false | Please enter a correct username and password. Note that both fields may be case-sensitive.
            inactive, back end lets through  | ghost | gh0st-passphrase | true  | This account is inactive.
            """)
    void authenticationFormChecksThroughTheBackEnds(String name, String username, String password, boolean allowInactive,
                                                    String error) {
        Settings s = allowInactive ? SETTINGS.toBuilder().auth(SETTINGS.auth().withBackends(ALLOW_INACTIVE)).build() : SETTINGS;
        AuthenticationForm form = login(s, username, password);
        assertThat(form.isValid()).isEqualTo(error == null);
        assertThat(form.nonFieldErrors()).isEqualTo(error == null ? List.of() : List.of(error));
        if (error == null) {
            assertThat(form.user()).extracting(BaseUser::getUsername).isEqualTo(username);
        }
    }

    @Test
    void aCustomUserModelsUsernameFieldGivesLabelLengthAndMessage() {
        AuthenticationForm unbound = new AuthenticationForm(null, MEMBERS, null);
        assertThat(unbound.get("username").labelTag().toString()).isEqualTo("<label for=\"id_username\">Email:</label>");
        assertThat(unbound.get("username").toString()).contains("maxlength=\"254\"");
        AuthenticationForm ann = login(MEMBERS, "ann@example.com", "ann-passphrase");
        assertThat(ann.errors()).as(ann.errors().asText()).isEmpty();
        assertThat(ann.user()).isInstanceOf(Member.class);
        assertThat(login(MEMBERS, "ann@example.com", "wrong").nonFieldErrors())
                .containsExactly("Please enter a correct email and password. Note that both fields may be case-sensitive.");
    }

    @Test
    void usernamesAreNfkcNormalised() {
        AuthenticationForm form = login(SETTINGS, "\uFF41da", "0ld-passphrase");   // fullwidth a
        assertThat(form.isValid()).isTrue();
        assertThat(form.cleanedData().get(form.username)).isEqualTo("ada");
    }

    @Test
    void setPasswordFormHelpTextFollowsTheValidators() {
        User ada = User.objects.get("username", "ada");
        assertThat(new SetPasswordForm(ada, SETTINGS, null).newPassword1.helpText()).isEmpty();
        Settings validated = SETTINGS.toBuilder().auth(SETTINGS.auth().withValidators(List.of(new MinimumLengthValidator())))
                .build();
        assertThat(new SetPasswordForm(ada, validated, null).newPassword1.helpText())
                .isEqualTo("<ul><li>Your password must contain at least 8 characters.</li></ul>");
        SetPasswordForm shortOne = new SetPasswordForm(ada, validated, QueryDict.parse("new_password1=abc&new_password2=abc"));
        assertThat(shortOne.errors().get("new_password2"))
                .containsExactly("This password is too short. It must contain at least 8 characters.");
    }

    @Test
    void passwordChangeFormPutsTheOldPasswordFirstAndSaves() {
        User ada = User.objects.get("username", "ada");
        PasswordChangeForm form = new PasswordChangeForm(ada, SETTINGS,
                QueryDict.parse("old_password=0ld-passphrase&new_password1=N3w-passphrase&new_password2=N3w-passphrase"));
        assertThat(form.fields().keySet()).containsExactly("old_password", "new_password1", "new_password2");
        assertThat(form.isValid()).isTrue();
        form.save(true);
        assertThat(User.objects.get("username", "ada").checkPassword("N3w-passphrase", SETTINGS.auth().hashers())).isTrue();
        ada.setPassword("0ld-passphrase", SETTINGS.auth().hashers());
        ada.save("password");
    }

    @Test
    void passwordResetFormFindsActiveUsersWithUsablePasswordsInAnyCase() {
        PasswordResetForm form = new PasswordResetForm(SETTINGS, null);
        assertThat(form.users("ADA@example.com")).extracting(BaseUser::getUsername).containsExactly("ada");
        assertThat(form.users("nobody@example.com")).isEmpty();
        assertThat(new PasswordResetForm(SETTINGS, QueryDict.parse("email=not-an-address")).errors().get("email"))
                .containsExactly("Enter a valid email address.");
    }
}
