package dev.quintet.contrib.auth;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.RelatedManager;

/** A group of users sharing permissions: Django's {@code auth.Group}, table {@code auth_group}. */
public class Group extends Model {
    /** The manager. */
    public static final Manager<Group> objects = Manager.of(Group.class, m -> m
            .app("auth")
            .dbTable("auth_group")
            .field("name", CharField.maxLength(150).unique())
            .field("permissions", ManyToManyField.to(Permission.class).blank().relatedName("groupSet")
                    .dbTable("auth_group_permissions"))
            .verboseName("group"));

    /** The name. */
    public String name;

    /** The group's permissions. */
    public RelatedManager<Permission> permissions() {
        return related("permissions");
    }

    @Override
    public String toString() {
        return name;
    }
}
