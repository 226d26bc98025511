package dev.quintet.views;

import dev.quintet.contrib.auth.Auth;
import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.contrib.auth.LazyUser;
import dev.quintet.core.handlers.SiteContext;
import java.lang.reflect.Method;

/**
 * What the access mixins need from {@code request.user()}: Django's {@code is_authenticated} and
 * {@code has_perm}. The auth app's users ({@code contrib.auth.BaseUser}, also behind the
 * middleware's {@code LazyUser}) are adapted, their permissions asked of the site's
 * authentication back ends; any other object may implement this interface or have public
 * {@code isAuthenticated()} and {@code hasPerm(String)} methods; {@code null} is the anonymous user.
 */
public interface RequestUser {
    /** True for a logged-in user. */
    boolean isAuthenticated();

    /** True when the user has the permission {@code "app_label.codename"}. */
    boolean hasPerm(String permission);

    /** {@code user} as a {@code RequestUser}: itself, an adapter over its methods, or the anonymous user. */
    static RequestUser of(Object user) {
        if (user instanceof RequestUser u) {
            return u;
        }
        if (user instanceof LazyUser lazy) {
            user = lazy.get();
        }
        if (user instanceof BaseUser authUser) {
            return new AuthUser(authUser);
        }
        if (user == null) {
            return Anonymous.INSTANCE;
        }
        return new Reflective(user);
    }

    /** The anonymous user: not authenticated, no permissions. */
    enum Anonymous implements RequestUser {
        /** The one instance. */
        INSTANCE;

        @Override
        public boolean isAuthenticated() {
            return false;
        }

        @Override
        public boolean hasPerm(String permission) {
            return false;
        }
    }

    /** A user of the auth app: permissions through {@code Auth.hasPerms} and the site's back ends. */
    record AuthUser(BaseUser user) implements RequestUser {
        @Override
        public boolean isAuthenticated() {
            return user.isAuthenticated();
        }

        @Override
        public boolean hasPerm(String permission) {
            return user.isAuthenticated() && Auth.hasPerms(user, SiteContext.current().settings(), permission);
        }
    }

    /** A user object adapted through its public methods. */
    record Reflective(Object user) implements RequestUser {
        @Override
        public boolean isAuthenticated() {
            return Boolean.TRUE.equals(call("isAuthenticated", new Class<?>[0]));
        }

        @Override
        public boolean hasPerm(String permission) {
            return Boolean.TRUE.equals(call("hasPerm", new Class<?>[] {String.class}, permission));
        }

        private Object call(String name, Class<?>[] types, Object... args) {
            try {
                Method m = user.getClass().getMethod(name, types);
                m.trySetAccessible();
                return m.invoke(user, args);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(user.getClass().getName() + " has no public " + name
                        + " method: request.user() must offer isAuthenticated() and hasPerm(String)", e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(user.getClass().getName() + "." + name + " failed", e);
            }
        }
    }
}
