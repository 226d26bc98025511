package dev.quintet.contrib.auth;

import dev.quintet.db.models.BooleanField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.EmailField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.RelatedManager;
import java.time.Instant;

/**
 * The built-in user: Django's {@code auth.User}, table {@code auth_user} with Django's columns
 * ({@code password}, {@code last_login}, {@code is_superuser}, {@code username}, {@code first_name},
 * {@code last_name}, {@code email}, {@code is_staff}, {@code is_active}, {@code date_joined}) and
 * the {@code auth_user_groups} and {@code auth_user_user_permissions} tables, so a Django site's
 * users (and their password hashes) can be read as they are.
 *
 * <pre>{@code
 * User ada = Users.createUser(settings, "ada", "ada@example.com", "s3cret");
 * ada.groups().add(editors);
 * }</pre>
 */
public class User extends Model implements PermissionsUser {
    /** The manager. */
    public static final Manager<User> objects = Manager.of(User.class, m -> m
            .app("auth")
            .dbTable("auth_user")
            .field("password", CharField.maxLength(128).verboseName("password"))
            .field("lastLogin", DateTimeField.of().nullable().blank().verboseName("last login"))
            .field("isSuperuser", BooleanField.of().withDefault(false).verboseName("superuser status"))
            .field("username", CharField.maxLength(150).unique().verboseName("username")
                    .helpText("Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only."))
            .field("firstName", CharField.maxLength(150).blank().withDefault("").verboseName("first name"))
            .field("lastName", CharField.maxLength(150).blank().withDefault("").verboseName("last name"))
            .field("email", EmailField.of().blank().withDefault("").verboseName("email address"))
            .field("isStaff", BooleanField.of().withDefault(false).verboseName("staff status"))
            .field("isActive", BooleanField.of().withDefault(true).verboseName("active"))
            .field("dateJoined", DateTimeField.of().withDefault(Instant::now).verboseName("date joined"))
            .field("groups", ManyToManyField.to(Group.class).blank().relatedName("userSet").dbTable("auth_user_groups"))
            .field("userPermissions", ManyToManyField.to(Permission.class).blank().relatedName("userSet")
                    .dbTable("auth_user_user_permissions"))
            .verboseName("user"));

    /** The encoded password. */
    public String password;
    /** The last login, or null. */
    public Instant lastLogin;
    /** Has every permission. */
    public Boolean isSuperuser;
    /** The unique name used to log in. */
    public String username;
    /** The first name. */
    public String firstName;
    /** The last name. */
    public String lastName;
    /** The email address. */
    public String email;
    /** May use the admin. */
    public Boolean isStaff;
    /** May log in. */
    public Boolean isActive;
    /** When the account was created. */
    public Instant dateJoined;

    @Override
    public RelatedManager<Group> groups() {
        return related("groups");
    }

    @Override
    public RelatedManager<Permission> userPermissions() {
        return related("userPermissions");
    }

    @Override
    public Object pk() {
        return super.pk();
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String passwordHash() {
        return password;
    }

    @Override
    public void setPasswordHash(String encoded) {
        this.password = encoded;
    }

    @Override
    public boolean isActive() {
        return Boolean.TRUE.equals(isActive);
    }

    @Override
    public boolean isSuperuser() {
        return Boolean.TRUE.equals(isSuperuser);
    }

    @Override
    public boolean isStaff() {
        return Boolean.TRUE.equals(isStaff);
    }

    @Override
    public void save(String... fields) {
        super.save(fields);
    }

    @Override
    public void updateLastLogin(Instant when) {
        lastLogin = when;
        if (pk() != null) {
            save("lastLogin");
        }
    }

    /** First and last name with a space (Django's {@code get_full_name}). */
    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    @Override
    public String toString() {
        return username;
    }
}
