package dev.quintet.contrib.auth;

import dev.quintet.apps.App;
import dev.quintet.db.migrations.MigrationIndex;
import dev.quintet.db.models.Model;
import java.util.List;

/**
 * Django's {@code django.contrib.auth} as an installed app: the {@link User}, {@link Group} and
 * {@link Permission} models and their migrations (which depend on the content types app's).
 *
 * <pre>{@code
 * Settings.builder().installedApps(new ContentTypesApp(), new AuthApp(), new SessionsApp(), blog)
 * }</pre>
 */
public final class AuthApp implements App {
    @Override
    public String label() {
        return "auth";
    }

    @Override
    public String classpathRoot() {
        return "dev/quintet/contrib/auth";
    }

    @Override
    public List<Class<? extends Model>> models() {
        return List.of(Permission.class, Group.class, User.class);
    }

    @Override
    public MigrationIndex migrations() {
        return new dev.quintet.contrib.auth.migrations.Migrations();
    }
}
