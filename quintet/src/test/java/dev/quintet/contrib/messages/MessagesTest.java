package dev.quintet.contrib.messages;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.sessions.SessionEngine;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.contrib.sessions.SessionSettings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.middleware.Middleware;
import dev.quintet.test.Client;
import dev.quintet.template.Engine;
import dev.quintet.template.Template;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {
    /** Django 5.2's CookieStorage._encode([Message(25, "Saved.", ""), Message(40, "Café failed", "sticky")]) with SECRET_KEY 'k'. */
    static final String DJANGO_COOKIE = ".eJyLjlaKj88qzs-Lz00tLk5MT1XSMdAxMtVRCk4sS03RU9JRUorVwabGxEBHyTkxLabUwCDVUiEtMTMnNQWourgkMzm7Uik2FgDzRBwG:1xUfmq:UALIVojbnnkngtCA3S-1Ra3E2EUsay3aiywxvFx_Qdk";

    static HttpResponse add(HttpRequest request) {
        int n = Integer.parseInt(request.GET().get("n", "1"));
        for (int i = 0; i < n; i++) {
            Messages.success(request, "Saved " + i + " " + "x".repeat(Integer.parseInt(request.GET().get("pad", "0"))));
        }
        Messages.debug(request, "hidden below INFO");
        Messages.add(request, Messages.WARNING, "Careful", "sticky");
        return new HttpResponse("added");
    }

    static HttpResponse show(HttpRequest request) {
        return new HttpResponse(StreamSupport.stream(Messages.get(request).spliterator(), false)
                .map(m -> m.tags() + ":" + m.message().strip()).collect(Collectors.joining("|")));
    }

    /** Django's idiom: {@code {% if messages %}} is false when there are none. */
    static HttpResponse ifMessages(HttpRequest request) {
        Template template = Engine.builder().build()
                .fromString("{% if messages %}{{ messages|length }} messages{% else %}none{% endif %}");
        return new HttpResponse(template.render(Map.of("messages", Messages.get(request))));
    }

    static Client client(Middleware.Factory messages) {
        return new Client(Settings.builder().secretKey("k")
                .sessions(SessionSettings.DEFAULTS.withEngine(SessionEngine.signedCookies()))
                .middleware(SessionMiddleware::new, messages)
                .rootUrlconf(urlpatterns(path("add/", MessagesTest::add), path("show/", MessagesTest::show),
                        path("if/", MessagesTest::ifMessages)))
                .build());
    }

    static Stream<Arguments> storages() {
        return Stream.of(Arguments.of("cookie", MessageMiddleware.using(MessageMiddleware.Kind.COOKIE, Messages.INFO)),
                Arguments.of("session", MessageMiddleware.using(MessageMiddleware.Kind.SESSION, Messages.INFO)),
                Arguments.of("fallback", (Middleware.Factory) MessageMiddleware::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storages")
    void messagesAreShownOnceOnTheNextPage(String name, Middleware.Factory messages) {
        Client c = client(messages);
        c.get("/add/");
        assertThat(c.get("/show/").content()).isEqualTo("success:Saved 0|sticky warning:Careful");
        assertThat(c.get("/show/").content()).isEmpty();
    }

    @Test
    void theStorageIsFalseInATemplateWhenEmptyAndTestingItDoesNotMarkTheMessagesShown() {
        Client c = client(MessageMiddleware::new);
        assertThat(c.get("/if/").content()).isEqualTo("none");
        c.get("/add/");
        assertThat(c.get("/if/").content()).isEqualTo("2 messages");
        assertThat(c.get("/show/").content()).isEqualTo("success:Saved 0|sticky warning:Careful");
    }

    @Test
    void fallbackSpillsIntoTheSessionWhenTheCookieIsFull() {
        Client c = client(MessageMiddleware::new);
        c.get("/add/?n=30&pad=60");
        assertThat(c.cookies().get("messages").length()).isLessThanOrEqualTo(CookieStorage.MAX_COOKIE_SIZE);
        String shown = c.get("/show/").content();
        assertThat(shown.split("\\|")).hasSize(31).startsWith("success:Saved 0 " + "x".repeat(60));
        assertThat(c.get("/show/").content()).isEmpty();
    }

    @Test
    void aDjangoMessagesCookieIsRead() {
        Client c = client(MessageMiddleware.using(MessageMiddleware.Kind.COOKIE, Messages.INFO));
        c.setCookie("messages", DJANGO_COOKIE);
        assertThat(c.get("/show/").content()).isEqualTo("success:Saved.|sticky error:Café failed");
        c.setCookie("messages", DJANGO_COOKIE.replace("UALIV", "UALIW"));
        assertThat(c.get("/show/").content()).isEmpty();
    }

    @Test
    void levelsAndTags() {
        assertThat(new Message(Messages.ERROR, "x", "").tags()).isEqualTo("error");
        assertThat(new Message(45, "x", "custom").tags()).isEqualTo("custom");
        assertThat(MessageCodec.serialize(List.of(new Message(25, "Saved.", ""))))
                .isEqualTo("[[\"__json_message\", 0, 25, \"Saved.\", \"\"]]");
    }
}
