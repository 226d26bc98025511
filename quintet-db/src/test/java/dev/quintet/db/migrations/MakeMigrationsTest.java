package dev.quintet.db.migrations;

import dev.quintet.db.models.BigAutoField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.TextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * makemigrations' options as a table, against an app with one applied-in-source migration: what is printed, what is
 * returned and which files are written ({@code --empty}, {@code --dry-run}, {@code --check}, {@code -n}, the
 * live-database warnings).
 */
class MakeMigrationsTest {
    static final ModelState POST = ModelState.of("blog", "post", List.of(BigAutoField.of().named("id"), CharField.maxLength(20).named("title")));
    static final MigrationIndex INDEX = () -> List.of(new Migration("blog", "0001_initial", List.of(), List.of(new CreateModel(POST))));

    record Outcome(List<MakeMigrations.Result> results, String out, Path dir) {
        List<String> files() throws Exception {
            if (!Files.exists(dir)) {
                return List.of();
            }
            try (Stream<Path> s = Files.list(dir)) {
                return s.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }
    }

    static Outcome run(ModelState now, MakeMigrations.Options options) throws Exception {
        Path src = Files.createTempDirectory("quintet-makemigrations");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        MakeMigrations m = new MakeMigrations(List.of(new MakeMigrations.AppInfo("blog", List.of(now), INDEX, src, "blog.migrations")),
                Questioner.nonInteractive(Map.of()), new PrintWriter(buf, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-01-02T03:04:00Z"), ZoneOffset.UTC));
        List<MakeMigrations.Result> results = m.run(options);
        return new Outcome(results, buf.toString(StandardCharsets.UTF_8), src.resolve("blog/migrations"));
    }

    static MakeMigrations.Options options(boolean dryRun, boolean check, boolean empty, String name) {
        return new MakeMigrations.Options(Set.of("blog"), dryRun, check, empty, name);
    }

    static Stream<Arguments> cases() {
        ModelState slug = POST.plusField(CharField.maxLength(20).nullable().unique().named("slug"));
        return Stream.of(
                arguments("no change", POST, options(false, false, false, null), List.of(), List.of("No changes detected in app 'blog'")),
                arguments("--empty writes an empty migration", POST, options(false, false, true, null),
                        List.of("M0002_auto_20260102_0304.java", "Migrations.java"), List.of("Migrations for 'blog':")),
                arguments("--empty -n names it", POST, options(false, false, true, "fill_slugs"),
                        List.of("M0002_fill_slugs.java", "Migrations.java"), List.of("M0002_fill_slugs.java")),
                arguments("a change is written", slug, options(false, false, false, null),
                        List.of("M0002_post_slug.java", "Migrations.java"), List.of("- Add field slug to post")),
                arguments("--dry-run prints the source and writes nothing", slug, options(true, false, false, null), List.of(),
                        List.of("public final class M0002_post_slug extends Migration", "CharField.maxLength(20).nullable().unique()")),
                arguments("--check writes nothing", slug, options(false, true, false, null), List.of(), List.of("- Add field slug to post")),
                arguments("a unique column warns about the index build", slug, options(true, false, false, null), List.of(),
                        List.of("WARNING blog.post.slug: the index on the new column is built while writes are blocked")),
                arguments("a column with a constant default needs no question", POST.plusField(TextField.of().withDefault("").named("body")),
                        options(true, false, false, null), List.of(), List.of("new AddField(\"post\", \"body\", TextField.of().withDefault(\"\"))")),
                arguments("a type change warns", POST.replaceField("title", IntegerField.of().named("title")), options(true, false, false, null),
                        List.of(), List.of("WARNING blog.post.title: changing the column type in place")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runs(String name, ModelState now, MakeMigrations.Options options, List<String> files, List<String> output) throws Exception {
        Outcome o = run(now, options);
        assertThat(o.files()).containsExactlyElementsOf(files);
        assertThat(o.out()).contains(output);
        if (options.empty()) {
            assertThat(o.results()).singleElement().satisfies(r -> assertThat(r.migration().operations()).isEmpty());
            assertThat(o.results().getFirst().source()).contains("dep(\"blog\", \"0001_initial\")");
        }
    }

    @org.junit.jupiter.api.Test
    void emptyNeedsAnApp() {
        assertThatThrownBy(() -> run(POST, new MakeMigrations.Options(Set.of("shop"), false, false, true, null)))
                .isInstanceOf(MigrationError.class).hasMessage("App 'shop' could not be found. Is it in installed apps?");
    }
}
