package dev.quintet.cli;

import dev.quintet.apps.App;
import dev.quintet.contrib.auth.Permission;
import dev.quintet.contrib.contenttypes.ContentType;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.migrations.MakeMigrations;
import dev.quintet.db.migrations.Migration;
import dev.quintet.db.migrations.MigrationError;
import dev.quintet.db.migrations.MigrationExecutor;
import dev.quintet.db.migrations.MigrationGraph;
import dev.quintet.db.migrations.ModelState;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;

import java.util.ArrayList;
import java.util.List;

/** What the migration commands share: the installed apps' migrations and models, and the site's database. */
final class MigrationSupport {
    private MigrationSupport() {
    }

    static List<App> apps(Site site) {
        return site.settings().installedApps();
    }

    static MigrationGraph graph(Site site) {
        List<Migration> all = new ArrayList<>();
        for (App app : apps(site)) {
            all.addAll(app.migrations().migrations());
        }
        try {
            return new MigrationGraph(all);
        } catch (MigrationError e) {
            throw new CommandError(e.getMessage());
        }
    }

    static List<MakeMigrations.AppInfo> appInfos(Site site) {
        List<MakeMigrations.AppInfo> out = new ArrayList<>();
        for (App app : apps(site)) {
            List<ModelState> states = new ArrayList<>();
            for (Class<? extends Model> c : app.models()) {
                ModelMeta<?> meta = ModelMeta.of(c);
                if (!meta.appLabel().equals(app.label())) {
                    throw new CommandError("Model " + c.getName() + " declares app '" + meta.appLabel() + "' but is listed in app '" + app.label() + "'");
                }
                states.add(ModelState.from(meta));
            }
            out.add(new MakeMigrations.AppInfo(app.label(), states, app.migrations(), app.migrationsSourceDir(), app.migrationsPackage()));
        }
        return out;
    }

    static Database database(Site site) {
        String url = site.settings().databaseUrl();
        if (url == null || url.isBlank()) {
            throw new CommandError("No database configured: set DATABASE_URL or Settings.builder().databaseUrl(...)");
        }
        return Database.connect("default", url);
    }

    /**
     * Django's {@code create_permissions} after {@code migrate}: {@link Permission#createForSite} against
     * {@code db}, when it holds the {@code auth_permission} and {@code django_content_type} tables.
     */
    static void createPermissions(Site site, Database db) {
        boolean ready = db.hasTables(List.of(Permission.objects.meta().dbTable(), ContentType.objects.meta().dbTable()));
        if (ready) {
            Databases.of(db).run(() -> Permission.createForSite(site.settings()));
        }
    }

    static MigrationExecutor executor(CommandContext context, Database db) {
        return new MigrationExecutor(db, graph(context.site()), context.out());
    }
}
