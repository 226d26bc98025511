package dev.quintet.cli;

import dev.quintet.cache.CreateCacheTableCommand;
import dev.quintet.contrib.auth.ChangePasswordCommand;
import dev.quintet.contrib.auth.CreateSuperuserCommand;
import dev.quintet.contrib.sessions.ClearSessionsCommand;
import dev.quintet.contrib.staticfiles.CollectStaticCommand;
import dev.quintet.db.OperationalError;
import dev.quintet.db.Timezone;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * A site's command line, Django's {@code manage.py}: {@code java -jar site.jar runserver},
 * {@code ... help}, and every command the site's apps register.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li>The built-in commands ({@code check}, {@code help}, {@code runserver}) and the site's own are collected
 *       by name; a site command may replace a built-in of the same name.</li>
 *   <li>picocli parses the arguments against the chosen command's declared spec; an unknown
 *       command or a bad argument prints a one-line error and the usage on standard error and
 *       exits with 2.</li>
 *   <li>The command runs; a {@link CommandError} prints {@code CommandError: message} and exits
 *       with 1, as does an {@code OperationalError} (a database that cannot be reached), printed as
 *       {@code OperationalError: message} without a stack trace.</li>
 * </ol>
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Quintet.main(Site.of("blog", settings), args);
 * }
 * }</pre>
 */
public final class Quintet {
    /** Exit code for usage errors: unknown command, bad argument. */
    public static final int USAGE_ERROR = 2;

    private Quintet() {
    }

    /**
     * Runs the command named in {@code args} and exits the JVM with its exit code. The process
     * environment's overrides ({@code QUINTET_SECRET_KEY}, {@code QUINTET_DEBUG},
     * {@code QUINTET_ALLOWED_HOSTS}, {@code DATABASE_URL}) are applied to the site's settings first.
     */
    public static void main(Site site, String... args) {
        Site configured = site.withEnvironment(System.getenv());
        // the process's ORM time zone (USE_TZ, TIME_ZONE) for commands; requests bind the same per request
        Timezone.install(configured.settings().ormTimezone());
        System.exit(execute(configured, System.out, System.err, args));
    }

    /** Runs the command named in {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(Site site, PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        try {
            return execute(site, outWriter, errWriter, args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int execute(Site site, PrintWriter out, PrintWriter err, String... args) {
        Map<String, Command> commands = commands(site);
        CommandLine root = commandLine(site, commands);
        CommandContext context = new CommandContext(site, out, err);
        if (args.length == 0) {
            out.print(HelpCommand.overview(site.name(), root));
            return 0;
        }
        if (!commands.containsKey(args[0])) {
            err.println("Unknown command: '" + args[0] + "'");
            err.print(HelpCommand.overview(site.name(), root));
            return USAGE_ERROR;
        }
        ParseResult parsed;
        try {
            parsed = root.parseArgs(args);
        } catch (ParameterException e) {
            CommandLine failing = e.getCommandLine();
            err.println(firstLine(e.getMessage()));
            err.print(failing == root ? HelpCommand.overview(site.name(), root) : failing.getUsageMessage());
            return USAGE_ERROR;
        }
        ParseResult sub = parsed.subcommand();
        if (sub.isUsageHelpRequested()) {
            out.print(sub.commandSpec().commandLine().getUsageMessage());
            return 0;
        }
        Command command = commands.get(sub.commandSpec().name());
        try {
            return command.run(context, sub);
        } catch (IllegalArgumentException e) {
            // a check tag or other argument only the command itself could validate
            err.println(e.getMessage());
            err.print(sub.commandSpec().commandLine().getUsageMessage());
            return USAGE_ERROR;
        } catch (CommandError e) {
            err.println("CommandError: " + e.getMessage());
            return 1;
        } catch (UsageError e) {
            err.println(e.getMessage());
            err.print(e.usage);
            return USAGE_ERROR;
        } catch (OperationalError e) {
            // the database is down, unreachable or refused us: the environment's fault, not a bug to trace
            err.println("OperationalError: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            throw new IllegalStateException("command " + command.name() + " failed", e);
        }
    }

    private static Map<String, Command> commands(Site site) {
        Map<String, Command> commands = new LinkedHashMap<>();
        List<Command> all = new ArrayList<>(List.of(new CheckCommand(), new HelpCommand(), new RunServerCommand(),
                new MakeMigrationsCommand(), new MigrateCommand(), new SqlMigrateCommand(), new ShowMigrationsCommand(),
                new CreateCacheTableCommand(), new ClearSessionsCommand(), new CreateSuperuserCommand(),
                new ChangePasswordCommand(), new CollectStaticCommand()));
        all.addAll(site.commands());
        for (Command command : all) {
            commands.put(command.name(), command);
        }
        return commands;
    }

    static CommandLine commandLine(Site site, Map<String, Command> commands) {
        CommandSpec rootSpec = CommandSpec.create().name(site.name());
        CommandLine root = new CommandLine(rootSpec);
        for (Command command : commands.values()) {
            CommandSpec spec = CommandSpec.create().name(command.name()).mixinStandardHelpOptions(true);
            spec.usageMessage().description(command.help());
            command.configure(spec);
            root.addSubcommand(command.name(), new CommandLine(spec));
        }
        return root;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A command found its arguments wrong after parsing: a one-line error and the usage, exit code 2. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String usage;

        UsageError(String message, String usage) {
            super(message);
            this.usage = usage;
        }
    }

    /** A positional parameter taking one optional word, for commands' specs. */
    static PositionalParamSpec optionalWord(String label, String description) {
        return PositionalParamSpec.builder().paramLabel(label).arity("0..1").type(String.class)
                .description(description).build();
    }
}
