package dev.quintet.templates;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.Auth;
import dev.quintet.contrib.auth.AuthSettings;
import dev.quintet.contrib.auth.AuthenticationMiddleware;
import dev.quintet.contrib.auth.Group;
import dev.quintet.contrib.auth.Permission;
import dev.quintet.contrib.auth.User;
import dev.quintet.contrib.auth.Users;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.hashers.Md5PasswordHasher;
import dev.quintet.contrib.messages.MessageMiddleware;
import dev.quintet.contrib.messages.Messages;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import dev.quintet.testsupport.AuthDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code auth} ({@code user}, {@code perms}) and {@code messages} context processors through
 * the test client, on a site with sessions, authentication and messages.
 */
class ContextProcessorsTest {
    private static final String PAGE = "{{ user.username|default:'anonymous' }}|{{ user.isAuthenticated }}"
            + "|{{ perms.auth.add_group }}|{{ perms.auth.delete_group }}"
            + "|{% for m in messages %}{{ m.tags }}:{{ m.message }};{% endfor %}";

    @TempDir
    static Path dir;
    static Databases dbs;
    static final Settings SETTINGS = Settings.builder().secretKey("k")
            .auth(AuthSettings.DEFAULTS.withHashers(Hashers.of(new Md5PasswordHasher())))
            .middleware(SessionMiddleware::new, AuthenticationMiddleware::new, MessageMiddleware::new)
            .templates(TemplatesSettings.builder()
                    .contextProcessors(ContextProcessors.auth(), ContextProcessors.messages()).build())
            .rootUrlconf(urlpatterns(
                    path("login/<str:name>/", ContextProcessorsTest::login),
                    path("add/", request -> {
                        Messages.success(request, "Saved");
                        return new HttpResponse("added");
                    }),
                    path("page/", request -> new TemplateResponse(request,
                            SiteContext.current().engine().fromString(PAGE), Map.of()))))
            .build();

    @BeforeAll
    static void database() {
        dbs = AuthDatabase.create(dir);
        Users.createUser(SETTINGS, "ada", "", "ada-pass");
        Users.createSuperuser(SETTINGS, "root", "root@example.com", "root-pass");
        User eve = Users.createUser(SETTINGS, "eve", "", "eve-pass");
        Permission.createDefault(Group.objects.meta(), User.objects.meta());
        Group editors = Group.objects.create("name", "editors");
        editors.permissions().add(Permission.objects.get("codename", "add_group"));
        eve.groups().add(editors);
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static HttpResponse login(HttpRequest request) {
        Auth.login(request, User.objects.get("username", request.resolverMatch().kwargs().get("name")), SETTINGS);
        return new HttpResponse("in");
    }

    static Stream<Arguments> users() {
        // name, user logged in (null: anonymous), page
        return Stream.of(
                arguments("anonymous: no permission", null, "anonymous|False|False|False|"),
                arguments("a user without permissions", "ada", "ada|True|False|False|"),
                arguments("a permission through a group", "eve", "eve|True|True|False|"),
                arguments("a superuser has every permission", "root", "root|True|True|True|"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void auth_gives_user_and_perms(String name, String username, String page) {
        Client client = new Client(SETTINGS);
        if (username != null) {
            assertThat(client.get("/login/" + username + "/").content()).isEqualTo("in");
        }
        TestResponse response = client.get("/page/");
        assertThat(response.content()).isEqualTo(page);
        assertThat(response.context().containsKey("perms")).isTrue();
        assertThat(response.context().get("user")).isNotNull();
    }

    @Test
    void messages_are_listed_once_on_the_next_page() {
        Client client = new Client(SETTINGS);
        client.get("/add/");
        assertThat(client.get("/page/").content()).isEqualTo("anonymous|False|False|False|success:Saved;");
        assertThat(client.get("/page/").content()).isEqualTo("anonymous|False|False|False|");
    }
}
