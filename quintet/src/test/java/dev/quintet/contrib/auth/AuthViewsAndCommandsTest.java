package dev.quintet.contrib.auth;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cli.Quintet;
import dev.quintet.cli.Site;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.hashers.Md5PasswordHasher;
import dev.quintet.contrib.auth.password.PasswordValidation;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpResponse;
import dev.quintet.middleware.CsrfViewMiddleware;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.testsupport.AuthDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthViewsAndCommandsTest {
    @TempDir
    static Path dir;
    static Databases dbs;
    static final Settings BASE = Settings.builder().secretKey("k").templates(TemplatesSettings.builder().build())
            .auth(AuthSettings.DEFAULTS.withHashers(Hashers.of(new Md5PasswordHasher()))
                    .withValidators(PasswordValidation.DEFAULTS))
            .middleware(SessionMiddleware::new, CsrfViewMiddleware::new, AuthenticationMiddleware::new)
            .build();
    static final AuthViews VIEWS = AuthViews.of(BASE);
    static final Settings SETTINGS = BASE.toBuilder().rootUrlconf(urlpatterns(
            path("accounts/login/", VIEWS.login()),
            path("accounts/logout/", VIEWS.logout()),
            path("accounts/password_change/", VIEWS.passwordChange("/done/")),
            path("me/", AuthDecorators.loginRequired(r -> new HttpResponse(Auth.user(r).getUsername())))))
            .build();

    @BeforeAll
    static void database() {
        dbs = AuthDatabase.create(dir);
        Users.createUser(SETTINGS, "ada", "ada@example.com", "s3cret-pass");
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static Stream<Arguments> logins() {
        return Stream.of(
                Arguments.of("to next", "/me/", "/me/"),
                Arguments.of("no next", "", "/accounts/profile/"),
                Arguments.of("foreign next refused", "https://evil.com/", "/accounts/profile/"),
                Arguments.of("scheme-relative next refused", "//evil.com/", "/accounts/profile/"),
                Arguments.of("javascript next refused", "javascript:alert(1)", "/accounts/profile/"),
                Arguments.of("own absolute next", "http://testserver/me/", "http://testserver/me/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logins")
    void loginViewRedirectsOnlyToSafePlaces(String name, String next, String location) {
        Client client = new Client(SETTINGS);
        TestResponse r = client.post("/accounts/login/", Map.of("username", "ada", "password", "s3cret-pass", "next", next));
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).isEqualTo(location);
    }

    @Test
    void loginPageShowsTheFormAndDjangosError() {
        Client client = new Client(SETTINGS).enforceCsrfChecks(true);
        String page = client.get("/accounts/login/?next=/me/").content();
        assertThat(page).contains("name=\"csrfmiddlewaretoken\"", "name=\"next\" value=\"/me/\"");
        String token = page.replaceAll("(?s).*name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]{64})\".*", "$1");
        TestResponse wrong = client.post("/accounts/login/",
                Map.of("username", "ada", "password", "bad", "csrfmiddlewaretoken", token));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.content()).contains(AuthViews.INVALID_LOGIN);
        assertThat(client.get("/me/").header("Location")).isEqualTo("/accounts/login/?next=/me/");
    }

    @Test
    void logoutIsPostOnly() {
        Client client = new Client(SETTINGS);
        client.post("/accounts/login/", Map.of("username", "ada", "password", "s3cret-pass"));
        assertThat(client.get("/accounts/logout/").status()).isEqualTo(405);
        assertThat(client.get("/me/").status()).isEqualTo(200);
        assertThat(client.post("/accounts/logout/").content()).contains("Logged out");
        assertThat(client.get("/me/").status()).isEqualTo(302);
    }

    static Stream<Arguments> passwordChanges() {
        return Stream.of(
                Arguments.of("wrong old password", "nope", "N3w-passphrase", "N3w-passphrase",
                        "Your old password was entered incorrectly. Please enter it again."),
                Arguments.of("mismatch", "s3cret-pass", "N3w-passphrase", "N3w-passphrasf",
                        "The two password fields didn’t match."),
                Arguments.of("too common", "s3cret-pass", "password123", "password123", "This password is too common."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passwordChanges")
    void passwordChangeRefusals(String name, String old, String p1, String p2, String error) {
        Client client = new Client(SETTINGS);
        client.post("/accounts/login/", Map.of("username", "ada", "password", "s3cret-pass"));
        TestResponse r = client.post("/accounts/password_change/",
                Map.of("old_password", old, "new_password1", p1, "new_password2", p2));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.content()).contains(error.replace("’", "’"));
    }

    @Test
    void passwordChangeKeepsThisSessionAndEndsOthers() {
        Users.createUser(SETTINGS, "cy", "", "0ld-passphrase");
        Client here = new Client(SETTINGS);
        Client elsewhere = new Client(SETTINGS);
        here.post("/accounts/login/", Map.of("username", "cy", "password", "0ld-passphrase"));
        elsewhere.post("/accounts/login/", Map.of("username", "cy", "password", "0ld-passphrase"));
        TestResponse r = here.post("/accounts/password_change/",
                Map.of("old_password", "0ld-passphrase", "new_password1", "Br4nd-new-phrase", "new_password2", "Br4nd-new-phrase"));
        assertThat(r.header("Location")).isEqualTo("/done/");
        assertThat(here.get("/me/").content()).isEqualTo("cy");
        assertThat(elsewhere.get("/me/").status()).isEqualTo(302);
    }

    static String run(Site site, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Quintet.execute(site, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), args);
        return code + ":" + out.toString(StandardCharsets.UTF_8).strip();
    }

    static java.util.function.Supplier<Prompt> answers(String... lines) {
        Deque<String> queue = new ArrayDeque<>(List.of(lines));
        return () -> (q, secret) -> queue.poll();
    }

    @Test
    void createsuperuserNoInputAndInteractive() {
        Site site = Site.of("t", SETTINGS).withCommands(
                new CreateSuperuserCommand(Map.of("QUINTET_SUPERUSER_PASSWORD", "Env-passw0rd"), answers()));
        assertThat(run(site, "createsuperuser", "--noinput", "--username", "boss", "--email", "boss@EXAMPLE.com"))
                .isEqualTo("0:Superuser created successfully.");
        User boss = User.objects.get("username", "boss");
        assertThat(boss.isSuperuser()).isTrue();
        assertThat(boss.email).isEqualTo("boss@example.com");
        assertThat(boss.checkPassword("Env-passw0rd", SETTINGS.auth().hashers())).isTrue();
        assertThat(run(site, "createsuperuser", "--noinput", "--username", "boss")).startsWith("1:")
                .contains("That username is already taken.");

        Site interactive = Site.of("t", SETTINGS).withCommands(new CreateSuperuserCommand(Map.of(),
                answers("kim", "kim@example.com", "a", "b", "Kim-passphrase-1", "Kim-passphrase-1")));
        assertThat(run(interactive, "createsuperuser")).contains("Your passwords didn't match.", "Superuser created successfully.");
        assertThat(User.objects.get("username", "kim").isStaff()).isTrue();

        Site noTty = Site.of("t", SETTINGS).withCommands(new CreateSuperuserCommand(Map.of(), () -> null));
        assertThat(run(noTty, "createsuperuser")).contains("Superuser creation skipped due to not running in a TTY.");
    }

    @Test
    void changepasswordAsksTwiceAndGivesUpAfterThreeTries() {
        Users.createUser(SETTINGS, "lee", "", "Lee-passphrase-1");
        Site ok = Site.of("t", SETTINGS).withCommands(new ChangePasswordCommand(
                answers("x", "y", "Lee-passphrase-2", "Lee-passphrase-2")));
        assertThat(run(ok, "changepassword", "lee")).contains("Changing password for user 'lee'",
                "Passwords do not match. Please try again.", "Password changed successfully for user 'lee'");
        assertThat(User.objects.get("username", "lee").checkPassword("Lee-passphrase-2", SETTINGS.auth().hashers())).isTrue();
        Site fails = Site.of("t", SETTINGS).withCommands(new ChangePasswordCommand(answers("a", "b", "c", "d", "e", "f")));
        assertThat(run(fails, "changepassword", "lee")).startsWith("1:")
                .contains("Aborting password change for user 'lee' after 3 attempts");
        assertThat(run(fails, "changepassword", "nobody")).contains("user 'nobody' does not exist");
    }
}
