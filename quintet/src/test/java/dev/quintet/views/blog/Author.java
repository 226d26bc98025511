package dev.quintet.views.blog;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A test model: an author. */
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class, m -> m
            .app("blog")
            .field("name", CharField.maxLength(50))
            .ordering("name"));

    public String name;
}
