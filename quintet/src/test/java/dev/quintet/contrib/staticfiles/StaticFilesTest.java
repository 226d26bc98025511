package dev.quintet.contrib.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.apps.App;
import dev.quintet.conf.Settings;
import dev.quintet.conf.StaticSettings;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.http.HttpResponse;
import dev.quintet.templates.TemplatesSettings;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import dev.quintet.urls.Urls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Serving (development and production), {@code collectstatic}'s manifest and {@code {% static %}}. */
class StaticFilesTest {
    private static final App BLOG = App.of("blog", "dev/quintet/views/blogapp");
    private static final String CSS = "body{color:red}\n";

    private static Settings.Builder site(boolean debug, StaticSettings statics) {
        return Settings.builder().debug(debug).installedApps(BLOG).staticFiles(statics)
                .middleware(StaticFilesMiddleware::new)
                .rootUrlconf(List.of(Urls.path("", request -> new HttpResponse("home"))));
    }

    private static String md5(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(content.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
    }

    static Stream<Arguments> traversal() {
        // name, path after the host, status
        return Stream.of(
                arguments("a file of an app", "/static/blog/css/app.css", 200),
                arguments("a missing file", "/static/blog/css/nope.css", 404),
                arguments("the folder itself", "/static/blog/css", 404),
                arguments("dot-dot out of the root", "/static/../templates/home.html", 404),
                arguments("dot-dot inside the root", "/static/blog/../blog/css/app.css", 404),
                arguments("dot segment", "/static/./blog/css/app.css", 404),
                arguments("empty segment (absolute name)", "/static//etc/passwd", 404),
                arguments("encoded slash left after decoding", "/static/blog%252Fcss%252Fapp.css", 404),
                arguments("encoded dots left after decoding", "/static/%252e%252e/x", 404),
                arguments("backslashes", "/static/blog\\css\\app.css", 404),
                arguments("drive letter", "/static/C:/windows/win.ini", 404),
                arguments("not under STATIC_URL: the site", "/", 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traversal")
    void development_serving_never_leaves_the_roots(String name, String path, int status) {
        Client client = new Client(site(true, StaticSettings.DEFAULTS).build());
        assertThat(client.get(path).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traversal")
    void the_urlpattern_view_refuses_the_same(String name, String path, int status) {
        Settings settings = Settings.builder().debug(true).installedApps(BLOG)
                .rootUrlconf(Stream.concat(StaticViews.urlpatterns(Settings.builder().debug(true).installedApps(BLOG)
                        .build()).stream(), Stream.of(Urls.path("", request -> new HttpResponse("home")))).toList())
                .build();
        assertThat(new Client(settings).get(path).status()).isEqualTo(status);
    }

    @Test
    void development_answers_type_last_modified_and_304() {
        Client client = new Client(site(true, StaticSettings.DEFAULTS).build());
        TestResponse first = client.get("/static/blog/css/app.css");
        assertThat(first.content()).isEqualTo(CSS);
        assertThat(first.header("Content-Type")).isEqualTo("text/css");
        assertThat(first.header("Last-Modified")).isNotNull();
        TestResponse again = client.request("GET", "/static/blog/css/app.css")
                .header("If-Modified-Since", first.header("Last-Modified")).send();
        assertThat(again.status()).isEqualTo(304);
        assertThat(client.post("/static/blog/css/app.css").status()).isEqualTo(405);
    }

    @Test
    void collectstatic_writes_hashed_copies_and_the_manifest(@TempDir Path root) throws Exception {
        Settings settings = site(false, StaticSettings.DEFAULTS.withRoot(root).withManifest(true)).build();
        CollectStatic.Result result = CollectStatic.run(settings);
        String hashed = "blog/css/app." + md5(CSS) + ".css";
        assertThat(result.manifest()).containsEntry("blog/css/app.css", hashed);
        assertThat(root.resolve("blog/css/app.css")).hasContent(CSS.strip());
        assertThat(root.resolve(hashed)).hasContent(CSS.strip());
        assertThat(Files.readString(root.resolve("staticfiles.json")))
                .contains("\"paths\":{\"blog/css/app.css\":\"" + hashed + "\"}").contains("\"version\":\"1.1\"");
    }

    @Test
    void collectstatic_rewrites_stylesheet_references_to_hashed_names(@TempDir Path assets, @TempDir Path root)
            throws Exception {
        Files.createDirectories(assets.resolve("css"));
        Files.createDirectories(assets.resolve("img"));
        Files.writeString(assets.resolve("img/logo.png"), "PNG");
        Files.writeString(assets.resolve("css/base.css"), "a{background:url(../img/logo.png)}");
        Files.writeString(assets.resolve("css/site.css"), "@import \"base.css\";\n"
                + "b{background:url(\"../img/logo.png?v=1#x\")}\n"
                + "c{background:url(data:image/png;base64,AAAA)}\n"
                + "d{background:url(/abs.png)} e{background:url('https://cdn.example/y.png')} f{mask:url(#m)}");
        StaticSettings statics = StaticSettings.DEFAULTS.withRoot(root).withDirs(assets).withManifest(true);
        CollectStatic.Result result = CollectStatic.run(site(false, statics).build());

        String logo = "img/logo." + md5("PNG") + ".png";
        String base = "a{background:url(../" + logo + ")}";
        String baseName = "css/base." + md5(base) + ".css";
        String site = "@import \"base." + md5(base) + ".css\";\n"
                + "b{background:url(\"../" + logo + "?v=1#x\")}\n"
                + "c{background:url(data:image/png;base64,AAAA)}\n"
                + "d{background:url(/abs.png)} e{background:url('https://cdn.example/y.png')} f{mask:url(#m)}";
        assertThat(result.manifest()).containsEntry("img/logo.png", logo).containsEntry("css/base.css", baseName)
                .containsEntry("css/site.css", "css/site." + md5(site) + ".css");
        assertThat(root.resolve(baseName)).hasContent(base);
        assertThat(Files.readString(root.resolve("css/site." + md5(site) + ".css"))).isEqualTo(site);
        assertThat(Files.readString(root.resolve("css/site.css"))).contains("url(\"../img/logo.png?v=1#x\")");
    }

    @Test
    void a_stylesheet_referencing_a_missing_file_fails(@TempDir Path assets, @TempDir Path root) throws Exception {
        Files.writeString(assets.resolve("broken.css"), "x{background:url(missing.png)}");
        StaticSettings statics = StaticSettings.DEFAULTS.withRoot(root).withDirs(assets).withManifest(true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CollectStatic.run(site(false, statics).build()))
                .hasMessage("The file 'missing.png' referenced from 'broken.css' could not be found");
    }

    static Stream<Arguments> hashedNames() {
        return Stream.of(
                arguments("css/app.css", "css/app.%s.css"),
                arguments("app.min.js", "app.min.%s.js"),
                arguments("fonts/LICENSE", "fonts/LICENSE.%s"),
                arguments("dir.v2/readme", "dir.v2/readme.%s"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashedNames")
    void hashed_names_as_django(String name, String pattern) throws Exception {
        assertThat(StaticFilesStorage.hashedName(name, CSS.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(pattern.formatted(md5(CSS)));
    }

    @Test
    void static_tag_emits_hashed_names_unless_debug(@TempDir Path root) throws Exception {
        StaticSettings statics = StaticSettings.DEFAULTS.withRoot(root).withManifest(true);
        CollectStatic.run(site(false, statics).build());
        String template = "{% load static %}{% static 'blog/css/app.css' %}";
        for (boolean debug : new boolean[] {false, true}) {
            SiteContext site = SiteContext.of(site(debug, statics).templates(TemplatesSettings.builder().build()).build());
            String url = site.call(null, () -> site.engine().fromString(template).render(Map.of()));
            assertThat(url).isEqualTo(debug ? "/static/blog/css/app.css" : "/static/blog/css/app." + md5(CSS) + ".css");
        }
    }

    @Test
    void production_serves_static_root_with_cache_headers_and_precompressed_files(@TempDir Path root)
            throws Exception {
        StaticSettings statics = StaticSettings.DEFAULTS.withRoot(root).withManifest(true);
        CollectStatic.run(site(false, statics).build());
        String hashed = "blog/css/app." + md5(CSS) + ".css";
        Files.write(root.resolve(hashed + ".gz"), new byte[] {31, -117, 8, 0});
        Client client = new Client(site(false, statics).build());

        TestResponse plain = client.get("/static/blog/css/app.css");
        assertThat(plain.header("Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(plain.content()).isEqualTo(CSS);

        TestResponse identity = client.get("/static/" + hashed);
        assertThat(identity.header("Cache-Control")).isEqualTo("max-age=31536000, immutable");
        assertThat(identity.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(identity.header("Content-Encoding")).isNull();
        assertThat(identity.content()).isEqualTo(CSS);

        TestResponse gzip = client.request("GET", "/static/" + hashed).header("Accept-Encoding", "br;q=0, gzip").send();
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.header("Content-Type")).isEqualTo("text/css");
        assertThat(gzip.bytes()).hasSize(4);

        assertThat(client.get("/static/staticfiles.json").status()).isEqualTo(404);
        assertThat(client.get("/static/../" + root.getFileName()).status()).isEqualTo(404);
    }

    @Test
    void production_without_static_root_leaves_requests_to_the_site() throws IOException {
        Client client = new Client(site(false, StaticSettings.DEFAULTS).build());
        assertThat(client.get("/static/blog/css/app.css").status()).isEqualTo(404);
        assertThat(client.get("/").content()).isEqualTo("home");
    }
}
