package dev.quintet.db.migrations.people;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A model of the "people" test app, target of the blog's foreign keys. */
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class, m -> m
            .app("people")
            .field("name", CharField.maxLength(100)));

    public String name;
}
