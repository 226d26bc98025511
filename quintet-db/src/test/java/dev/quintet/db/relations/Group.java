package dev.quintet.db.relations;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A test model joined to {@link Person} through {@link Membership}. */
public class Group extends Model {
    public static final Manager<Group> objects = Manager.of(Group.class, m -> m
            .app("qr")
            .field("name", CharField.maxLength(30)));

    public String name;
}
