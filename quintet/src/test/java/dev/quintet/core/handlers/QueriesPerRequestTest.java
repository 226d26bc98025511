package dev.quintet.core.handlers;

import static dev.quintet.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.quintet.conf.Settings;
import dev.quintet.db.Databases;
import dev.quintet.db.QueryLog;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.Timezone;
import dev.quintet.db.models.Ref;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.shortcuts.Shortcuts;
import dev.quintet.templates.ContextProcessors;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import dev.quintet.views.blog.Author;
import dev.quintet.views.blog.Post;
import dev.quintet.views.blog.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * What the handler does with the ORM around each request: N+1 detection in DEBUG (warning, strict
 * error, the test client's strict mode), the queries readable mid-request ({@code sql_queries},
 * {@code response.queries()}), deferred fields loading from templates, and the site's time zone.
 */
class QueriesPerRequestTest {
    private static Databases dbs;
    private static Path templates;

    @BeforeAll
    static void setUp() throws IOException {
        templates = Files.createTempDirectory("quintet-queries");
        Files.writeString(templates.resolve("sql.html"), "{{ n }}:{% for q in sql_queries %}[{{ q.sql|slice:\":6\" }} {{ q.time }}]{% endfor %}");
        Files.writeString(templates.resolve("deferred.html"), "{% for p in posts %}{{ p.title }}/{{ p.slug }};{% endfor %}");
        Files.writeString(templates.resolve("deferred_snake.html"), "{% for p in posts %}{{ p.pub_date.year }};{% endfor %}");
        dbs = Databases.fromUrl("sqlite:///" + templates.resolve("db.sqlite3"));
        dbs.run(() -> {
            try (SchemaEditor editor = dbs.defaultDatabase().schemaEditor()) {
                editor.createModel(Author.objects.meta());
                editor.createModel(Tag.objects.meta());
                editor.createModel(Post.objects.meta());
            }
            List<Author> authors = List.of(Author.objects.create("name", "ada"), Author.objects.create("name", "bob"));
            for (int i = 1; i <= 10; i++) {
                int n = i;
                Post.objects.create(p -> {
                    p.title = "Post " + n;
                    p.slug = "post-" + n;
                    p.author = Ref.to(authors.get(n % 2));
                    p.pubDate = LocalDate.of(2024, 1, n);
                    p.createdAt = Instant.parse("2024-01-01T12:00:00Z");
                });
            }
        });
    }

    private static HttpResponse authors(HttpRequest request, UnaryOperator<dev.quintet.db.models.QuerySet<Post>> shape) {
        return new HttpResponse(shape.apply(Post.objects.orderBy("id")).list().stream()
                .map(p -> p.author.get().name).collect(Collectors.joining(",")));
    }

    private static Settings.Builder site(boolean debug) {
        return Settings.builder().debug(debug).internalIps("127.0.0.1")
                .templates(TemplatesSettings.builder().dirs(templates).contextProcessors(ContextProcessors.debug()).build())
                .rootUrlconf(List.of(
                        path("loop/", r -> authors(r, qs -> qs)),
                        path("joined/", r -> authors(r, qs -> qs.selectRelated("author"))),
                        path("sql/", r -> Shortcuts.render(r, "sql.html", Map.of("n", Post.objects.count()))),
                        path("deferred/", r -> Shortcuts.render(r, "deferred.html",
                                Map.of("posts", Post.objects.only("slug").orderBy("id").slice(0, 2).list()))),
                        path("deferred-snake/", r -> Shortcuts.render(r, "deferred_snake.html",
                                Map.of("posts", Post.objects.only("slug").orderBy("id").slice(0, 2).list()))),
                        path("zone/", r -> new HttpResponse(Timezone.defaultZone().getId())),
                        path("naive/", r -> new HttpResponse(String.valueOf(
                                Post.objects.filter("createdAt__lt", LocalDateTime.of(2025, 1, 1, 0, 0)).count())))));
    }

    private static <R> R withLog(String logger, Function<ListAppender<ILoggingEvent>, R> body) {
        Logger log = (Logger) LoggerFactory.getLogger(logger);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try {
            return body.apply(appender);
        } finally {
            log.detachAppender(appender);
        }
    }

