package dev.quintet.contrib.contenttypes;

import dev.quintet.apps.App;
import dev.quintet.db.migrations.MigrationIndex;
import dev.quintet.db.models.Model;
import java.util.List;

/**
 * Django's {@code django.contrib.contenttypes} as an installed app: the {@link ContentType} model and its
 * migrations, so that {@code migrate} creates {@code django_content_type}.
 *
 * <pre>{@code
 * Settings.builder().installedApps(new ContentTypesApp(), new AuthApp(), new SessionsApp(), blog)
 * }</pre>
 */
public final class ContentTypesApp implements App {
    @Override
    public String label() {
        return "contenttypes";
    }

    @Override
    public String classpathRoot() {
        return "dev/quintet/contrib/contenttypes";
    }

    @Override
    public List<Class<? extends Model>> models() {
        return List.of(ContentType.class);
    }

    @Override
    public MigrationIndex migrations() {
        return new dev.quintet.contrib.contenttypes.migrations.Migrations();
    }
}
