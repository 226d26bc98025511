package dev.quintet.db.relations;

import dev.quintet.db.IntegrityError;
import dev.quintet.db.models.Apps;
import dev.quintet.db.models.ObjectDoesNotExist;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One-to-one, self-referential and custom-through relations on every back end. */
class RelationsTest {
    @BeforeAll
    static void setUp() {
        TestDatabases.createTables(Apps.of(Person.class, Group.class, Membership.class, Profile.class, Note.class).models());
    }

    private static Object[] c(String name, Supplier<Object> body, Object expected) {
        return new Object[] {name, body, expected};
    }

    private static Person person(String name, Person mentor) {
        return Person.objects.create("name", name, "mentor", mentor);
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("self foreign key both ways", () -> {
            Person ann = person("ann", null);
            person("ben", ann);
            person("cal", ann);
            return Person.objects.filter("mentor__name", "ann").valuesListFlat("name").list() + " "
                    + Person.objects.filter("mentees__name", "ben").valuesListFlat("name").list() + " "
                    + ann.related("mentees").count();
        }, "[ben, cal] [ann] 2"));
        cases.add(c("self foreign key set null on delete", () -> {
            Person ann = person("ann", null);
            person("ben", ann);
            ann.delete();
            return Person.objects.get("name", "ben").mentor == null;
        }, true));
        cases.add(c("self many-to-many", () -> {
            Person ann = person("ann", null);
            Person ben = person("ben", null);
            Person cal = person("cal", null);
            ann.related("friends").add(List.of(ben, cal));
            return Person.objects.filter("friends__name", "cal").valuesListFlat("name").list() + " "
                    + Person.objects.filter("friendOf__name", "ann").valuesListFlat("name").list() + " "
                    + cal.related("friendOf").count();
        }, "[ann] [ben, cal] 1"));
        cases.add(c("custom through", () -> {
            Person ann = person("ann", null);
            Group g = Group.objects.create("name", "admins");
            ann.related("groups").add(g);
            Membership.objects.filter("person", ann).update("role", "owner");
            return Person.objects.filter("groups__name", "admins").valuesListFlat("name").list() + " "
                    + g.related("members").count() + " "
                    + Person.objects.filter("memberships__role", "owner").count() + " "
                    + Person.objects.prefetchRelated("groups").get("name", "ann").related("groups").all().list().size();
        }, "[ann] 1 1 1"));
        cases.add(c("one-to-one both ways", () -> {
            Person ann = person("ann", null);
            Person ben = person("ben", null);
            Profile.objects.create("person", ann, "bio", "hello");
            String missing;
            try {
                ben.<Profile>relatedObject("profile");
                missing = "found";
            } catch (ObjectDoesNotExist e) {
                missing = "DoesNotExist";
            }
            return ann.<Profile>relatedObject("profile").bio + " " + missing + " "
                    + Person.objects.filter("profile__bio", "hello").valuesListFlat("name").list() + " "
                    + Profile.objects.selectRelated("person").get("bio", "hello").person.get().name;
        }, "hello DoesNotExist [ann] ann"));
        cases.add(c("one-to-one is unique", () -> {
            Person ann = person("ann", null);
            Profile.objects.create("person", ann, "bio", "a");
            try {
                dev.quintet.db.Transaction.atomic(() -> Profile.objects.create("person", ann, "bio", "b"));
                return "saved";
            } catch (IntegrityError e) {
                return "IntegrityError";
            }
        }, "IntegrityError"));
        cases.add(c("abstract base fields", () -> {
            Note n = Note.objects.create("text", "hi");
            Note loaded = Note.objects.get("pk", n.pk());
            return loaded.created != null && loaded.modified != null && Note.objects.meta().dbTable().equals("qr_note")
                    && Note.objects.filter("created__lte", loaded.modified).exists();
        }, true));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void relation(String backend, String name, Supplier<Object> body, Object expected) {
        assertThat(TestDatabases.rolledBack(backend, body)).as(name).isEqualTo(expected);
    }
}
