package dev.quintet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.models.Apps;
import dev.quintet.db.models.FieldError;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.PositiveIntegerField;
import dev.quintet.db.models.Ref;
import dev.quintet.db.models.SlugField;
import dev.quintet.db.models.TextField;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.QueryDict;
import dev.quintet.http.UploadedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ModelForm over SQLite: generated fields, instance validation (unique), save and many-to-many. */
class ModelFormTest {
    /** An author. */
    public static class Author extends Model {
        public static final Manager<Author> objects = Manager.of(Author.class, m -> m
                .app("formtest").field("name", dev.quintet.db.models.CharField.maxLength(50)));
        public String name;

        @Override
        public String toString() {
            return name;
        }
    }

    /** A tag. */
    public static class Tag extends Model {
        public static final Manager<Tag> objects = Manager.of(Tag.class, m -> m
                .app("formtest").field("name", dev.quintet.db.models.CharField.maxLength(20)));
        public String name;

        @Override
        public String toString() {
            return name;
        }
    }

    /** A post. */
    public static class Post extends Model {
        public static final Manager<Post> objects = Manager.of(Post.class, m -> m
                .app("formtest")
                .field("title", dev.quintet.db.models.CharField.maxLength(20))
                .field("slug", SlugField.of().unique())
                .field("status", dev.quintet.db.models.CharField.maxLength(1).choices("d", "Draft", "p", "Published").withDefault("d"))
                .field("body", TextField.of().blank())
                .field("views", PositiveIntegerField.of().withDefault(0))
                .field("author", ForeignKey.to(Author.class).onDelete(OnDelete.CASCADE))
                .field("tags", ManyToManyField.to(Tag.class).blank()));
        public String title;
        public String slug;
        public String status;
        public String body;
        public Integer views;
        public Ref<Author> author;
    }

    static final ModelForm.Meta<Post> META = ModelForm.Meta.fields(Post.class, "title", "slug", "status", "author", "tags");

    static class PostForm extends ModelForm<Post> {
        PostForm(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, Post instance) {
            super(META, data, files, instance);
        }
    }

    static Databases dbs;
    static long ada;
    static long java;
    static long jvm;

    @BeforeAll
    static void setUp() throws Exception {
        Path dir = Files.createTempDirectory("quintet-forms");
        dbs = Databases.of(Database.connect("default", "sqlite:///" + dir.resolve("forms.sqlite3")));
        List<ModelMeta<?>> models = Apps.of(Author.class, Tag.class, Post.class).models();
        try (SchemaEditor ed = dbs.defaultDatabase().schemaEditor()) {
            models.forEach(ed::createModel);
        }
        dbs.run(() -> {
            Author a = new Author();
            a.name = "Ada";
            a.save();
            ada = a.id;
            Tag t1 = new Tag();
            t1.name = "java";
            t1.save();
            java = t1.id;
            Tag t2 = new Tag();
            t2.name = "jvm";
            t2.save();
            jvm = t2.id;
            Post p = new Post();
            p.title = "First";
            p.slug = "first";
            p.author = Ref.to(a);
            p.save();
        });
    }

    static <T> T db(Supplier<T> body) {
        List<T> out = new ArrayList<>(1);
        dbs.run(() -> out.add(body.get()));
        return out.get(0);
    }

    static QueryDict q(String s) {
        return QueryDict.parse(s.replace("{ada}", String.valueOf(ada)).replace("{java}", String.valueOf(java))
                .replace("{jvm}", String.valueOf(jvm)));
    }

