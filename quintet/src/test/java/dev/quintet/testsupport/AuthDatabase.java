package dev.quintet.testsupport;

import dev.quintet.contrib.auth.Group;
import dev.quintet.contrib.auth.Permission;
import dev.quintet.contrib.auth.User;
import dev.quintet.contrib.contenttypes.ContentType;
import dev.quintet.contrib.sessions.Session;
import dev.quintet.db.Databases;
import java.nio.file.Path;

/** A SQLite database with the auth, content type and session tables, installed as the default. */
public final class AuthDatabase {
    private AuthDatabase() {
    }

    /** Creates the database file in {@code dir} and installs it. */
    public static Databases create(Path dir) {
        Databases dbs = Databases.fromUrl("sqlite:///" + dir.resolve("auth.db"));
        Databases.install(dbs);
        try (var editor = dbs.defaultDatabase().schemaEditor()) {
            editor.createModel(ContentType.objects.meta());
            editor.createModel(Permission.objects.meta());
            editor.createModel(Group.objects.meta());
            editor.createModel(User.objects.meta());
            editor.createModel(Session.objects.meta());
        }
        return dbs;
    }
}
