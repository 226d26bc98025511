package dev.quintet.db.migrations.library;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.Ref;

/** A model of the "library" test app that the test deletes after its first migration. */
public class Shelf extends Model {
    public static final Manager<Shelf> objects = Manager.of(Shelf.class, m -> m
            .app("library")
            .field("name", CharField.maxLength(30))
            .field("favourite", ForeignKey.to(Book.class).nullable())
            .field("books", ManyToManyField.to(Book.class)));
    public String name;
    public Ref<Book> favourite;
}
