package dev.quintet.contrib.auth;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.hashers.Md5PasswordHasher;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.db.Databases;
import dev.quintet.mail.EmailSettings;
import dev.quintet.mail.LocmemEmailBackend;
import dev.quintet.middleware.CsrfViewMiddleware;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.testsupport.AuthDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordResetViewsTest {
    @TempDir
    static Path dir;
    static Databases dbs;
    static final LocmemEmailBackend OUTBOX = new LocmemEmailBackend();
    static final Settings BASE = Settings.builder().secretKey("k").templates(TemplatesSettings.builder().build())
            .auth(AuthSettings.DEFAULTS.withHashers(Hashers.of(new Md5PasswordHasher())))
            .email(EmailSettings.DEFAULTS.withBackend(OUTBOX))
            .middleware(SessionMiddleware::new, CsrfViewMiddleware::new, AuthenticationMiddleware::new)
            .build();
    static final PasswordResetViews RESET = PasswordResetViews.of(BASE);
    static final Settings SETTINGS = BASE.toBuilder().rootUrlconf(urlpatterns(
            path("password_reset/", RESET.request("/password_reset/done/", "/reset/{uidb64}/{token}/")),
            path("reset/<uidb64>/<token>/", RESET.confirm("/reset/done/")))).build();

    @BeforeAll
    static void database() {
        dbs = AuthDatabase.create(dir);
        Users.createUser(BASE, "ada", "ada@example.com", "0ld-passphrase");
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    @Test
    void theMailedLinkSetsANewPasswordOnce() {
        OUTBOX.clear();
        Client client = new Client(SETTINGS);
        assertThat(client.post("/password_reset/", Map.of("email", "nobody@example.com")).header("Location"))
                .isEqualTo("/password_reset/done/");
        assertThat(OUTBOX.outbox()).isEmpty();
        assertThat(client.post("/password_reset/", Map.of("email", "ADA@example.com")).header("Location"))
                .isEqualTo("/password_reset/done/");
        assertThat(OUTBOX.outbox()).hasSize(1);
        String body = OUTBOX.outbox().getFirst().body();
        Matcher link = Pattern.compile("http://testserver(/reset/[^/]+/([^/]+)/)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        TestResponse opened = client.get(link.group(1));
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/set-password/").doesNotContain(link.group(2));
        assertThat(client.get(opened.header("Location")).content()).contains("Enter new password");
        TestResponse done = client.post(opened.header("Location"),
                Map.of("new_password1", "Fresh-passphrase-9", "new_password2", "Fresh-passphrase-9"));
        assertThat(done.header("Location")).isEqualTo("/reset/done/");
        assertThat(User.objects.get("username", "ada").checkPassword("Fresh-passphrase-9", BASE.auth().hashers())).isTrue();
        assertThat(client.get(link.group(1)).content()).contains("The password reset link was invalid");
    }

    @Test
    void aForgedLinkIsInvalid() {
        Client client = new Client(SETTINGS);
        assertThat(client.get("/reset/MQ/bkrfgg-0123456789abcdef0123/").content())
                .contains("The password reset link was invalid");
        assertThat(client.get("/reset/MQ/set-password/").content()).contains("The password reset link was invalid");
    }
}
