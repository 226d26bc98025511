package dev.quintet.contrib.auth;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.hashers.Md5PasswordHasher;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.db.Databases;
import dev.quintet.db.QueryLog;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.middleware.CsrfViewMiddleware;
import dev.quintet.middleware.csrf.Csrf;
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

class AuthTest {
    @TempDir
    static Path dir;
    static Databases dbs;
    static final Settings SETTINGS = Settings.builder().secretKey("k")
            .auth(AuthSettings.DEFAULTS.withHashers(Hashers.of(new Md5PasswordHasher())))
            .middleware(SessionMiddleware::new, CsrfViewMiddleware::new, AuthenticationMiddleware::new)
            .rootUrlconf(urlpatterns(
                    path("login/", AuthTest::login),
                    path("logout/", AuthTest::logout),
                    path("whoami/", AuthTest::whoami),
                    path("untouched/", r -> new HttpResponse("hi")),
                    path("token/", r -> new HttpResponse(Csrf.getToken(r))),
                    path("private/", AuthDecorators.loginRequired(AuthTest::whoami)),
                    path("perm/", AuthDecorators.permissionRequired(AuthTest::whoami, "auth.add_group")),
                    path("staff/", AuthDecorators.userPassesTest(AuthTest::whoami, BaseUser::isStaff))))
            .build();

