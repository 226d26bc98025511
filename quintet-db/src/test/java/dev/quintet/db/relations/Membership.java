package dev.quintet.db.relations;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.Ref;

/** The explicit join model of {@code Person.groups}, with an extra field. */
public class Membership extends Model {
    public static final Manager<Membership> objects = Manager.of(Membership.class, m -> m
            .app("qr")
            .field("person", ForeignKey.to(Person.class).relatedName("memberships"))
            .field("group", ForeignKey.to(Group.class).relatedName("memberships"))
            .field("role", CharField.maxLength(20).withDefault("member"))
            .uniqueTogether("person", "group"));

    public Ref<Person> person;
    public Ref<Group> group;
    public String role;
}
