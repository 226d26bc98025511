package dev.quintet.examples.blog;

import dev.quintet.contrib.auth.User;
import dev.quintet.db.models.BooleanField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;
import dev.quintet.db.models.TextField;
import java.time.Instant;

/**
 * A comment on a post. Only approved comments are shown; the site approves the comments of
 * logged-in users at once (see {@code BlogViews}), the sample data holds some that are not.
 */
public class Comment extends Model {
    public static final Manager<Comment> objects = Manager.of(Comment.class, m -> m
            .app("blog")
            .field("post", ForeignKey.to(Post.class).onDelete(OnDelete.CASCADE).relatedName("comments"))
            .field("author", ForeignKey.to(User.class).onDelete(OnDelete.CASCADE).relatedName("comments"))
            .field("text", TextField.of())
            .field("approved", BooleanField.of().withDefault(false))
            .field("createdAt", DateTimeField.of().autoNowAdd())
            .ordering("createdAt"));

    public Ref<Post> post;
    public Ref<User> author;
    public String text;
    public Boolean approved;
    public Instant createdAt;
}
