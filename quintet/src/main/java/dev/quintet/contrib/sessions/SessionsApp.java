package dev.quintet.contrib.sessions;

import dev.quintet.apps.App;
import dev.quintet.db.migrations.MigrationIndex;
import dev.quintet.db.models.Model;
import java.util.List;

/**
 * Django's {@code django.contrib.sessions} as an installed app: the {@link Session} model and its
 * migrations, so that {@code migrate} creates {@code django_session} for the database session engines.
 *
 * <pre>{@code
 * Settings.builder().installedApps(new ContentTypesApp(), new AuthApp(), new SessionsApp(), blog)
 * }</pre>
 */
public final class SessionsApp implements App {
    @Override
    public String label() {
        return "sessions";
    }

    @Override
    public String classpathRoot() {
        return "dev/quintet/contrib/sessions";
    }

    @Override
    public List<Class<? extends Model>> models() {
        return List.of(Session.class);
    }

    @Override
    public MigrationIndex migrations() {
        return new dev.quintet.contrib.sessions.migrations.Migrations();
    }
}
