package dev.quintet.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.apps.App;
import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.RequestConfig;
import dev.quintet.middleware.Middleware;
import dev.quintet.template.TemplateDoesNotExist;
import dev.quintet.template.library.Library;
import dev.quintet.test.Client;
import dev.quintet.urls.Urls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code TEMPLATES} builds the site's engine: loaders, options, processors, lazy template responses. */
class TemplatesWiringTest {
    private static final App BLOG = App.of("blog", "dev/quintet/views/blogapp");

    private static Settings settings(boolean debug, TemplatesSettings templates) {
        return Settings.builder().debug(debug).installedApps(BLOG).templates(templates).build();
    }

    private static String render(Settings settings, String name, Map<String, ?> values) {
        SiteContext site = SiteContext.of(settings);
        return site.call(null, () -> Templates.renderToString(name, values, null)).strip();
    }

    static Stream<Arguments> loading() {
        // name, DIRS template (null: none), appDirs, expected
        return Stream.of(
                arguments("app folder", null, true, "About x on y"),
                arguments("DIRS before the apps", "From dirs {{ who }}", true, "From dirs x"),
                arguments("DIRS alone", "From dirs {{ who }}", false, "From dirs x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loading")
    void loaders_search_dirs_then_apps(String name, String dirTemplate, boolean appDirs, String expected,
            @TempDir Path dir) throws Exception {
        if (dirTemplate != null) {
            Files.writeString(dir.resolve("about.html"), dirTemplate);
        }
        TemplatesSettings templates = TemplatesSettings.builder().dirs(dir).appDirs(appDirs).build();
        assertThat(render(settings(false, templates), "about.html", Map.of("who", "x", "site", "y")))
                .isEqualTo(expected);
    }

    @Test
    void without_app_dirs_app_templates_are_not_found() {
        TemplatesSettings templates = TemplatesSettings.builder().appDirs(false).build();
        assertThatThrownBy(() -> render(settings(false, templates), "about.html", Map.of()))
                .isInstanceOf(TemplateDoesNotExist.class);
    }

    @Test
    void without_templates_rendering_is_a_configuration_error() {
        Settings settings = Settings.builder().build();
        assertThatThrownBy(() -> render(settings, "about.html", Map.of())).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("templates(...)");
    }

    static Stream<Arguments> caching() {
        // name, DEBUG, engine debug option (null: follow DEBUG), sees the edit
        return Stream.of(
                arguments("DEBUG re-reads changed templates", true, null, true),
                arguments("production caches compiled templates", false, null, false),
                arguments("explicit debug option wins over DEBUG", false, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caching")
    void cached_loader_unless_debug(String name, boolean debug, Boolean option, boolean seesEdit, @TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), "one");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        TemplatesSettings.Builder b = TemplatesSettings.builder().dirs(dir);
        if (option != null) {
            b.debug(option);
        }
        SiteContext site = SiteContext.of(settings(debug, b.build()));
        assertThat(site.call(null, () -> Templates.renderToString("page.html", Map.of(), null))).isEqualTo("one");
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-06-01T00:00:00Z")));
        assertThat(site.call(null, () -> Templates.renderToString("page.html", Map.of(), null)))
                .isEqualTo(seesEdit ? "two" : "one");
    }

    static Stream<Arguments> options() {
        // name, options, template, expected
        Library shout = new Library().filter("shout", (value, arg, ctx) -> String.valueOf(value).toUpperCase());
        return Stream.of(
                arguments("autoescape on", TemplatesSettings.builder().build(), "{{ v }}", "&lt;b&gt;"),
                arguments("autoescape off", TemplatesSettings.builder().autoescape(false).build(), "{{ v }}", "<b>"),
                arguments("stringIfInvalid", TemplatesSettings.builder().stringIfInvalid("?%s?").build(),
                        "{{ missing }}", "?missing?"),
                arguments("builtins", TemplatesSettings.builder().builtins(shout).build(), "{{ 'a'|shout }}", "A"),
                arguments("libraries", TemplatesSettings.builder().library("loud", shout).build(),
                        "{% load loud %}{{ 'b'|shout }}", "B"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void engine_options(String name, TemplatesSettings templates, String source, String expected) {
        SiteContext site = SiteContext.of(settings(false, templates));
        assertThat(site.call(null, () -> site.engine().fromString(source).render(Map.of("v", "<b>"))))
                .isEqualTo(expected);
    }

    @Test
    void context_processors_run_for_requests_below_the_view_variables() {
        TemplatesSettings templates = TemplatesSettings.builder()
                .contextProcessors(request -> Map.of("a", "processor", "b", "processor"), ContextProcessors.request())
                .build();
        Settings settings = Settings.builder().installedApps(BLOG).templates(templates)
                .rootUrlconf(List.of(Urls.path("p/", request -> new TemplateResponse(request,
                        site().engine().fromString("{{ a }} {{ b }} {{ request.path }}"), Map.of("b", "view")))))
                .build();
        assertThat(new Client(settings).get("/p/").content()).isEqualTo("processor view /p/");
    }

    @Test
    void the_csrf_processor_of_the_csrf_middleware_plugs_in() {
        TemplatesSettings templates = TemplatesSettings.builder().contextProcessors(ContextProcessors.csrf()).build();
        Settings settings = Settings.builder().secretKey("k".repeat(50)).installedApps(BLOG).templates(templates)
                .rootUrlconf(List.of(Urls.path("p/", request -> new TemplateResponse(request,
                        site().engine().fromString("<form>{% csrf_token %}</form>"), Map.of()))))
                .build();
        assertThat(new Client(settings).get("/p/").content())
                .matches("<form><input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"[A-Za-z0-9]{64}\"></form>");
    }

    static Stream<Arguments> processors() {
        // name, DEBUG, INTERNAL_IPS, processor, template, expected
        return Stream.of(
                arguments("debug for an internal address", true, "127.0.0.1", ContextProcessors.debug(),
                        "{{ debug }}", "True"),
                arguments("no debug for another address", true, "10.0.0.1", ContextProcessors.debug(),
                        "{{ debug }}", ""),
                arguments("no debug without DEBUG", false, "127.0.0.1", ContextProcessors.debug(),
                        "{{ debug }}", ""),
                arguments("STATIC_URL", false, "", ContextProcessors.staticFiles(), "{{ STATIC_URL }}", "/static/"),
                arguments("MEDIA_URL", false, "", ContextProcessors.media(), "{{ MEDIA_URL }}", "/media/"),
                arguments("TIME_ZONE", false, "", ContextProcessors.tz(), "{{ TIME_ZONE }}", "Europe/Paris"),
                arguments("request", false, "", ContextProcessors.request(), "{{ request.path }}", "/x/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processors")
    void built_in_processors(String name, boolean debug, String internalIp, ContextProcessor processor,
            String source, String expected) {
        Settings settings = Settings.builder().debug(debug).internalIps(internalIp).timeZone("Europe/Paris")
                .staticFiles(dev.quintet.conf.StaticSettings.DEFAULTS.withMedia("/media/", null))
                .templates(TemplatesSettings.builder().contextProcessors(processor).build()).build();
        SiteContext site = SiteContext.of(settings);
        HttpRequest request = HttpRequest.builder(RequestConfig.defaults(List.of())).path("/x/")
                .remoteAddr("127.0.0.1").build();
        assertThat(site.call(request, () -> Templates.renderToString(site.engine().fromString(source), Map.of(),
                request))).isEqualTo(expected);
    }

    @Test
    void the_messages_processor_plugs_in() {
        TemplatesSettings templates = TemplatesSettings.builder().contextProcessors(ContextProcessors.messages()).build();
        SiteContext site = SiteContext.of(settings(false, templates));
        HttpRequest request = HttpRequest.builder(RequestConfig.defaults(List.of())).build();
        assertThat(site.call(request, () -> Templates.renderToString(
                site.engine().fromString("{{ DEFAULT_MESSAGE_LEVELS.ERROR }}"), Map.of(), request))).isEqualTo("40");
    }

    private static SiteContext site() {
        return SiteContext.current();
    }

    @Test
    void template_responses_render_after_process_template_response() {
        Middleware.Factory swap = s -> new Middleware() {
            @Override
            public HttpResponse handle(HttpRequest request, dev.quintet.http.View next) throws Exception {
                return next.handle(request);
            }

            @Override
            public HttpResponse processTemplateResponse(HttpRequest request, HttpResponse response) {
                TemplateResponse tr = (TemplateResponse) response;
                assertThat(tr.isRendered()).isFalse();
                tr.contextData().put("site", "changed");
                return tr;
            }
        };
        Settings settings = Settings.builder().installedApps(BLOG).middleware(swap)
                .templates(TemplatesSettings.builder().build())
                .rootUrlconf(List.of(Urls.path("p/", request -> new TemplateResponse(request, "about.html",
                        Map.of("who", "me", "site", "original")))))
                .build();
        assertThat(new Client(settings).get("/p/").content().strip()).isEqualTo("About me on changed");
    }

    @Test
    void content_is_unreadable_before_rendering() {
        TemplateResponse response = new TemplateResponse(
                HttpRequest.builder(RequestConfig.defaults(List.of())).build(), "x.html", Map.of());
        assertThatThrownBy(response::content).isInstanceOf(IllegalStateException.class)
                .hasMessage("The response content must be rendered before it can be accessed.");
    }
}
