package dev.quintet.contrib.auth.club;

import dev.quintet.contrib.auth.Group;
import dev.quintet.contrib.auth.Permission;
import dev.quintet.contrib.auth.PermissionsUser;
import dev.quintet.db.models.BooleanField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.EmailField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.RelatedManager;

/** A custom user model for tests: logs in with its email, has groups and permissions of its own. */
public class Member extends Model implements PermissionsUser {
    /** The manager. */
    public static final Manager<Member> objects = Manager.of(Member.class, m -> m
            .app("club")
            .field("email", EmailField.of().unique())
            .field("password", CharField.maxLength(128))
            .field("isActive", BooleanField.of().withDefault(true))
            .field("isSuperuser", BooleanField.of().withDefault(false))
            .field("groups", ManyToManyField.to(Group.class).blank().relatedName("memberSet"))
            .field("userPermissions", ManyToManyField.to(Permission.class).blank().relatedName("memberSet"))
            .verboseName("member"));

    public String email;
    public String password;
    public Boolean isActive;
    public Boolean isSuperuser;

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
        return email;
    }

    @Override
    public String passwordHash() {
        return password;
    }

    @Override
    public void setPasswordHash(String encoded) {
        password = encoded;
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
    public void save(String... fields) {
        super.save(fields);
    }
}