    static Arguments c(String name, Supplier<Object> actual, Object expected) {
        return Arguments.of(name, actual, expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("generated_char-django60", () -> new PostForm(null, null, null).get("title").toString(),
                        "<input type=\"text\" name=\"title\" maxlength=\"20\" required id=\"id_title\">"),
                c("generated_fk_select-django60", () -> new PostForm(null, null, null).get("author").toString(),
                        "<select name=\"author\" required id=\"id_author\">\n  <option value=\"\" selected>---------</option>\n\n"
                        + "  <option value=\"" + ada + "\">Ada</option>\n\n</select>"),
                c("generated_choices_default-django60", () -> new PostForm(null, null, null).get("status").toString(),
                        "<select name=\"status\" id=\"id_status\">\n  <option value=\"d\" selected>Draft</option>\n\n"
                        + "  <option value=\"p\">Published</option>\n\n</select>"),
                c("generated_labels", () -> {
                    PostForm f = new PostForm(null, null, null);
                    return f.get("title").label() + "|" + f.get("tags").field().isRequired() + "|" + f.fields().keySet();
                }, "Title|false|[title, slug, status, author, tags]"),
                c("valid_save_with_m2m", () -> {
                    PostForm f = new PostForm(q("title=Second&slug=second&status=p&author={ada}&tags={java}&tags={jvm}"), null, null);
                    Post saved = f.save();
                    Post again = Post.objects.get("pk", saved.id);
                    return again.title + " " + again.status + " " + again.author.id() + " " + again.related("tags").all().list().size();
                }, "Second p " + 0 + " 2"),
                c("unique_checked_by_instance", () -> new PostForm(q("title=X&slug=first&status=d&author={ada}"), null, null).errors().asText(),
                        "* slug\n  * Post with this Slug already exists."),
                c("fk_invalid_choice-django60", () -> new PostForm(q("title=X&slug=x1&status=d&author=999"), null, null).errors().asText(),
                        "* author\n  * Select a valid choice. That choice is not one of the available choices."),
                c("m2m_invalid_choice-django60", () -> new PostForm(q("title=X&slug=x2&status=d&author={ada}&tags=999"), null, null)
                        .errors().asText(), "* tags\n  * Select a valid choice. 999 is not one of the available choices."),
                c("save_invalid_refused", () -> {
                    try {
                        new PostForm(q("title="), null, null).save();
                        return "saved";
                    } catch (IllegalStateException e) {
                        return e.getMessage();
                    }
                }, "The Post could not be created because the data didn't validate."),
                c("edit_instance_initial", () -> {
                    Post first = Post.objects.get("slug", "first");
                    PostForm f = new PostForm(null, null, first);
                    return f.get("title").value() + " " + f.get("author").value();
                }, "First " + 0),
                c("initial_merges_over_instance", () -> {
                    Post first = Post.objects.get("slug", "first");
                    PostForm f = new PostForm(null, null, first);
                    f.initial(Map.of("title", "Other"));
                    return f.get("title").value() + " " + f.get("slug").value();
                }, "Other first"),
                c("save_commit_false_then_m2m", () -> {
                    PostForm f = new PostForm(q("title=Third&slug=third&status=d&author={ada}&tags={jvm}"), null, null);
                    Post p = f.save(false);
                    boolean unsaved = !p.isPersisted();
                    p.save();
                    f.saveM2m();
                    return unsaved + " " + Post.objects.get("pk", p.id).related("tags").all().list().size();
                }, "true 1")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behaves(String name, Supplier<Object> actual, Object expected) {
        Object want = expected instanceof String s ? s.replace(" 0 ", " " + ada + " ").replace("First 0", "First " + ada) : expected;
        assertThat(db(actual)).isEqualTo(want);
    }

    @Test
    void foreignKeySelectRendersWithOneQuery() {
        dbs.run(() -> {
            PostForm form = new PostForm(null, null, null);
            dev.quintet.db.QueryLog.assertNumQueries(1, () -> form.get("author").toString());
        });
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThatThrownBy(() -> db(() -> new ModelForm<>(ModelForm.Meta.fields(Post.class, "title", "nope"), null, null, null)))
                .isInstanceOf(FieldError.class).hasMessage("Unknown field(s) (nope) specified for Post");
    }
}
