package dev.quintet.benchmarks.tfb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.SchemaEditor;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database endpoints through the test client, on a SQLite copy of the TFB tables (the harness's
 * verifier checks the same endpoints on PostgreSQL): JSON shapes, the row counts the {@code queries}
 * rule gives, that {@code /updates} wrote what it returned, and the fortunes page's order and escaping.
 */
class TfbDatabaseTest {
    private static final List<String> MESSAGES = List.of(
            "fortune: No such file or directory",
            "A computer scientist is someone who fixes things that aren't broken.",
            "After enough decimal points, nobody gives a damn.",
            "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
            "A computer program does what you tell it to do, not what you want it to do.",
            "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
            "Any program that runs right is obsolete.",
            "A list is only as strong as its weakest link. — Donald Knuth",
            "Feature: A bug with seniority.",
            "Computers make very fast, very accurate mistakes.",
            "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
            "フレームワークのベンチマーク");

    private static Path file;
    private static Databases databases;
    private static Client client;

    @BeforeAll
    static void seed() throws Exception {
        file = Files.createTempFile("tfb-test", ".sqlite3");
        databases = Databases.of(Database.connect(Databases.DEFAULT, "sqlite:///" + file.toAbsolutePath()));
        Databases.install(databases);
        try (SchemaEditor ed = databases.defaultDatabase().schemaEditor()) {
            ed.createModel(World.objects.meta());
            ed.createModel(Fortune.objects.meta());
        }
        List<World> worlds = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            World w = new World();
            w.id = (long) i;
            w.randomNumber = (i * 7919) % 10_000 + 1;
            worlds.add(w);
        }
        World.objects.bulkCreate(worlds);
        List<Fortune> fortunes = new ArrayList<>();
        for (int i = 0; i < MESSAGES.size(); i++) {
            fortunes.add(new Fortune(i + 1, MESSAGES.get(i)));
        }
        Fortune.objects.bulkCreate(fortunes);
        client = new Client(TfbApp.settings(new TfbViews(TfbApp.templates()), "sqlite:///" + file.toAbsolutePath()));
    }

    @AfterAll
    static void drop() throws Exception {
        databases.close();
        Files.deleteIfExists(file);
    }

    @Test
    void dbAnswersOneStoredRow() {
        JsonNode world = json("/db");
        assertThat(World.objects.get("id", world.get("id").asLong()).randomNumber).isEqualTo(world.get("randomNumber").asInt());
    }

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("/queries?queries=20", 20),
                Arguments.of("/queries?queries=0", 1),
                Arguments.of("/queries?queries=foo", 1),
                Arguments.of("/queries", 1),
                Arguments.of("/queries?queries=501", 500),
                Arguments.of("/updates?queries=20", 20),
                Arguments.of("/updates?queries=foo", 1),
                Arguments.of("/updates?queries=501", 500));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void rowsAreStored(String path, int expected) {
        JsonNode rows = json(path);
        assertThat(rows.size()).isEqualTo(expected);
        for (JsonNode row : rows) {
            assertThat(World.objects.get("id", row.get("id").asLong()).randomNumber).isEqualTo(row.get("randomNumber").asInt());
        }
    }

    @Test
    void updatesChangeDistinctRowsInIdOrder() {
        List<Long> ids = new ArrayList<>();
        json("/updates?queries=50").forEach(row -> ids.add(row.get("id").asLong()));
        assertThat(ids).doesNotHaveDuplicates().isSorted().hasSize(50);
    }

    @Test
    void fortunesAreSortedAndEscaped() {
        TestResponse page = client.get("/fortunes");
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr><td>(\\d+)</td><td>(.*?)</td></tr>").matcher(page.content());
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2));
        }
        assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(rows).hasSize(13).startsWith(
                "11 &lt;script&gt;alert(&quot;This should not be displayed in a browser alert box.&quot;);&lt;/script&gt;",
                "4 A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1")
                .contains("0 Additional fortune added at request time.")
                .endsWith("1 fortune: No such file or directory", "12 フレームワークのベンチマーク");
    }

    private static JsonNode json(String path) {
        TestResponse r = client.get(path);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        return r.json();
    }
}
