package dev.quintet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cli.MigrationCommandsTest.ShopApp;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.Permission;
import dev.quintet.contrib.contenttypes.ContentType;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate} creates the default permissions of the site's models, as Django's {@code post_migrate}. */
class MigratePermissionsTest {
    @TempDir
    Path dir;

    int migrate(Path db) {
        Site site = Site.of("shop", Settings.builder().installedApps(new ShopApp(MigrationCommandsTest.WRITTEN, dir))
                .databaseUrl("sqlite:///" + db).build(), s -> r -> new HttpResponse("hi"));
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Quintet.execute(site, out, out, "migrate");
    }

    static List<String> permissions(Path db) {
        try (Databases dbs = Databases.fromUrl("sqlite:///" + db)) {
            return dbs.call(() -> Permission.objects.selectRelated("contentType").list().stream()
                    .map(p -> p.contentType.get().appLabel + "." + p.codename).toList());
        }
    }

    @Test
    void migrateCreatesThePermissionsOnceTheAuthTablesExist() {
        Path db = dir.resolve("with-auth.sqlite3");
        try (Database d = Database.connect("default", "sqlite:///" + db); var editor = d.schemaEditor()) {
            editor.createModel(ContentType.objects.meta());
            editor.createModel(Permission.objects.meta());
        }
        assertThat(migrate(db)).isZero();
        assertThat(permissions(db)).contains("shop.add_item", "shop.change_item", "shop.delete_item", "shop.view_item",
                "auth.add_group", "auth.view_user", "contenttypes.view_contenttype").doesNotHaveDuplicates();
        int count = permissions(db).size();
        assertThat(migrate(db)).isZero();
        assertThat(permissions(db)).hasSize(count);
    }

    @Test
    void withoutTheAuthTablesMigrateOnlyMigrates() {
        Path db = dir.resolve("no-auth.sqlite3");
        assertThat(migrate(db)).isZero();
        try (Database d = Database.connect("default", "sqlite:///" + db)) {
            assertThat(d.hasTables(List.of("shop_item"))).isTrue();
            assertThat(d.hasTables(List.of("shop_item", "auth_permission"))).isFalse();
        }
    }
}
