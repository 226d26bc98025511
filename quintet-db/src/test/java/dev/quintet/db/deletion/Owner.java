package dev.quintet.db.deletion;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A test model that others point at with every {@code OnDelete} action. */
public class Owner extends Model {
    public static final Manager<Owner> objects = Manager.of(Owner.class, m -> m
            .app("qd")
            .field("name", CharField.maxLength(30).unique()));

    public String name;
}
