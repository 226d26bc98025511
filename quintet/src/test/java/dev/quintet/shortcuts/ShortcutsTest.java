package dev.quintet.shortcuts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.db.Databases;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpResponse;
import dev.quintet.urls.NoReverseMatch;
import dev.quintet.urls.Urls;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code redirect}'s targets, the 404 shortcuts' messages and lazy reversing. */
class ShortcutsTest {
    /** A test model. */
    public static class Note extends Model {
        public static final Manager<Note> objects = Manager.of(Note.class, m -> m
                .app("notes")
                .field("text", CharField.maxLength(20)));

        public String text;

        public String getAbsoluteUrl() {
            return "/notes/" + id + "/";
        }
    }

    private static final Supplier<String> LAZY = Shortcuts.reverseLazy("note", 7);
    private static final SiteContext SITE = SiteContext.of(Settings.builder()
            .rootUrlconf(List.of(
                    Urls.path("notes/<int:pk>/", request -> new HttpResponse(), "note"),
                    Urls.path("notes/<slug:slug>/edit/", request -> new HttpResponse(), "note_edit")))
            .build());

    static Stream<Arguments> targets() {
        Note note = new Note();
        note.id = 3L;
        return Stream.of(
                arguments("model with getAbsoluteUrl", note, new Object[0], "/notes/3/"),
                arguments("name with args", "note", new Object[] {5}, "/notes/5/"),
                arguments("name with kwargs", "note_edit", new Object[] {Map.of("slug", "hi")}, "/notes/hi/edit/"),
                arguments("absolute path", "/elsewhere/", new Object[0], "/elsewhere/"),
                arguments("full URL", "https://example.com/x", new Object[0], "https://example.com/x"),
                arguments("relative ./", "./next/", new Object[0], "./next/"),
                arguments("relative ../", "../up/", new Object[0], "../up/"),
                arguments("dotted host", "example.com", new Object[0], "example.com"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void redirect_targets(String name, Object to, Object[] args, String location) {
        HttpResponse response = SITE.call(null, () -> Shortcuts.redirect(to, args));
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo(location);
        assertThat(SITE.call(null, () -> Shortcuts.redirectPermanent(to, args)).status()).isEqualTo(301);
    }

    @Test
    void an_unknown_bare_name_is_no_reverse_match() {
        assertThatThrownBy(() -> SITE.call(null, () -> Shortcuts.redirect("nowhere")))
                .isInstanceOf(NoReverseMatch.class);
    }

    @Test
    void reverse_lazy_reverses_when_read_inside_a_site() {
        assertThat(SITE.call(null, LAZY::get)).isEqualTo("/notes/7/");
        assertThat(SITE.call(null, LAZY::toString)).isEqualTo("/notes/7/");
        assertThatThrownBy(LAZY::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("No site is bound");
    }

    @Test
    void not_found_messages_name_the_model() {
        try (Databases dbs = Databases.fromUrl("sqlite::memory:")) {
            dbs.run(() -> {
                try (SchemaEditor editor = dbs.defaultDatabase().schemaEditor()) {
                    editor.createModel(Note.objects.meta());
                }
                Note.objects.create("text", "hello");
                assertThat(Shortcuts.getObjectOr404(Note.class, "text", "hello").text).isEqualTo("hello");
                assertThat(Shortcuts.getListOr404(Note.objects.all())).hasSize(1);
                assertThatThrownBy(() -> Shortcuts.getObjectOr404(Note.class, "text", "nope"))
                        .isInstanceOf(Http404.class).hasMessage("No Note matches the given query.");
                assertThatThrownBy(() -> Shortcuts.getListOr404(Note.objects.all(), "text", "nope"))
                        .isInstanceOf(Http404.class).hasMessage("No Note matches the given query.");
            });
        }
    }
}
