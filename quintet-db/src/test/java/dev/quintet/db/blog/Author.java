package dev.quintet.db.blog;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.EmailField;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.RelatedManager;

/** A test model: an author with posts. */
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class, m -> m
            .app("qt")
            .field("name", CharField.maxLength(50))
            .field("email", EmailField.of().nullable().blank())
            .field("age", IntegerField.of().nullable().blank())
            .ordering("name"));

    public String name;
    public String email;
    public Integer age;
    public Long postCount;

    /** The author's posts. */
    public RelatedManager<Post> posts() {
        return related("posts");
    }
}
