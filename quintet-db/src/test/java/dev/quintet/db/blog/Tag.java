package dev.quintet.db.blog;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A test model: a tag. */
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class, m -> m
            .app("qt")
            .field("name", CharField.maxLength(30).unique())
            .ordering("name"));

    public String name;
}
