package dev.quintet.contrib.auth;

import static dev.quintet.test.Assertions.assertFormError;
import static dev.quintet.test.Assertions.assertTemplateUsed;
import static dev.quintet.test.Assertions.context;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.forms.AuthenticationForm;
import dev.quintet.contrib.auth.forms.PasswordChangeForm;
import dev.quintet.contrib.auth.forms.PasswordResetForm;
import dev.quintet.contrib.auth.forms.SetPasswordForm;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.hashers.Md5PasswordHasher;
import dev.quintet.contrib.auth.password.MinimumLengthValidator;
import dev.quintet.contrib.auth.password.NumericPasswordValidator;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpResponse;
import dev.quintet.mail.EmailMessage;
import dev.quintet.mail.EmailSettings;
import dev.quintet.mail.LocmemEmailBackend;
import dev.quintet.middleware.CsrfViewMiddleware;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import dev.quintet.testsupport.AuthDatabase;
import dev.quintet.urls.UrlPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The authentication views' default pages: Django's templates rendered through the site's engine
 * with Django's context, the shipped defaults, a site's override, and the whole flow end to end.
 * The form HTML expected is Django's (3.2 output, which 6.0 keeps for these fields, plus 6.0's
 * {@code aria-describedby} on a field with help text).
 */
class AuthPagesTest {
    static final String USERNAME_INPUT = "<input type=\"text\" name=\"username\" autofocus autocapitalize=\"none\" "
            + "autocomplete=\"username\" maxlength=\"150\" required id=\"id_username\">";
    static final String OLD_PASSWORD_INPUT = "<input type=\"password\" name=\"old_password\" "
            + "autocomplete=\"current-password\" autofocus required id=\"id_old_password\">";
    static final String NEW_PASSWORD1_INPUT = "<input type=\"password\" name=\"new_password1\" autocomplete=\"new-password\" "
            + "required aria-describedby=\"id_new_password1_helptext\" id=\"id_new_password1\">";
    static final String HELP = "<ul><li>Your password must contain at least 8 characters.</li>"
            + "<li>Your password can’t be entirely numeric.</li></ul>";

    @TempDir
    static Path dir;
    static Databases dbs;
    static final LocmemEmailBackend OUTBOX = new LocmemEmailBackend();
    static final Settings BASE = Settings.builder().secretKey("k").templates(TemplatesSettings.builder().build())
            .auth(AuthSettings.DEFAULTS.withHashers(Hashers.of(new Md5PasswordHasher()))
                    .withValidators(List.of(new MinimumLengthValidator(), new NumericPasswordValidator())))
            .email(EmailSettings.DEFAULTS.withBackend(OUTBOX))
            .middleware(SessionMiddleware::new, CsrfViewMiddleware::new, AuthenticationMiddleware::new)
            .build();
    static final Settings SETTINGS = BASE.toBuilder().rootUrlconf(urlpatterns(patterns(AuthViews.of(BASE)))).build();

    static UrlPattern[] patterns(AuthViews views) {
        PasswordResetViews reset = PasswordResetViews.of(BASE, views.renderer());
        return new UrlPattern[] {
                path("accounts/login/", views.login()),
                path("accounts/logout/", views.logout()),
                path("accounts/password_change/", views.passwordChange("/accounts/password_change/done/")),
                path("accounts/password_change/done/", views.passwordChangeDone()),
                path("password_reset/", reset.request("/password_reset/done/", "/reset/{uidb64}/{token}/")),
                path("password_reset/done/", reset.done()),
                path("reset/<uidb64>/<token>/", reset.confirm("/reset/done/")),
                path("reset/done/", reset.complete()),
                path("me/", AuthDecorators.loginRequired(r -> new HttpResponse(Auth.user(r).getUsername())))};
    }

