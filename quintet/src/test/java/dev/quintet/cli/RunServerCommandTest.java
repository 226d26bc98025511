package dev.quintet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.http.HttpResponse;
import dev.quintet.server.QuintetServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunServerCommandTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'not in DEBUG: serves in this JVM', false", "'DEBUG with --noreload: serves in this JVM', true"})
    void servesTheSiteUntilStopped(String name, boolean debug) throws Exception {
        CompletableFuture<QuintetServer> started = new CompletableFuture<>();
        Site site = Site.of("blog", Settings.builder().debug(debug).allowedHosts("*").build(),
                        settings -> request -> new HttpResponse("served " + request.path(), "text/plain", 200))
                .withCommands(new RunServerCommand(started::complete));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Quintet.execute(site,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "runserver", "--noreload", "127.0.0.1:0"));
        QuintetServer server = started.get(10, TimeUnit.SECONDS);
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/x")).build(),
                    BodyHandlers.ofString()).body();
            assertThat(body).isEqualTo("served /x");
        }
        server.stop();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Starting server at http://127.0.0.1:" + server.port() + "/")
                .contains("Quit the server with CONTROL-C.")
                .doesNotContain("Watching for class changes");
    }

    @Test
    void portInUseIsACommandError() throws Exception {
        QuintetServer taken = QuintetServer.builder().view(r -> new HttpResponse("x")).port(0)
                .stopOnShutdown(false).build().start();
        try {
            Site site = Site.of("blog", Settings.builder().build(), settings -> request -> new HttpResponse("x"));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Quintet.execute(site, System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                    "runserver", String.valueOf(taken.port()));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("CommandError: Error: That port is already in use");
        } finally {
            taken.stop();
        }
    }

    @Test
    void anUnreachableDatabaseIsACommandErrorOnceTheServerListens() {
        try (Database db = Database.connect("default", "postgres://nobody@127.0.0.1:1/none",
                new Database.Options(1, Duration.ofMillis(300)))) {
            Site site = Site.of("blog", Settings.builder().build(), settings -> request -> new HttpResponse("x"));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Databases.of(db).call(() -> Quintet.execute(site, System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8), "runserver", "127.0.0.1:0"));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("CommandError: Error: Could not connect to database "
                    + "'default' (postgresql at jdbc:postgresql://127.0.0.1:1/none) within 300 ms");
        }
    }
}
