package dev.quintet.db.migrations.people;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A model of the "people" test app, target of the blog's many-to-many field. */
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class, m -> m
            .app("people")
            .field("label", CharField.maxLength(50).unique()));

    public String label;
}
