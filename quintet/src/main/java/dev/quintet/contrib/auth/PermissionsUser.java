package dev.quintet.contrib.auth;

import dev.quintet.db.models.RelatedManager;

/**
 * A user with groups and permissions of its own: Django's {@code PermissionsMixin}. {@link User}
 * is one; a custom user model becomes one by declaring the two many-to-many fields and returning
 * them here, and {@link ModelBackend} then answers {@code hasPerm} for it through both.
 *
 * <pre>{@code
 * .field("isSuperuser", BooleanField.of().withDefault(false))
 * .field("groups", ManyToManyField.to(Group.class).blank().relatedName("memberSet"))
 * .field("userPermissions", ManyToManyField.to(Permission.class).blank().relatedName("memberSet"))
 * ...
 * public RelatedManager<Group> groups() { return related("groups"); }
 * public RelatedManager<Permission> userPermissions() { return related("userPermissions"); }
 * }</pre>
 *
 * <p>The reverse names must differ from {@link User}'s {@code userSet}: the built-in model stays
 * registered beside a custom one (Django swaps it out instead).
 */
public interface PermissionsUser extends BaseUser {
    /** The user's groups, whose permissions the user has. */
    RelatedManager<Group> groups();

    /** The permissions given to the user directly. */
    RelatedManager<Permission> userPermissions();
}
