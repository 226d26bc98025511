package dev.quintet.db.models;

import dev.quintet.db.blog.Author;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Post;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mistakes in queries and declarations: the error type and the message listing what was expected. */
class BadInputTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    private static Object[] c(String name, Runnable r, Class<?> type, String message) {
        return new Object[] {name, r, type, message};
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("unknown field", () -> Post.objects.filter("titel", "x").list(), FieldError.class,
                "Cannot resolve keyword 'titel' into field. Choices are: author, author_id, body, comments, createdAt, id, price, pubDate, published, rating, slug, tags, title, views"));
        cases.add(c("unknown field across relation", () -> Post.objects.filter("author__nme", "x").list(), FieldError.class,
                "Cannot resolve keyword 'nme' into field. Choices are: age, comments, email, id, name, posts"));
        cases.add(c("unknown lookup", () -> Post.objects.filter("title__foo", "x").list(), FieldError.class,
                "Unsupported lookup 'foo' for CharField or join on the field not permitted. Valid lookups are: contains, endswith, exact, gt, gte, icontains, iendswith, iexact, in, iregex, isnull, istartswith, lt, lte, range, regex, startswith"));
        cases.add(c("date transform on a string", () -> Post.objects.filter("title__year", 2024).list(), FieldError.class,
                "Unsupported lookup 'year' for CharField"));
        cases.add(c("unknown field in exclude", () -> Post.objects.exclude("nope", 1).count(), FieldError.class, "Cannot resolve keyword 'nope'"));
        cases.add(c("unknown order field", () -> Post.objects.orderBy("-nope").list(), FieldError.class, "Cannot resolve keyword 'nope'"));
        cases.add(c("unknown values field", () -> Post.objects.values("nope").list(), FieldError.class, "Cannot resolve keyword 'nope'"));
        cases.add(c("bad select related", () -> Post.objects.selectRelated("title").list(), FieldError.class,
                "Invalid field name(s) given in select_related: 'title'. Choices are: author"));
        cases.add(c("bad prefetch", () -> Post.objects.prefetchRelated("nope").list(), FieldError.class, "'nope' is an invalid parameter to prefetch_related()"));
        cases.add(c("bad only field", () -> Post.objects.only("nope").list(), FieldError.class, "qt.Post has no field named 'nope'"));
        cases.add(c("wrong value type", () -> Post.objects.filter("views", "abc").list(), IllegalArgumentException.class,
                "Field 'views' expected a number but got 'abc'."));
        cases.add(c("wrong value type for relation", () -> Post.objects.filter("author", "ada").list(), IllegalArgumentException.class,
                "Field 'author' expected a number but got 'ada'."));
        cases.add(c("isnull needs a boolean", () -> Post.objects.filter("rating__isnull", "yes").list(), IllegalArgumentException.class,
                "The QuerySet value for an isnull lookup must be True or False."));
        cases.add(c("range needs two values", () -> Post.objects.filter("views__range", List.of(1)).list(), IllegalArgumentException.class,
                "The range lookup takes two values, got 1"));
        cases.add(c("does not exist", () -> Post.objects.get("slug", "nope"), ObjectDoesNotExist.class, "Post matching query does not exist."));
        cases.add(c("multiple returned", () -> Post.objects.get("views__gte", 0), MultipleObjectsReturned.class,
                "get() returned more than one Post -- it returned 4!"));
        cases.add(c("annotation shadows a field", () -> Post.objects.annotate("title", Count.of("*")), IllegalArgumentException.class,
                "The annotation 'title' conflicts with a field on the model."));
        cases.add(c("negative slice", () -> Post.objects.all().slice(3, 1), IllegalArgumentException.class, "Negative indexing is not supported."));
        cases.add(c("relation manager on unknown name", () -> Author.objects.get("name", "ada").related("nope"), FieldError.class,
                "'nope' is not a relation of qt.Author. Choices are: posts, comments"));
        cases.add(c("update unknown field", () -> Post.objects.update("nope", 1), FieldError.class, "qt.Post has no field named 'nope'"));
        cases.add(c("outer ref outside subquery", () -> Post.objects.filter("views", OuterRef.of("pk")).list(), FieldError.class,
                "only be used in a subquery"));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void error(String backend, String name, Runnable body, Class<? extends Throwable> type, String message) {
        assertThatThrownBy(() -> TestDatabases.run(backend, body)).isInstanceOf(type).hasMessageContaining(message);
    }

    /** A class declaring a field without the Java field to hold it. */
    public static class Broken extends Model {
        public String name;
    }

    /** A class whose relation field is not a Ref. */
    public static class BadRelation extends Model {
        public Author author;
    }

    @Test
    void declaration_errors_name_the_field_and_the_fix() {
        assertThatThrownBy(() -> Manager.of(Broken.class, m -> m.field("title", CharField.maxLength(5))))
                .hasMessage("Broken.title: the model declares field 'title' but has no Java field of that name (add: public String title;)");
        assertThatThrownBy(() -> Manager.of(BadRelation.class, m -> m.field("author", ForeignKey.to(Author.class))))
                .hasMessage("BadRelation.author must be declared as Ref<Author>");
        assertThatThrownBy(() -> Manager.of(Broken.class, m -> m.field("bad__name", CharField.maxLength(5))))
                .hasMessageContaining("Invalid field name 'bad__name'");
        assertThatThrownBy(() -> ModelMeta.of(Model.class)).hasMessageContaining("is not a model");
        assertThatThrownBy(() -> Apps.of(Post.class)).hasMessageContaining("Field defines a relation with model 'Author', which is either not installed");
        Apps apps = Apps.of(Author.class, dev.quintet.db.blog.Tag.class, Post.class, dev.quintet.db.blog.Comment.class);
        assertThat(apps.getModel("qt", "Post").dbTable()).isEqualTo("qt_post");
        assertThat(apps.models("qt")).hasSize(4);
        assertThat(apps.autoCreatedThroughs()).singleElement().satisfies(m -> {
            assertThat(m.dbTable()).isEqualTo("qt_post_tags");
            assertThat(m.concreteFields().stream().map(Field::column).toList()).containsExactly("id", "post_id", "tag_id");
        });
        assertThatThrownBy(() -> apps.getModel("qt", "nope")).hasMessage("App 'qt' doesn't have a 'nope' model.");
        assertThatThrownBy(() -> Validator.minValue(3).validate(2)).hasMessage("Ensure this value is greater than or equal to 3.");
        assertThatThrownBy(() -> Validator.maxValue(3).validate(4)).hasMessage("Ensure this value is less than or equal to 3.");
    }
}
