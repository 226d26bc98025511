package dev.quintet.cli;

import dev.quintet.cli.internal.AddrPort;
import dev.quintet.cli.internal.ClassChangeWatcher;
import dev.quintet.cli.internal.Reloader;
import dev.quintet.conf.ServerSettings;
import dev.quintet.core.checks.CheckMessage;
import dev.quintet.db.Databases;
import dev.quintet.db.OperationalError;
import dev.quintet.server.QuintetServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code runserver [addrport]}: serves the site with the embedded server until stopped (CONTROL-C
 * or SIGTERM stop it gracefully) after running the system checks. The address defaults to the
 * settings' server address ({@code 127.0.0.1:8000} unless changed); {@code 8080},
 * {@code 0.0.0.0:8080}, {@code 0:8080} and {@code [::1]:8000} are accepted, as in Django.
 *
 * <p>In DEBUG, unless {@code --noreload} is given, the command supervises a copy of itself running
 * in a child JVM and restarts it whenever a file in a class-path directory ({@code target/classes},
 * resources) changes: recompile in the IDE and the next request sees the new code.
 */
public final class RunServerCommand implements Command {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("MMMM dd, yyyy - HH:mm:ss", Locale.ENGLISH);

    private final Consumer<QuintetServer> onStarted;

    /** The command as the command line registers it. */
    public RunServerCommand() {
        this(server -> {
        });
    }

    /** A command that also hands the started server to {@code onStarted} (for embedding and tests). */
    public RunServerCommand(Consumer<QuintetServer> onStarted) {
        this.onStarted = onStarted;
    }

    @Override
    public String name() {
        return "runserver";
    }

    @Override
    public String help() {
        return "Starts a web server for the site.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--noreload").arity("0").type(boolean.class)
                .description("Do not restart the server when classes change (in DEBUG it does by default).").build());
        spec.addPositional(PositionalParamSpec.builder()
                .paramLabel("addrport")
                .arity("0..1")
                .type(AddrPort.class)
                .converters(AddrPort::parse)
                .description("Optional port number, or ipaddr:port (default 127.0.0.1:8000).")
                .build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) throws Exception {
        Site site = context.site();
        ServerSettings configured = site.settings().server();
        AddrPort addr = args.matchedPositionalValue(0,
                new AddrPort(configured.host(), configured.port(), configured.host().contains(":")));
        PrintWriter out = context.out();
        boolean reload = site.settings().debug() && !args.matchedOptionValue("--noreload", false);
        if (reload && !Reloader.isChild()) {
            Optional<Reloader.Launcher> self = Reloader.selfLauncher();
            if (self.isPresent()) {
                out.println("Watching for class changes in the class path's directories");
                out.flush();
                return Reloader.supervise(self.get(), out);
            }
            context.err().println("Cannot re-run this JVM's command line: serving without auto-reload.");
        }
        out.println("Performing system checks...");
        out.println();
        out.flush();
        if (CheckCommand.report(context, site.checks().run(site.settings(), false, List.of()),
                CheckMessage.Level.ERROR) != 0) {
            return 1;
        }
        QuintetServer server = QuintetServer.builder()
                .view(site.handler())
                .settings(site.settings())
                .host(addr.host())
                .port(addr.port())
                .build();
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw new CommandError("Error: " + reason(e) + " (" + addr + ")", e);
        }
        try {
            // the pools connect in the background while the site and the server start; an unreachable one stops here
            Databases.ensureConnections();
        } catch (OperationalError e) {
            server.stop();
            throw new CommandError("Error: " + e.getMessage(), e);
        }
        out.println();
        out.println(ZonedDateTime.now().format(STARTED));
        out.println("Quintet, using settings of '" + site.name() + "'" + (site.settings().debug() ? " (DEBUG)" : ""));
        out.println("Starting server at http://" + addr.urlHost() + ":" + server.port() + "/");
        out.println("Quit the server with CONTROL-C.");
        out.flush();
        onStarted.accept(server);
        if (reload && Reloader.isChild()) {
            watchForChanges(server, out);
        }
        server.join();
        return 0;
    }

    /** In the reloader's child: once a class or resource changes, stop and ask the parent for a restart. */
    private static void watchForChanges(QuintetServer server, PrintWriter out) throws java.io.IOException {
        List<Path> roots = ClassChangeWatcher.directories(System.getProperty("java.class.path", ""));
        ClassChangeWatcher.start(roots, Duration.ofMillis(300), changed -> {
            out.println(changed + " changed, reloading.");
            out.flush();
            try {
                server.stop();
            } catch (Exception e) {
                out.println("Stopping the server failed: " + e);
            }
            System.exit(Reloader.RELOAD_EXIT_CODE);
        });
    }

    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return "That port is already in use or the address is not available.";
            }
        }
        return String.valueOf(failure.getMessage());
    }
}
