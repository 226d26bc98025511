package dev.quintet.contrib.auth;

import java.util.Map;

/**
 * The template context processor of authentication (Django's
 * {@code django.contrib.auth.context_processors.auth}): {@code user} and {@code perms}, where
 * {@code {% if perms.blog.add_post %}} asks the back ends. Register it with
 * {@code Engine.builder().contextProcessor(AuthContext::processor)}.
 */
public final class AuthContext {
    private AuthContext() {
    }

    /** {@code user} and {@code perms} for a request. */
    public static Map<String, ?> processor(Object request) {
        if (!(request instanceof dev.quintet.http.HttpRequest r)) {
            return Map.of();
        }
        BaseUser user = Auth.user(r);
        if (!(r.attribute(AuthenticationMiddleware.SETTINGS_ATTRIBUTE) instanceof dev.quintet.conf.Settings settings)) {
            return Map.of("user", user);
        }
        return Map.of("user", user, "perms", new PermLookup(user, settings, null));
    }

    /**
     * Django's {@code PermWrapper}: {@code perms.blog} is the app, {@code perms.blog.add_post} a
     * boolean; {@link #get(Object)} is what the template engine's attribute lookup reaches.
     */
    public static final class PermLookup extends java.util.AbstractMap<String, Object> {
        private final BaseUser user;
        private final dev.quintet.conf.Settings settings;
        private final String app;

        PermLookup(BaseUser user, dev.quintet.conf.Settings settings, String app) {
            this.user = user;
            this.settings = settings;
            this.app = app;
        }

        /** {@code perms.<app>} then {@code perms.<app>.<codename>}. */
        @Override
        public Object get(Object key) {
            String name = String.valueOf(key);
            if (app == null) {
                return new PermLookup(user, settings, name);
            }
            return Auth.hasPerms(user, settings, app + "." + name);
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        /** Not enumerable: permissions are asked for one at a time. */
        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            return java.util.Set.of();
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return app == null ? "PermWrapper(" + user + ")" : "PermLookup(" + app + ")";
        }
    }
}
