package dev.quintet.views.blog;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A test model: a tag, deliberately without default ordering. */
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class, m -> m
            .app("blog")
            .field("name", CharField.maxLength(30).unique()));

    public String name;
}
