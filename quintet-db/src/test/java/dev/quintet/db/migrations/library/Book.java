package dev.quintet.db.migrations.library;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A model of the "library" test app, the target of the deleted model's relations. */
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class, m -> m
            .app("library")
            .field("title", CharField.maxLength(100)));
    public String title;
}