    /** name, settings, client strict, path, expected status, expected N+1 warnings, expected queries. */
    static Stream<Arguments> nPlusOne() {
        return Stream.of(
                Arguments.of("DEBUG loop over 10 posts warns once", site(true).build(), false, "/loop/", 200, 1, 11),
                Arguments.of("selectRelated does not warn", site(true).build(), false, "/joined/", 200, 0, 1),
                Arguments.of("threshold above the loop does not warn", site(true).nPlusOne(10, false).build(), false, "/loop/", 200, 0, 11),
                Arguments.of("threshold 0 turns it off", site(true).nPlusOne(0, false).build(), false, "/loop/", 200, 0, 11),
                Arguments.of("not in production", site(false).build(), false, "/loop/", 200, 0, 11),
                Arguments.of("strict settings answer a technical 500", site(true).nPlusOne(5, true).build(), false, "/loop/", 500, 0, 7),
                Arguments.of("strict client with selectRelated passes", site(true).build(), true, "/joined/", 200, 0, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void nPlusOne(String name, Settings settings, boolean strictClient, String path, int status, int warnings, int queries) {
        Client client = new Client(settings).nPlusOne(strictClient ? 5 : 0, strictClient);
        withLog("dev.quintet.db.nplusone", log -> {
            TestResponse response = dbs.call(() -> client.get(path));
            assertThat(response.status()).as(name).isEqualTo(status);
            assertThat(log.list).as(name + ": warnings").hasSize(warnings);
            assertThat(response.queries()).as(name + ": queries").hasSize(queries);
            if (warnings > 0) {
                assertThat(log.list.getFirst().getFormattedMessage()).contains("the same query ran 6 times from "
                        + QueriesPerRequestTest.class.getName() + ".lambda").contains("selectRelated()");
            }
            if (status == 500) {
                assertThat(response.content()).contains("Potential N+1 query");
            }
            return null;
        });
    }

    @Test
    void strictClientFailsTheTestEvenWhenTheSiteAnswersAPage() {
        Client client = new Client(site(true).build()).nPlusOne(5, true);
        assertThatThrownBy(() -> dbs.call(() -> client.get("/loop/")))
                .isInstanceOf(QueryLog.NPlusOneError.class).hasMessageContaining("selectRelated()");
        Client production = new Client(site(false).build()).nPlusOne(5, true);
        assertThatThrownBy(() -> dbs.call(() -> production.get("/loop/"))).isInstanceOf(QueryLog.NPlusOneError.class);
    }

    @Test
    void sqlQueriesListsTheQueriesSoFarInDebug() {
        TestResponse debug = dbs.call(() -> new Client(site(true).build()).get("/sql/"));
        assertThat(debug.content()).matches("10:\\[SELECT \\d+\\.\\d{3}]");
        assertThat(debug.queries()).hasSize(1);
        assertThat(debug.queries().getFirst().sql()).contains("COUNT(*)");
        TestResponse production = dbs.call(() -> new Client(site(false).build()).get("/sql/"));
        assertThat(production.content()).isEqualTo("10:");
    }

    @Test
    void deferredFieldsLoadWhenATemplateReadsThem() {
        TestResponse response = dbs.call(() -> new Client(site(false).build()).get("/deferred/"));
        assertThat(response.content()).isEqualTo("Post 1/post-1;Post 2/post-2;");
        assertThat(response.queries()).hasSize(3);
        assertThat(response.queries().get(1).sql()).contains("\"title\"").doesNotContain("\"slug\"");
    }

    @Test
    void aDeferredFieldReadByItsDjangoNameLoadsToo() {
        TestResponse response = dbs.call(() -> new Client(site(false).build()).get("/deferred-snake/"));
        assertThat(response.content()).isEqualTo("2024;2024;");
        assertThat(response.queries()).hasSize(3);
        assertThat(response.queries().get(1).sql()).contains("\"pub_date\"");
    }

    @Test
    void theSiteTimeZoneIsBoundPerRequest() {
        Settings paris = site(false).timeZone("Europe/Paris").build();
        assertThat(dbs.call(() -> new Client(paris).get("/zone/")).content()).isEqualTo("Europe/Paris");
        String naive = withLog("dev.quintet.db.timezone", log -> dbs.call(() -> new Client(paris).get("/naive/")).content()
                + "/" + log.list.size());
        assertThat(naive).isEqualTo("10/1");
        Settings strict = site(false).timeZone("Europe/Paris").strictNaiveDatetimes(true).build();
        assertThat(dbs.call(() -> new Client(strict).get("/naive/")).status()).isEqualTo(500);
    }
}
