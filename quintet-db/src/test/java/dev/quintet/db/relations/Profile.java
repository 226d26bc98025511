package dev.quintet.db.relations;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OneToOneField;
import dev.quintet.db.models.Ref;

/** A one-to-one extension of {@link Person}. */
public class Profile extends Model {
    public static final Manager<Profile> objects = Manager.of(Profile.class, m -> m
            .app("qr")
            .field("person", OneToOneField.to(Person.class).relatedName("profile"))
            .field("bio", CharField.maxLength(100)));

    public Ref<Person> person;
    public String bio;
}