    @BeforeAll
    static void database() {
        dbs = AuthDatabase.create(dir);
        Users.createUser(BASE, "ada", "ada@example.com", "0ld-passphrase");
        Users.createUser(BASE, "bob", "bob@example.com", "b0b-passphrase");
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static Client loggedIn(Settings settings, String username, String password) {
        Client client = new Client(settings);
        assertThat(client.post("/accounts/login/", Map.of("username", username, "password", password)).status())
                .isEqualTo(302);
        return client;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /accounts/login/?next=/me/      | false | registration/login.html                | <title>Log in | testserver</title>
            /accounts/login/                | false | registration/login.html                | <input type="password" name="password" autocomplete="current-password" required id="id_password">
            /password_reset/                | false | registration/password_reset_form.html  | <input type="email" name="email" autocomplete="email" maxlength="254" required id="id_email">
            /password_reset/done/           | false | registration/password_reset_done.html  | <h1>Password reset sent</h1>
            /reset/done/                    | false | registration/password_reset_complete.html | <a href="/accounts/login/">Log in</a>
            /reset/MQ/bad-token/            | false | registration/password_reset_confirm.html | The password reset link was invalid
            /accounts/password_change/      | true  | registration/password_change_form.html | <label for="id_old_password">Old password:</label>
            /accounts/password_change/done/ | true  | registration/password_change_done.html | <p>Your password was changed.</p>
            """)
    void defaultPagesRender(String url, boolean logIn, String template, String expected) {
        Client client = logIn ? loggedIn(SETTINGS, "bob", "b0b-passphrase") : new Client(SETTINGS);
        TestResponse page = client.get(url);
        assertThat(page.status()).isEqualTo(200);
        assertTemplateUsed(page, template);
        assertThat(page.content()).startsWith("<!DOCTYPE html>").contains(expected);
    }

    @Test
    void loginPageHasDjangosFormAndContext() {
        TestResponse page = new Client(SETTINGS).get("/accounts/login/?next=/me/");
        assertThat(page.content()).contains("<label for=\"id_username\">Username:</label>\n    " + USERNAME_INPUT,
                "name=\"csrfmiddlewaretoken\"", "<input type=\"hidden\" name=\"next\" value=\"/me/\">");
        Map<String, Object> ctx = context(page);
        assertThat(ctx.get("form")).isInstanceOf(AuthenticationForm.class);
        assertThat(ctx).containsEntry("next", "/me/").containsEntry("site_name", "testserver")
                .containsEntry("form_errors", List.of()).containsKey("csrf_token");
    }

    @Test
    void passwordChangePageHasTheValidatorsHelp() {
        TestResponse page = loggedIn(SETTINGS, "bob", "b0b-passphrase").get("/accounts/password_change/");
        assertThat(page.content()).contains(OLD_PASSWORD_INPUT, NEW_PASSWORD1_INPUT,
                "<span class=\"helptext\" id=\"id_new_password1_helptext\">" + HELP + "</span>");
        assertThat(context(page).get("form")).isInstanceOf(PasswordChangeForm.class);
    }

    @Test
    void loginErrorsAreShownWithTheUsernameKept() {
        TestResponse page = new Client(SETTINGS).post("/accounts/login/", Map.of("username", "ada", "password", "wrong"));
        assertThat(page.status()).isEqualTo(200);
        assertFormError(page, "form", null, List.of(AuthViews.INVALID_LOGIN));
        assertThat(page.content()).contains("<ul class=\"errorlist nonfield\"><li>" + AuthViews.INVALID_LOGIN + "</li></ul>",
                "name=\"username\" value=\"ada\"");
        assertThat(context(page)).containsEntry("form_errors", List.of(AuthViews.INVALID_LOGIN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong old password | nope            | N3w-passphrase | N3w-passphrase | old_password  | Your old password was entered incorrectly. Please enter it again.
            mismatch           | b0b-passphrase  | N3w-passphrase | N3w-passphrasf | new_password2 | The two password fields didn’t match.
            too short          | b0b-passphrase  | Sh0rt          | Sh0rt          | new_password2 | This password is too short. It must contain at least 8 characters.
            numeric            | b0b-passphrase  | 9876543210     | 9876543210     | new_password2 | This password is entirely numeric.
            """)
    void passwordChangeErrorsAreShownOnTheirField(String name, String old, String p1, String p2, String field, String error) {
        TestResponse page = loggedIn(SETTINGS, "bob", "b0b-passphrase").post("/accounts/password_change/",
                Map.of("old_password", old, "new_password1", p1, "new_password2", p2));
        assertThat(page.status()).isEqualTo(200);
        assertFormError(page, "form", field, List.of(error));
        assertThat(page.content()).contains("<ul class=\"errorlist\" id=\"id_" + field + "_error\"><li>" + error + "</li></ul>");
    }

    @Test
    void aSitesOwnTemplateWins(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("registration"));
        Files.writeString(site.resolve("registration/login.html"),
                "<h1>Welcome back to {{ site_name }}</h1>{{ form.non_field_errors }}{{ form.username }}");
        Settings own = BASE.toBuilder().templates(TemplatesSettings.builder().dirs(site).build())
                .rootUrlconf(urlpatterns(patterns(AuthViews.of(BASE)))).build();
        TestResponse page = new Client(own).post("/accounts/login/", Map.of("username", "ada", "password", "wrong"));
        assertThat(page.content()).startsWith("<h1>Welcome back to testserver</h1><ul class=\"errorlist nonfield\">")
                .contains("name=\"username\" value=\"ada\"").doesNotContain("<title>");
        assertThat(new Client(own).get("/password_reset/").content()).contains("<h1>Password reset</h1>");
    }

