package dev.quintet.examples.blog;

import dev.quintet.apps.App;
import dev.quintet.db.migrations.MigrationIndex;
import dev.quintet.db.models.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The blog app: its models, its migrations (written by {@code makemigrations}, listed in
 * {@code migrations.Migrations}), and its templates and static files under
 * {@code dev/quintet/examples/blog/} on the classpath.
 */
public final class BlogApp implements App {
    @Override
    public String label() {
        return "blog";
    }

    @Override
    public String classpathRoot() {
        return "dev/quintet/examples/blog";
    }

    @Override
    public List<Class<? extends Model>> models() {
        return List.of(Category.class, Tag.class, Post.class, Comment.class);
    }

    @Override
    public MigrationIndex migrations() {
        return new dev.quintet.examples.blog.migrations.Migrations();
    }

    /** {@code makemigrations} writes here whether it runs in the repository's root or in {@code examples/blog}. */
    @Override
    public Path migrationsSourceDir() {
        Path fromRoot = Path.of("examples", "blog", "src", "main", "java");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("src", "main", "java");
    }
}
