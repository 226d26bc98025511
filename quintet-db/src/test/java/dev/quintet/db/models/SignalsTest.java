package dev.quintet.db.models;

import dev.quintet.db.blog.Author;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Post;
import dev.quintet.db.blog.Tag;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Model signals fire once per event, for the right sender. */
class SignalsTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void signals(String backend) {
        List<String> log = new ArrayList<>();
        Consumer<Signals.SaveEvent> pre = e -> log.add("pre_save " + e.instance().getClass().getSimpleName());
        Consumer<Signals.SaveEvent> post = e -> log.add("post_save " + ((Tag) e.instance()).name + " created=" + e.created());
        Consumer<Signals.DeleteEvent> preDelete = e -> log.add("pre_delete " + e.instance().getClass().getSimpleName());
        Consumer<Signals.DeleteEvent> postDelete = e -> log.add("post_delete " + e.instance().getClass().getSimpleName());
        Consumer<Signals.M2MChangedEvent> m2m = e -> log.add(e.action() + " " + e.pkSet().size());
        Signals.PRE_SAVE.connect(Tag.class, pre);
        Signals.PRE_SAVE.connect(Tag.class, pre);
        Signals.POST_SAVE.connect(Tag.class, post);
        Signals.PRE_DELETE.connect(preDelete);
        Signals.POST_DELETE.connect(Post.class, postDelete);
        Signals.M2M_CHANGED.connect(Post.class, m2m);
        try {
            TestDatabases.rolledBack(backend, () -> {
                Tag t = Tag.objects.create("name", "sig");
                t.name = "sig2";
                t.save();
                Author.objects.create("name", "ignored");
                Post p = Post.objects.get("slug", "backslash");
                p.tags().add(t);
                p.delete();
                return null;
            });
        } finally {
            Signals.PRE_SAVE.disconnect(pre);
            Signals.POST_SAVE.disconnect(post);
            Signals.PRE_DELETE.disconnect(preDelete);
            Signals.POST_DELETE.disconnect(postDelete);
            Signals.M2M_CHANGED.disconnect(m2m);
        }
        assertThat(log).containsExactly("pre_save Tag", "post_save sig created=true", "pre_save Tag", "post_save sig2 created=false",
                "pre_add 1", "post_add 1", "pre_delete Post", "post_delete Post");
    }
}
