package dev.quintet.apps;

import dev.quintet.db.migrations.MigrationIndex;
import dev.quintet.db.models.Model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An installed application: Django's {@code AppConfig}, reduced to what the framework needs to
 * find an app's resources. Sites list their apps explicitly in
 * {@code Settings.builder().installedApps(...)}; there is no classpath scanning.
 *
 * <p>An app's files live under its classpath root: templates in {@code <root>/templates/},
 * static files in {@code <root>/static/}.
 *
 * <pre>{@code
 * App blog = App.of("blog", "com/example/blog");
 * }</pre>
 */
public interface App {

    /** The app's unique short name ({@code "blog"}, {@code "auth"}), Django's {@code label}. */
    String label();

    /** The classpath folder holding the app's {@code templates/} and {@code static/} folders, without leading or trailing slash. */
    default String classpathRoot() {
        return label();
    }

    /** The app's model classes, for {@code makemigrations} (none by default). */
    default List<Class<? extends Model>> models() {
        return List.of();
    }

    /** The app's migration index, the {@code Migrations} class makemigrations writes (none by default). */
    default MigrationIndex migrations() {
        return MigrationIndex.none();
    }

    /**
     * The package of the app's migrations; by default {@code <package of the first model>.migrations}
     * ({@code null} when the app has no models).
     */
    default String migrationsPackage() {
        return models().isEmpty() ? null : models().get(0).getPackageName() + ".migrations";
    }

    /** The source root makemigrations writes into (default {@code src/main/java} of the working directory). */
    default Path migrationsSourceDir() {
        return Path.of("src", "main", "java");
    }

    /** A plain app with the given label and classpath root. */
    static App of(String label, String classpathRoot) {
        return new Simple(label, classpathRoot);
    }

    /** A plain app whose classpath root is its label. */
    static App of(String label) {
        return new Simple(label, label);
    }

    /** The value {@link #of} returns. */
    record Simple(String label, String classpathRoot) implements App {
        /** Validates the label: a non-empty Java-identifier-like name. */
        public Simple {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(classpathRoot, "classpathRoot");
            if (!label.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("app label '" + label + "' is not a valid identifier");
            }
            while (classpathRoot.startsWith("/")) {
                classpathRoot = classpathRoot.substring(1);
            }
            while (classpathRoot.endsWith("/")) {
                classpathRoot = classpathRoot.substring(0, classpathRoot.length() - 1);
            }
        }
    }
}