    @BeforeAll
    static void database() {
        dbs = AuthDatabase.create(dir);
        Users.createUser(SETTINGS, "ada", "ada@EXAMPLE.com", "s3cret-pass");
        Users.createSuperuser(SETTINGS, "root", "root@example.com", "r00t-pass");
        User inactive = Users.createUser(SETTINGS, "ghost", "", "gh0st-pass");
        inactive.isActive = false;
        inactive.save();
        User editor = Users.createUser(SETTINGS, "eve", "", "ed1tor-pass");
        Permission.createDefault(Group.objects.meta(), User.objects.meta());
        Group editors = Group.objects.create("name", "editors");
        editors.permissions().add(Permission.objects.get("codename", "add_group"));
        editor.groups().add(editors);
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static HttpResponse login(HttpRequest request) {
        BaseUser user = Auth.authenticate(request, SETTINGS,
                Map.of("username", request.POST().get("username", ""), "password", request.POST().get("password", "")));
        if (user == null) {
            return new HttpResponse("refused", "text/plain", 200);
        }
        Auth.login(request, user, SETTINGS);
        return new HttpResponse("welcome " + user.getUsername());
    }

    static HttpResponse logout(HttpRequest request) {
        Auth.logout(request, SETTINGS);
        return new HttpResponse("bye");
    }

    static HttpResponse whoami(HttpRequest request) {
        BaseUser user = Auth.user(request);
        return new HttpResponse(user.isAuthenticated() ? user.getUsername() : "anonymous");
    }

    static Stream<Arguments> credentials() {
        return Stream.of(
                Arguments.of("right password", "ada", "s3cret-pass", "welcome ada"),
                Arguments.of("wrong password", "ada", "nope", "refused"),
                Arguments.of("unknown user", "nobody", "s3cret-pass", "refused"),
                Arguments.of("inactive user", "ghost", "gh0st-pass", "refused"),
                Arguments.of("username is case-sensitive", "ADA", "s3cret-pass", "refused"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("credentials")
    void authenticateAndLogin(String name, String username, String password, String expected) {
        Client client = new Client(SETTINGS);
        assertThat(client.post("/login/", Map.of("username", username, "password", password)).content()).isEqualTo(expected);
        assertThat(client.get("/whoami/").content()).isEqualTo(expected.startsWith("welcome") ? username : "anonymous");
    }

    @Test
    void loginCyclesTheSessionKeyAndRotatesTheCsrfSecret() {
        Client client = new Client(SETTINGS).enforceCsrfChecks(true);
        String token = client.get("/token/").content();
        client.request("POST", "/whoami/").form(Map.of("csrfmiddlewaretoken", token)).send();
        String csrfBefore = client.cookies().get("csrftoken");
        TestResponse visit = client.request("POST", "/whoami/").form(Map.of("csrfmiddlewaretoken", token)).send();
        assertThat(visit.status()).isEqualTo(200);
        TestResponse login = client.request("POST", "/login/")
                .form(Map.of("username", "ada", "password", "s3cret-pass", "csrfmiddlewaretoken", token)).send();
        String keyAfter = login.cookies().get("sessionid").value();
        assertThat(login.cookies().get("csrftoken").value()).isNotEqualTo(csrfBefore);
        // a pre-planted (fixated) session key is not kept
        Client attacker = new Client(SETTINGS);
        attacker.post("/login/", Map.of("username", "eve", "password", "ed1tor-pass"));
        String planted = attacker.cookies().get("sessionid");
        Client victim = new Client(SETTINGS);
        victim.setCookie("sessionid", planted);
        victim.post("/login/", Map.of("username", "ada", "password", "s3cret-pass"));
        assertThat(victim.cookies().get("sessionid")).isNotEqualTo(planted).isNotEqualTo(keyAfter);
        assertThat(victim.get("/whoami/").content()).isEqualTo("ada");
        assertThat(attacker.get("/whoami/").content()).isEqualTo("anonymous");   // flushed, as Django
    }

    @Test
    void sessionKeyBeforeLoginIsNotTheKeyAfter() {
        Client client = new Client(SETTINGS);
        client.post("/login/", Map.of("username", "eve", "password", "ed1tor-pass"));
        String before = client.cookies().get("sessionid");
        client.post("/login/", Map.of("username", "ada", "password", "s3cret-pass"));
        assertThat(client.cookies().get("sessionid")).isNotNull().isNotEqualTo(before);
        User ada = User.objects.get("username", "ada");
        assertThat(ada.lastLogin).isNotNull();
    }

    @Test
    void requestUserIsLazy() {
        Client client = new Client(SETTINGS);
        client.post("/login/", Map.of("username", "ada", "password", "s3cret-pass"));
        assertThat(QueryLog.capture(() -> {
            client.get("/untouched/");
        })).isEmpty();
        assertThat(QueryLog.capture(() -> {
            client.get("/whoami/");
        })).isNotEmpty();
    }

    @Test
    void logoutFlushesTheSession() {
        Client client = new Client(SETTINGS);
        client.post("/login/", Map.of("username", "ada", "password", "s3cret-pass"));
        String key = client.cookies().get("sessionid");
        client.get("/logout/");
        assertThat(client.get("/whoami/").content()).isEqualTo("anonymous");
        client.setCookie("sessionid", key);
        assertThat(client.get("/whoami/").content()).isEqualTo("anonymous");
    }

    static Stream<Arguments> gates() {
        return Stream.of(
                Arguments.of("login required, anonymous", "/private/", null, 302, "/accounts/login/?next=/private/"),
                Arguments.of("login required, logged in", "/private/", "ada", 200, null),
                Arguments.of("permission via group", "/perm/", "eve", 200, null),
                Arguments.of("permission missing", "/perm/?x=1", "ada", 302, "/accounts/login/?next=/perm/%3Fx%3D1"),
                Arguments.of("superuser has every permission", "/perm/", "root", 200, null),
                Arguments.of("test passes", "/staff/", "root", 200, null),
                Arguments.of("test fails", "/staff/", "ada", 302, "/accounts/login/?next=/staff/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    void decoratorsRedirectToTheLoginPage(String name, String url, String user, int status, String location) {
        Client client = new Client(SETTINGS);
        if (user != null) {
            String password = Map.of("ada", "s3cret-pass", "eve", "ed1tor-pass", "root", "r00t-pass").get(user);
            client.post("/login/", Map.of("username", user, "password", password));
        }
        TestResponse response = client.get(url);
        assertThat(response.status()).isEqualTo(status);
        if (location != null) {
            assertThat(response.header("Location")).isEqualTo(location);
        }
    }

    @Test
    void changingThePasswordLogsOutOtherSessions() {
        Client client = new Client(SETTINGS);
        client.post("/login/", Map.of("username", "root", "password", "r00t-pass"));
        assertThat(client.get("/whoami/").content()).isEqualTo("root");
        User root = User.objects.get("username", "root");
        root.setPassword("n3w-pass", SETTINGS.auth().hashers());
        root.save();
        assertThat(client.get("/whoami/").content()).isEqualTo("anonymous");
        root.setPassword("r00t-pass", SETTINGS.auth().hashers());
        root.save();
    }

    @Test
    void aDjangoLoginSessionIsHonoured() {
        User bob = new User();
        bob.username = "bob";
        bob.password = "md5$abcdefghijklmnopqrstuv$59549c8e6897dd44401a081434b86c95";   // "secret"
        bob.save();
        // what Django 5.2 stores at login for this password and SECRET_KEY 'k'
        String hash = "70285be822dedc6f944cd8a51b416c2c80a52dd484f3ce4bffcd839b39827f49";
        assertThat(bob.sessionAuthHash("k")).isEqualTo(hash);
        var store = SETTINGS.sessions().engine().store(null, SETTINGS);
        store.set(Auth.SESSION_KEY, String.valueOf(bob.pk()));
        store.set(Auth.BACKEND_SESSION_KEY, "django.contrib.auth.backends.ModelBackend");
        store.set(Auth.HASH_SESSION_KEY, hash);
        store.save(false);
        Client client = new Client(SETTINGS);
        client.setCookie("sessionid", store.sessionKey());
        assertThat(client.get("/whoami/").content()).isEqualTo("bob");
    }
}
