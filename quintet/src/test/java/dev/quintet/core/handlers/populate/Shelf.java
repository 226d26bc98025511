package dev.quintet.core.handlers.populate;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A model only {@code SiteContextTest} names, so that no other test initialises it first. */
public class Shelf extends Model {
    public static final Manager<Shelf> objects = Manager.of(Shelf.class, m -> m
            .app("library")
            .field("name", CharField.maxLength(30)));

    public String name;
}
