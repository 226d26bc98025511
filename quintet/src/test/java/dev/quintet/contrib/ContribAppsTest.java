package dev.quintet.contrib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cli.Quintet;
import dev.quintet.cli.Site;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.AuthApp;
import dev.quintet.contrib.auth.User;
import dev.quintet.contrib.auth.Users;
import dev.quintet.contrib.contenttypes.ContentTypesApp;
import dev.quintet.contrib.sessions.SessionsApp;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The contrib apps as installed apps: their committed migrations match their models and create working tables. */
class ContribAppsTest {
    record Outcome(int code, String out) {
    }

    static Outcome run(Settings settings, String... args) {
        Site site = Site.of("contrib", settings, s -> r -> new HttpResponse("hi"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Quintet.execute(site, print, print, args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theMigrationsAreUpToDateAndMigrateForwardAndBack() throws Exception {
        Path db = Files.createTempDirectory("quintet-contrib").resolve("db.sqlite3");
        Settings settings = Settings.builder()
                .installedApps(new ContentTypesApp(), new AuthApp(), new SessionsApp())
                .databaseUrl("sqlite:///" + db)
                .build();
        Outcome check = run(settings, "makemigrations", "--check");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("No changes detected");
        Outcome migrate = run(settings, "migrate");
        assertThat(migrate.out()).contains("Applying contenttypes.0001_initial... OK", "Applying auth.0001_initial... OK",
                "Applying sessions.0001_initial... OK");
        try (Databases databases = Databases.fromUrl("sqlite:///" + db)) {
            databases.run(() -> {
                Users.createUser(settings, "ada", "ada@example.com", "s3cret-pass");
                assertThat(User.objects.get("username", "ada").email).isEqualTo("ada@example.com");
            });
        }
        assertThat(run(settings, "migrate", "auth", "zero").out()).contains("Unapplying auth.0001_initial... OK");
    }
}
