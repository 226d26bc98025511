package dev.quintet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.db.OperationalError;
import dev.quintet.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

class QuintetTest {
    /** An app's command: greets, or fails with a CommandError. */
    static final class GreetCommand implements Command {
        @Override
        public String name() {
            return "greet";
        }

        @Override
        public String help() {
            return "Says hello.";
        }

        @Override
        public void configure(CommandSpec spec) {
            spec.addOption(OptionSpec.builder("--name").paramLabel("NAME").type(String.class).build());
            spec.addPositional(Quintet.optionalWord("mood", "happy or broken"));
        }

        @Override
        public int run(CommandContext context, ParseResult args) {
            if ("broken".equals(args.matchedPositionalValue(0, ""))) {
                throw new CommandError("cannot greet");
            }
            if ("offline".equals(args.matchedPositionalValue(0, ""))) {
                throw new OperationalError("Could not connect to database 'default' (postgresql at jdbc:postgresql://127.0.0.1:5999/x)",
                        new java.net.ConnectException("Connection refused"));
            }
            context.out().println("Hello, " + args.matchedOptionValue("--name", "world") + "!");
            return 0;
        }
    }

    static final Site SITE = Site.of("blog", Settings.builder().build(), s -> r -> new HttpResponse("hi"))
            .withCommands(new GreetCommand());

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Quintet.execute(SITE, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> invocations() {
        return Stream.of(
                Arguments.of("no command lists the commands", new String[] {}, 0,
                        "Type 'blog help <command>' for help on a specific command.", ""),
                Arguments.of("help lists built-in and app commands", new String[] {"help"}, 0,
                        "    greet            Says hello.", ""),
                Arguments.of("help lists runserver", new String[] {"help"}, 0,
                        "    runserver        Starts a web server for the site.", ""),
                Arguments.of("help lists collectstatic (built in)", new String[] {"help"}, 0,
                        "    collectstatic    Collect static files in a single location.", ""),
                Arguments.of("help lists createsuperuser (built in)", new String[] {"help"}, 0,
                        "    createsuperuser  Used to create a superuser.", ""),
                Arguments.of("help lists createcachetable (built in)", new String[] {"help"}, 0,
                        "    createcachetable Creates the tables needed to use the SQL cache backend.", ""),
                Arguments.of("help of one command shows its usage", new String[] {"help", "runserver"}, 0,
                        "Usage: blog runserver [-hV] [--noreload] [addrport]", ""),
                Arguments.of("--help on a command", new String[] {"greet", "--help"}, 0,
                        "Usage: blog greet [-hV] [--name=NAME] [mood]", ""),
                Arguments.of("app command runs", new String[] {"greet"}, 0, "Hello, world!", ""),
                Arguments.of("app command reads its option", new String[] {"greet", "--name", "Ada"}, 0, "Hello, Ada!", ""),
                Arguments.of("CommandError exits 1", new String[] {"greet", "broken"}, 1, "", "CommandError: cannot greet"),
                Arguments.of("an unreachable database exits 1 with one line", new String[] {"greet", "offline"}, 1, "",
                        "OperationalError: Could not connect to database 'default' (postgresql at jdbc:postgresql://127.0.0.1:5999/x)\n"),
                Arguments.of("unknown command exits 2 with usage", new String[] {"frobnicate"}, 2, "",
                        "Unknown command: 'frobnicate'"),
                Arguments.of("unknown command's usage lists commands", new String[] {"frobnicate"}, 2, "",
                        "Available commands:"),
                Arguments.of("help of an unknown command exits 2", new String[] {"help", "nope"}, 2, "",
                        "Unknown command: 'nope'"),
                Arguments.of("unknown option exits 2 with the command's usage", new String[] {"greet", "--shout"}, 2, "",
                        "Usage: blog greet"),
                Arguments.of("bad addrport exits 2", new String[] {"runserver", "localhost:"}, 2, "",
                        "\"localhost:\" is not a valid port number or address:port pair."),
                Arguments.of("bad port exits 2", new String[] {"runserver", "99999"}, 2, "",
                        "\"99999\" is not a valid port number."),
                Arguments.of("check without issues", new String[] {"check"}, 0,
                        "System check identified no issues (0 silenced).", ""),
                Arguments.of("check --deploy reports warnings on stderr", new String[] {"check", "--deploy"}, 0,
                        "", "System check identified some issues:"),
                Arguments.of("check --fail-level WARNING fails on warnings",
                        new String[] {"check", "--deploy", "--fail-level", "warning"}, 1, "", "SystemCheckError: "),
                Arguments.of("check --list-tags --deploy", new String[] {"check", "--list-tags", "--deploy"}, 0,
                        "security", ""),
                Arguments.of("check with an unknown tag exits 2", new String[] {"check", "--tag", "nope"}, 2, "",
                        "There is no system check with the 'nope' tag."),
                Arguments.of("check with a bad fail level exits 2", new String[] {"check", "--fail-level", "LOUD"}, 2, "",
                        "Usage: blog check"),
                Arguments.of("too many arguments exits 2", new String[] {"runserver", "8000", "9000"}, 2, "",
                        "Usage: blog runserver"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invocations")
    void commandLine(String name, String[] args, int code, String out, String err) {
        Outcome outcome = run(args);
        assertThat(outcome.code()).as(outcome.toString()).isEqualTo(code);
        assertThat(outcome.out()).contains(out);
        assertThat(outcome.err()).contains(err);
        if (code == Quintet.USAGE_ERROR) {
            assertThat(outcome.err().lines().findFirst().orElseThrow()).doesNotContain("Usage");
        }
    }
}
