package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import java.util.Map;
import java.util.Set;

/**
 * An authentication back end: Django's {@code AUTHENTICATION_BACKENDS} entries. Authentication
 * asks each in turn; the first to answer a user wins, and one that throws
 * {@link dev.quintet.http.PermissionDenied} stops the search.
 */
public interface AuthBackend {
    /** The name stored in the session ({@code _auth_user_backend}), Django's dotted path for the built-ins. */
    String name();

    /** The user these credentials identify, or null when this back end does not know them. */
    BaseUser authenticate(HttpRequest request, Map<String, String> credentials, Settings settings);

    /** The user with this key (as stored in the session), or null. */
    BaseUser getUser(Object userId, Settings settings);

    /** Every permission of {@code user}, as {@code app_label.codename}. */
    default Set<String> allPermissions(BaseUser user) {
        return Set.of();
    }

    /** True when {@code user} has {@code perm}. */
    default boolean hasPerm(BaseUser user, String perm) {
        return user.isActive() && allPermissions(user).contains(perm);
    }
}
