package dev.quintet.contrib.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.apps.App;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.club.Meeting;
import dev.quintet.contrib.auth.club.Member;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.hashers.Md5PasswordHasher;
import dev.quintet.db.Databases;
import dev.quintet.db.models.Model;
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

/** Default permissions of every model and {@code hasPerm} for a custom user model ({@link Member}). */
class PermissionsTest {
    @TempDir
    static Path dir;
    static Databases dbs;
    static final App CLUB = new App() {
        @Override
        public String label() {
            return "club";
        }

        @Override
        public List<Class<? extends Model>> models() {
            return List.of(Member.class, Meeting.class);
        }
    };
    static final Settings SETTINGS = Settings.builder().secretKey("k").installedApps(CLUB)
            .auth(AuthSettings.DEFAULTS.withHashers(Hashers.of(new Md5PasswordHasher()))
                    .withUserModel(UserModel.of(Member.objects, "email", "email")))
            .build();
    static List<Permission> created;

    @BeforeAll
    static void database() {
        dbs = AuthDatabase.create(dir);
        try (var editor = dbs.defaultDatabase().schemaEditor()) {
            editor.createModel(Member.objects.meta());
            editor.createModel(Meeting.objects.meta());
        }
        created = Permission.createForSite(SETTINGS);
        Group hosts = Group.objects.create("name", "hosts");
        hosts.permissions().add(perm("club", "add_meeting"));
        hosts.permissions().add(perm("club", "view_meeting"));
        Member ann = member("ann@example.com", true, false);
        ann.groups().add(hosts);
        ann.userPermissions().add(perm("club", "change_member"));
        member("bob@example.com", true, false).userPermissions().add(perm("club", "view_member"));
        member("root@example.com", true, true);
        Member gone = member("gone@example.com", false, true);
        gone.groups().add(hosts);
        gone.userPermissions().add(perm("club", "change_member"));
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static Permission perm(String app, String codename) {
        return Permission.objects.filter("contentType__appLabel", app).get("codename", codename);
    }

    static Member member(String email, boolean active, boolean superuser) {
        Member m = new Member();
        m.email = email;
        m.isActive = active;
        m.isSuperuser = superuser;
        m.setPassword("pw-" + email, SETTINGS.auth().hashers());
        m.save();
        return m;
    }

    static BaseUser user(String email) {
        return SETTINGS.auth().userModel().byNaturalKey(email).orElseThrow();
    }

    @Test
    void everyModelOfTheSiteGetsFourPermissionsOnce() {
        assertThat(created).extracting(p -> p.contentType.get().appLabel + "." + p.codename).containsExactlyInAnyOrder(
                "contenttypes.add_contenttype", "contenttypes.change_contenttype", "contenttypes.delete_contenttype",
                "contenttypes.view_contenttype",
                "auth.add_permission", "auth.change_permission", "auth.delete_permission", "auth.view_permission",
                "auth.add_group", "auth.change_group", "auth.delete_group", "auth.view_group",
                "club.add_member", "club.change_member", "club.delete_member", "club.view_member",
                "club.add_meeting", "club.change_meeting", "club.delete_meeting", "club.view_meeting");
        assertThat(perm("club", "change_member").name).isEqualTo("Can change member");
        assertThat(Permission.createForSite(SETTINGS)).isEmpty();
    }

    @ParameterizedTest(name = "{0} has {1}: {2}")
    @CsvSource({
            "ann@example.com,  club.change_member, true",
            "ann@example.com,  club.add_meeting,   true",
            "ann@example.com,  club.view_meeting,  true",
            "ann@example.com,  club.delete_meeting, false",
            "ann@example.com,  club.view_member,   false",
            "bob@example.com,  club.view_member,   true",
            "bob@example.com,  club.add_meeting,   false",
            "root@example.com, club.delete_meeting, true",
            "root@example.com, auth.change_group,  true",
            "gone@example.com, club.change_member, false",
            "gone@example.com, club.add_meeting,   false"})
    void hasPermForACustomUserModel(String email, String perm, boolean expected) {
        assertThat(Auth.hasPerms(user(email), SETTINGS, perm)).isEqualTo(expected);
    }

    @Test
    void allPermissionsThroughGroupsAndDirectly() {
        ModelBackend backend = new ModelBackend();
        assertThat(backend.allPermissions(user("ann@example.com")))
                .containsExactlyInAnyOrder("club.change_member", "club.add_meeting", "club.view_meeting");
        assertThat(backend.allPermissions(user("gone@example.com"))).isEmpty();
        assertThat(backend.allPermissions(user("root@example.com"))).hasSize(20);
        assertThat(backend.allPermissions(AnonymousUser.INSTANCE)).isEmpty();
    }

    @Test
    void theCustomModelLogsInWithItsUsernameField() {
        assertThat(Auth.authenticate(null, SETTINGS, Map.of("email", "bob@example.com", "password", "pw-bob@example.com")))
                .isNotNull().extracting(BaseUser::getUsername).isEqualTo("bob@example.com");
    }
}
