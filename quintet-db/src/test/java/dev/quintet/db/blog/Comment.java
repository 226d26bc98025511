package dev.quintet.db.blog;

import dev.quintet.db.models.BooleanField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;

/** A test model: a comment on a post, by an optional author. */
public class Comment extends Model {
    public static final Manager<Comment> objects = Manager.of(Comment.class, m -> m
            .app("qt")
            .field("post", ForeignKey.to(Post.class).relatedName("comments"))
            .field("author", ForeignKey.to(Author.class).nullable().onDelete(OnDelete.SET_NULL).relatedName("comments"))
            .field("text", CharField.maxLength(100))
            .field("approved", BooleanField.of().withDefault(true)));

    public Ref<Post> post;
    public Ref<Author> author;
    public String text;
    public Boolean approved;
}
