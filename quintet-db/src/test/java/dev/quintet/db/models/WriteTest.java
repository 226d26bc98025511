package dev.quintet.db.models;

import dev.quintet.db.blog.Author;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Comment;
import dev.quintet.db.blog.Post;
import dev.quintet.db.blog.Tag;
import dev.quintet.db.deletion.CascadeChild;
import dev.quintet.db.deletion.DoNothingChild;
import dev.quintet.db.deletion.Owner;
import dev.quintet.db.deletion.ProtectChild;
import dev.quintet.db.deletion.RestrictChild;
import dev.quintet.db.deletion.SetDefaultChild;
import dev.quintet.db.deletion.SetNullChild;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing: create, save, update, bulk operations, deletion semantics and related managers; each case rolls back. */
class WriteTest {
    static final Apps DELETION = Apps.of(Owner.class, CascadeChild.class, ProtectChild.class, SetNullChild.class,
            SetDefaultChild.class, DoNothingChild.class, RestrictChild.class);

    @BeforeAll
    static void setUp() {
        BlogData.load();
        TestDatabases.createTables(DELETION.models());
    }

    private static Object[] c(String name, Supplier<Object> body, Object expected) {
        return new Object[] {name, body, expected};
    }

    private static Owner owner(String name) {
        return Owner.objects.create("name", name);
    }