    @Test
    void withRendererStillGetsTheCompatibilityKeys() {
        List<String> seen = new ArrayList<>();
        AuthViews custom = AuthViews.of(BASE).withRenderer((request, template, ctx) -> {
            seen.add(template + " " + ctx.keySet());
            return new HttpResponse("custom " + ctx.get("form_errors"));
        });
        Settings s = BASE.toBuilder().rootUrlconf(urlpatterns(patterns(custom))).build();
        TestResponse page = new Client(s).post("/accounts/login/", Map.of("username", "ada", "password", "wrong"));
        assertThat(page.content()).isEqualTo("custom [" + AuthViews.INVALID_LOGIN + "]");
        assertThat(seen).containsExactly(
                "registration/login.html [form, form_errors, next, site_name, csrf_token, username]");
    }

    @Test
    void loginChangeLogoutResetAndLoginAgain() {
        OUTBOX.clear();
        Client client = loggedIn(SETTINGS, "ada", "0ld-passphrase");
        TestResponse changed = client.post("/accounts/password_change/",
                Map.of("old_password", "0ld-passphrase", "new_password1", "Ch4nged-pass", "new_password2", "Ch4nged-pass"));
        assertThat(changed.header("Location")).isEqualTo("/accounts/password_change/done/");
        assertThat(client.get("/me/").content()).isEqualTo("ada");
        assertThat(client.post("/accounts/logout/").content()).contains("<h1>Logged out</h1>");
        assertThat(client.get("/me/").status()).isEqualTo(302);

        assertThat(client.post("/password_reset/", Map.of("email", "ADA@example.com")).header("Location"))
                .isEqualTo("/password_reset/done/");
        EmailMessage mail = OUTBOX.outbox().getFirst();
        assertThat(mail.subject()).isEqualTo("Password reset on testserver");
        assertThat(mail.to()).containsExactly("ada@example.com");
        assertThat(mail.body()).contains("your user account at testserver", "Your username, in case you’ve forgotten: ada",
                "The testserver team");
        Matcher link = Pattern.compile("http://testserver(/reset/[^/]+/[^/\\s]+/)").matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        String setPassword = client.get(link.group(1)).header("Location");
        TestResponse form = client.get(setPassword);
        assertThat(form.content()).contains("<h1>Enter new password</h1>", NEW_PASSWORD1_INPUT);
        assertThat(context(form).get("form")).isInstanceOf(SetPasswordForm.class);
        assertThat(context(form)).containsEntry("validlink", true);
        TestResponse refused = client.post(setPassword, Map.of("new_password1", "123456789", "new_password2", "123456789"));
        assertFormError(refused, "form", "new_password2", List.of("This password is entirely numeric."));
        assertThat(client.post(setPassword, Map.of("new_password1", "Res3t-passphrase", "new_password2", "Res3t-passphrase"))
                .header("Location")).isEqualTo("/reset/done/");
        assertThat(client.get(link.group(1)).content()).contains("The password reset link was invalid");

        assertThat(new Client(SETTINGS).post("/accounts/login/", Map.of("username", "ada", "password", "Ch4nged-pass"))
                .status()).isEqualTo(200);
        assertThat(loggedIn(SETTINGS, "ada", "Res3t-passphrase").get("/me/").content()).isEqualTo("ada");
    }

    @Test
    void resetFormIsDjangos() {
        assertThat(new PasswordResetForm(BASE, null).asP().toString()).contains("<label for=\"id_email\">Email:</label>",
                "<input type=\"email\" name=\"email\" autocomplete=\"email\" maxlength=\"254\" required id=\"id_email\">");
    }

    @Test
    void viewsThatWouldRenderThroughAMissingEngineAreRefusedAtStartUp() {
        Settings noTemplates = Settings.builder().secretKey("k".repeat(50)).build();
        AuthViews views = AuthViews.of(noTemplates);
        PasswordResetViews reset = PasswordResetViews.of(noTemplates);
        for (Runnable build : List.<Runnable>of(views::login, views::logout, () -> views.passwordChange("/done/"),
                views::passwordChangeDone, () -> reset.request("/done/", "/reset/{uidb64}/{token}/"), reset::done,
                () -> reset.confirm("/complete/"), reset::complete)) {
            assertThatThrownBy(build::run)
                    .isInstanceOf(ImproperlyConfigured.class)
                    .hasMessageContaining("configure TEMPLATES");
        }
        // a renderer of the site's own needs no engine
        assertThat(views.withRenderer((request, template, context) -> new HttpResponse(template)).login()).isNotNull();
    }
}
