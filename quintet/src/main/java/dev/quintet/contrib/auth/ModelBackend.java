package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Django's {@code ModelBackend}: username and password against the user model, permissions
 * given to the user directly and through its groups, for {@link User} and any custom user model
 * that is a {@link PermissionsUser}. Inactive users are refused;
 * superusers have every permission. A missing user still costs one password hash, so response
 * times do not tell which usernames exist.
 */
public final class ModelBackend implements AuthBackend {
    /** Django's name for it, kept in sessions so that they move between the two. */
    public static final String NAME = "django.contrib.auth.backends.ModelBackend";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BaseUser authenticate(HttpRequest request, Map<String, String> credentials, Settings settings) {
        AuthSettings auth = AuthSettings.of(settings);
        String username = credentials.get(auth.userModel().usernameField());
        if (username == null) {
            username = credentials.get("username");
        }
        String password = credentials.get("password");
        if (username == null || password == null) {
            return null;
        }
        Optional<? extends BaseUser> user = auth.userModel().byNaturalKey(username);
        if (user.isEmpty()) {
            auth.hashers().makePassword(password);   // same time as a wrong password
            return null;
        }
        BaseUser u = user.get();
        return u.checkPassword(password, auth.hashers()) && u.isActive() ? u : null;
    }

    @Override
    public BaseUser getUser(Object userId, Settings settings) {
        return AuthSettings.of(settings).userModel().byPk(userId).filter(BaseUser::isActive).orElse(null);
    }

    @Override
    public Set<String> allPermissions(BaseUser user) {
        if (!user.isActive() || user.isAnonymous()) {
            return Set.of();
        }
        if (user.isSuperuser()) {
            Set<String> all = new HashSet<>();
            for (Permission p : Permission.objects.selectRelated("contentType").list()) {
                all.add(p.contentType.get().appLabel + "." + p.codename);
            }
            return all;
        }
        if (!(user instanceof PermissionsUser u) || u.pk() == null) {
            return Set.of();
        }
        Set<String> perms = new HashSet<>();
        add(perms, u.userPermissions().all().selectRelated("contentType").list());
        List<Object> groups = u.groups().all().valuesListFlat("pk").list();
        if (!groups.isEmpty()) {
            add(perms, Permission.objects.filter("groupSet__in", groups).selectRelated("contentType").list());
        }
        return perms;
    }

    private static void add(Set<String> into, List<Permission> perms) {
        for (Permission p : perms) {
            into.add(p.contentType.get().appLabel + "." + p.codename);
        }
    }

    @Override
    public boolean hasPerm(BaseUser user, String perm) {
        return user.isActive() && (user.isSuperuser() || allPermissions(user).contains(perm));
    }
}
