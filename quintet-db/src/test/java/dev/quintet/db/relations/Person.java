package dev.quintet.db.relations;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;

/** A test model with a self-referential foreign key, a self many-to-many and a custom-through many-to-many. */
public class Person extends Model {
    public static final Manager<Person> objects = Manager.of(Person.class, m -> m
            .app("qr")
            .field("name", CharField.maxLength(30))
            .field("mentor", ForeignKey.toSelf().nullable().onDelete(OnDelete.SET_NULL).relatedName("mentees"))
            .field("friends", ManyToManyField.toSelf().relatedName("friendOf"))
            .field("groups", ManyToManyField.to(Group.class).through(Membership.class).relatedName("members"))
            .ordering("name"));

    public String name;
    public Ref<Person> mentor;
}
