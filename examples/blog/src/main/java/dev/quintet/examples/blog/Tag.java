package dev.quintet.examples.blog;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.SlugField;

/** A tag on posts: {@code Tag(name, slug)}; posts reach theirs through {@code Post.tags}. */
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class, m -> m
            .app("blog")
            .field("name", CharField.maxLength(50))
            .field("slug", SlugField.of().unique())
            .ordering("name"));

    public String name;
    public String slug;

    @Override
    public String toString() {
        return name;
    }
}