    private static String error(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("create assigns key", () -> Tag.objects.create("name", "new").pk() != null, true));
        cases.add(c("create then get", () -> {
            Tag.objects.create(t -> t.name = "kotlin");
            return Tag.objects.get("name", "kotlin").name;
        }, "kotlin"));
        cases.add(c("defaults applied", () -> {
            Post p = new Post();
            return p.views + "/" + p.published + "/" + p.body;
        }, "0/false/"));
        cases.add(c("save inserts then updates", () -> {
            Tag t = new Tag();
            t.name = "x";
            t.save();
            t.name = "y";
            t.save();
            return Tag.objects.filter("name__in", List.of("x", "y")).valuesListFlat("name").list();
        }, List.of("y")));
        cases.add(c("save update fields", () -> {
            Author a = Author.objects.get("name", "ada");
            a.name = "ignored";
            a.age = 99;
            a.save("age");
            a.refreshFromDb();
            return a.name + a.age;
        }, "ada99"));
        cases.add(c("update with F", () -> {
            int n = Post.objects.filter("author__name", "ada").update("views", F.of("views").plus(1));
            return n + ":" + Post.objects.orderBy("slug").valuesListFlat("views").list();
        }, "2:[0, 101, 11, 5]"));
        cases.add(c("update several fields", () -> Post.objects.filter("slug", "hello").update("views", 7, "rating", null)
                + ":" + Post.objects.get("slug", "hello").views + ":" + Post.objects.get("slug", "hello").rating, "1:7:null"));
        cases.add(c("update over exclude and relation", () -> Post.objects.exclude("tags__name", "java").update("published", false), 2));
        cases.add(c("get or create existing", () -> Tag.objects.getOrCreate(Map.of("name", "java"), Map.of()).created(), false));
        cases.add(c("get or create new", () -> {
            QuerySet.Created<Tag> r = Tag.objects.getOrCreate(Map.of("name", "rust"), Map.of());
            return r.created() + ":" + Tag.objects.filter("name", "rust").count();
        }, "true:1"));
        cases.add(c("update or create", () -> {
            QuerySet.Created<Author> r = Author.objects.updateOrCreate(Map.of("name", "bob"), Map.of("age", 30));
            QuerySet.Created<Author> n = Author.objects.updateOrCreate(Map.of("name", "dee"), Map.of("age", 40));
            return r.created() + ":" + Author.objects.get("name", "bob").age + ":" + n.created() + ":" + Author.objects.get("name", "dee").age;
        }, "false:30:true:40"));
        cases.add(c("bulk create sets keys", () -> {
            List<Tag> tags = new ArrayList<>();
            for (String n : List.of("a1", "a2", "a3")) {
                Tag t = new Tag();
                t.name = n;
                tags.add(t);
            }
            Tag.objects.bulkCreate(tags);
            return tags.stream().allMatch(t -> t.pk() != null) + ":" + Tag.objects.filter("name__startswith", "a").count()
                    + ":" + Tag.objects.get("name", "a2").pk().equals(tags.get(1).pk());
        }, "true:3:true"));
        cases.add(c("bulk update", () -> {
            List<Post> posts = Post.objects.orderBy("slug").list();
            for (Post p : posts) {
                p.views = p.views + 1000;
                p.title = p.title.toUpperCase();
            }
            int n = Post.objects.bulkUpdate(posts, "views", "title");
            return n + ":" + Post.objects.orderBy("slug").valuesListFlat("views").list() + ":" + Post.objects.get("slug", "hello").title;
        }, "4:[1000, 1100, 1010, 1005]:HELLO WORLD"));
        cases.add(c("delete cascades", () -> {
            DeleteResult r = Author.objects.filter("name", "ada").delete();
            return r.total() + ":" + r.byModel().get("qt.Post") + ":" + Post.objects.count() + ":" + Comment.objects.filter("author__isnull", true).count();
        }, "6:2:2:1"));
        cases.add(c("instance delete", () -> {
            Tag t = Tag.objects.get("name", "java");
            DeleteResult r = t.delete();
            return r.total() + ":" + Post.objects.get("slug", "hello").tags().count() + ":" + (t.pk() == null);
        }, "1:1:true"));
        cases.add(c("delete sets null", () -> {
            Owner o = owner("o");
            SetNullChild.objects.create("name", "c", "owner", o);
            o.delete();
            return SetNullChild.objects.get("name", "c").owner == null;
        }, true));
        cases.add(c("delete sets default", () -> {
            Owner fallback = owner("fallback");
            Owner o = owner("o");
            SetDefaultChild.objects.create("name", "c", "owner", o);
            o.delete();
            return SetDefaultChild.objects.get("name", "c").owner.id().equals(fallback.pk());
        }, true));
        cases.add(c("delete protected", () -> {
            Owner o = owner("o");
            ProtectChild.objects.create("name", "c", "owner", o);
            return error(() -> Owner.objects.filter("name", "o").delete()) + ":" + Owner.objects.filter("name", "o").count();
        }, "ProtectedError:1"));
        cases.add(c("delete restricted", () -> {
            Owner o = owner("o");
            RestrictChild.objects.create("name", "c", "owner", o);
            return error(o::delete);
        }, "RestrictedError"));
        cases.add(c("delete restricted allowed through cascade", () -> {
            Owner o = owner("o");
            CascadeChild cc = CascadeChild.objects.create("name", "cc", "owner", o);
            RestrictChild.objects.create("name", "r", "owner", o, "via", cc);
            DeleteResult r = o.delete();
            return r.total() + ":" + RestrictChild.objects.count();
        }, "3:0"));
        cases.add(c("delete do nothing", () -> {
            Owner o = owner("o");
            DoNothingChild.objects.create("name", "c", "owner", o);
            o.delete();
            return DoNothingChild.objects.count();
        }, 1L));
        cases.add(c("reverse manager create and count", () -> {
            Author cy = Author.objects.get("name", "cy");
            cy.posts().create(p -> {
                p.title = "New";
                p.slug = "new";
                p.createdAt = Instant.parse("2025-01-01T00:00:00Z");
            });
            return cy.posts().count();
        }, 1L));
        cases.add(c("reverse manager remove and clear", () -> {
            Author bob = Author.objects.get("name", "bob");
            Comment great = Comment.objects.get("text", "Great");
            bob.<Comment>related("comments").remove(great);
            long afterRemove = bob.<Comment>related("comments").count();
            Author cy = Author.objects.get("name", "cy");
            cy.<Comment>related("comments").clear();
            return afterRemove + ":" + Comment.objects.filter("author__isnull", true).count();
        }, "0:3"));
        cases.add(c("m2m add remove set clear", () -> {
            Post back = Post.objects.get("slug", "backslash");
            Tag java = Tag.objects.get("name", "java");
            Tag django = Tag.objects.get("name", "django");
            Tag unused = Tag.objects.get("name", "unused");
            back.tags().add(List.of(java, django));
            back.tags().add(java);
            String a = back.tags().all().valuesListFlat("name").list().toString();
            back.tags().remove(java);
            String b = back.tags().all().valuesListFlat("name").list().toString();
            back.tags().set(List.of(unused, java));
            String c = back.tags().all().valuesListFlat("name").list().toString();
            back.tags().clear();
            return a + b + c + back.tags().count();
        }, "[django, java][django][java, unused]0"));
        cases.add(c("reverse m2m add", () -> {
            Tag unused = Tag.objects.get("name", "unused");
            unused.<Post>related("posts").add(Post.objects.get("slug", "hello"));
            return Post.objects.get("slug", "hello").tags().count();
        }, 3L));
        cases.add(c("unsaved related object", () -> error(() -> {
            Comment cm = new Comment();
            cm.text = "x";
            cm.post = Ref.to(new Post());
            cm.save();
        }), "IllegalStateException"));
        cases.add(c("full clean ok", () -> error(() -> Author.objects.get("name", "ada").fullClean()), "no error"));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void write(String backend, String name, Supplier<Object> body, Object expected) {
        Object actual = TestDatabases.rolledBack(backend, body);
        assertThat(actual).as(name).isEqualTo(expected);
    }
}
