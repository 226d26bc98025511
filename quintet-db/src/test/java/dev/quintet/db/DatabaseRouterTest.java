package dev.quintet.db;

import dev.quintet.db.blog.Author;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Post;
import dev.quintet.db.blog.Tag;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.Ref;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Routers over two SQLite databases: reads from the replica, writes to the primary, as Django's DATABASE_ROUTERS. */
class DatabaseRouterTest {
    /** Reads from "replica", writes to "default"; relations between the two allowed; no migrations on the replica. */
    static final class PrimaryReplica implements DatabaseRouter {
        @Override
        public String dbForRead(ModelMeta<?> model, Map<String, Object> hints) {
            return "replica";
        }

        @Override
        public String dbForWrite(ModelMeta<?> model, Map<String, Object> hints) {
            return "default";
        }

        @Override
        public Boolean allowRelation(dev.quintet.db.models.Model a, dev.quintet.db.models.Model b) {
            return true;
        }

        @Override
        public Boolean allowMigrate(String alias, String appLabel, String modelName, Map<String, Object> hints) {
            return alias.equals("default");
        }
    }

    /** Has no opinion on anything. */
    static final class Abstaining implements DatabaseRouter {
    }

    private static long tags(String alias) {
        return Tag.objects.using(alias).count();
    }

    private static Author author(String alias, String name) {
        return Author.objects.using(alias).create("name", name);
    }

    private static Post post(Author a) {
        return Post.objects.using("default").create(p -> {
            p.title = "t";
            p.slug = "t";
            p.author = Ref.to(a);
            p.views = 1;
            p.published = true;
            p.createdAt = Instant.parse("2024-01-01T00:00:00Z");
        });
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("create writes to the primary", true, (Supplier<Object>) () -> {
                    Tag.objects.create("name", "x");
                    return List.of(tags("default"), tags("replica"), Tag.objects.count());
                }, List.of(1L, 0L, 0L)),
                Arguments.of("reads come from the replica", true, (Supplier<Object>) () -> {
                    Tag.objects.using("replica").create("name", "r");
                    Tag t = Tag.objects.get("name", "r");
                    return List.of(Tag.objects.count(), t.databaseAlias());
                }, List.of(1L, "replica")),
                Arguments.of("an instance read from the replica saves to the primary", true, (Supplier<Object>) () -> {
                    Tag.objects.using("replica").create("name", "r");
                    Tag t = Tag.objects.get("name", "r");
                    t.name = "changed";
                    t.save();
                    return List.of(t.databaseAlias(), Tag.objects.using("default").valuesListFlat("name").list(),
                            Tag.objects.valuesListFlat("name").list());
                }, List.of("default", List.of("changed"), List.of("r"))),
                Arguments.of("update and delete run on the primary", true, (Supplier<Object>) () -> {
                    Tag.objects.using("default").create("name", "p");
                    Tag.objects.using("replica").create("name", "p");
                    int updated = Tag.objects.filter("name", "p").update("name", "q");
                    Tag.objects.filter("name", "q").delete();
                    return List.of(updated, tags("default"), Tag.objects.valuesListFlat("name").list());
                }, List.of(1, 0L, List.of("p"))),
                Arguments.of("getOrCreate looks up and creates on the primary", true, (Supplier<Object>) () -> {
                    Tag.objects.using("replica").create("name", "g");
                    boolean created = Tag.objects.all().getOrCreate(Map.of("name", "g"), Map.of()).created();
                    return List.of(created, tags("default"));
                }, List.of(true, 1L)),
                Arguments.of("explicit using() wins over the router", true, (Supplier<Object>) () -> {
                    Tag.objects.using("replica").create("name", "e");
                    return List.of(tags("replica"), Tag.objects.using("default").filter("name", "e").exists());
                }, List.of(1L, false)),
                Arguments.of("instance delete goes to the primary", true, (Supplier<Object>) () -> {
                    Tag t = Tag.objects.create("name", "d");
                    t.delete();
                    return tags("default");
                }, 0L),
                Arguments.of("router allows a relation to an object read from the replica", true, (Supplier<Object>) () -> {
                    author("default", "ada");
                    author("replica", "ada");  // as replication would
                    Author fromReplica = Author.objects.get("name", "ada");
                    Post p = post(fromReplica);
                    return List.of(fromReplica.databaseAlias(), p.databaseAlias(), Post.objects.using("default").count());
                }, List.of("replica", "default", 1L)),
                Arguments.of("without routers the instance's database is used", false, (Supplier<Object>) () -> {
                    Tag t = Tag.objects.using("replica").create("name", "n");
                    t.name = "m";
                    t.save();
                    return List.of(tags("replica"), tags("default"), Tag.objects.count());
                }, List.of(1L, 0L, 0L)));
    }

    private static Databases twoDatabases(boolean routed) {
        Databases dbs = Databases.of(Database.connect("default", "sqlite::memory:"), Database.connect("replica", "sqlite::memory:"));
        for (String alias : dbs.aliases()) {
            try (SchemaEditor ed = dbs.get(alias).schemaEditor()) {
                for (ModelMeta<?> m : BlogData.APPS.models()) {
                    ed.createModel(m);
                }
            }
        }
        return routed ? dbs.withRouters(new Abstaining(), new PrimaryReplica()) : dbs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void routes(String name, boolean routed, Supplier<Object> body, Object expected) {
        try (Databases dbs = twoDatabases(routed)) {
            assertThat(dbs.call(body)).as(name).isEqualTo(expected);
        }
    }

    @Test
    void without_routers_relations_across_databases_are_rejected() {
        try (Databases dbs = twoDatabases(false)) {
            dbs.run(() -> {
                Author a = author("replica", "ada");
                assertThatThrownBy(() -> post(a)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("the current database router prevents the relation to an object of database 'replica' from database 'default'");
            });
        }
    }

    static Stream<Arguments> migrations() {
        return Stream.of(Arguments.of("default", true, true), Arguments.of("replica", true, false),
                Arguments.of("replica", false, true));
    }

    @ParameterizedTest(name = "{0}, routed {1}")
    @MethodSource("migrations")
    void allow_migrate(String alias, boolean routed, boolean expected) {
        Databases dbs = Databases.of();
        Databases d = routed ? dbs.withRouters(new PrimaryReplica()) : dbs;
        assertThat(d.allowMigrate(alias, "blog", "post", Map.of())).isEqualTo(expected);
    }
}
