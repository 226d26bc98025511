package dev.quintet.contrib.auth;

import dev.quintet.cli.Command;
import dev.quintet.cli.CommandContext;
import dev.quintet.cli.CommandError;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.password.PasswordValidation;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code createsuperuser}: Django's command for the built-in {@link User}. Interactive at a
 * terminal (username, email, password twice, validated); with {@code --noinput} it takes
 * {@code --username}/{@code --email} or {@code QUINTET_SUPERUSER_USERNAME},
 * {@code QUINTET_SUPERUSER_EMAIL} and {@code QUINTET_SUPERUSER_PASSWORD} (without a password
 * the user gets an unusable one).
 */
public final class CreateSuperuserCommand implements Command {
    private final Map<String, String> env;
    private final Supplier<Prompt> prompt;

    /** Reading the process environment and the terminal. */
    public CreateSuperuserCommand() {
        this(System.getenv(), Prompt::console);
    }

    /** With an environment and a prompt (tests). */
    public CreateSuperuserCommand(Map<String, String> env, Supplier<Prompt> prompt) {
        this.env = env;
        this.prompt = prompt;
    }

    @Override
    public String name() {
        return "createsuperuser";
    }

    @Override
    public String help() {
        return "Used to create a superuser.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--username").paramLabel("USERNAME").type(String.class)
                .description("Specifies the login for the superuser.").build());
        spec.addOption(OptionSpec.builder("--email").paramLabel("EMAIL").type(String.class)
                .description("Specifies the email for the superuser.").build());
        spec.addOption(OptionSpec.builder("--noinput", "--no-input").arity("0")
                .description("Do NOT prompt the user for input of any kind.").build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        Settings settings = context.site().settings();
        String username = args.matchedOptionValue("--username", env.get("QUINTET_SUPERUSER_USERNAME"));
        String email = args.matchedOptionValue("--email", env.getOrDefault("QUINTET_SUPERUSER_EMAIL", ""));
        if (args.hasMatchedOption("--noinput")) {
            if (username == null || username.isBlank()) {
                throw new CommandError("You must use --username with --noinput.");
            }
            checkFree(username);
            Users.createSuperuser(settings, username, email, env.get("QUINTET_SUPERUSER_PASSWORD"));
            context.out().println("Superuser created successfully.");
            return 0;
        }
        Prompt in = prompt.get();
        if (in == null) {
            context.out().println("Superuser creation skipped due to not running in a TTY. You can run "
                    + "`createsuperuser` in your project to create one manually.");
            return 0;
        }
        while (username == null || username.isBlank()) {
            username = in.ask("Username: ", false);
            if (username == null) {
                throw new CommandError("Operation cancelled.");
            }
            if (User.objects.filter("username", username).exists()) {
                context.err().println("Error: That username is already taken.");
                username = null;
            }
        }
        checkFree(username);
        if (email.isEmpty()) {
            String answer = in.ask("Email address: ", false);
            email = answer == null ? "" : answer;
        }
        String password = askPassword(context, in, username, email, settings);
        Users.createSuperuser(settings, username, email, password);
        context.out().println("Superuser created successfully.");
        return 0;
    }

    private static void checkFree(String username) {
        if (User.objects.filter("username", username).exists()) {
            throw new CommandError("Error: That username is already taken.");
        }
    }

    private static String askPassword(CommandContext context, Prompt in, String username, String email, Settings settings) {
        while (true) {
            String p1 = in.ask("Password: ", true);
            String p2 = in.ask("Password (again): ", true);
            if (p1 == null || p2 == null) {
                throw new CommandError("Operation cancelled.");
            }
            if (!p1.equals(p2)) {
                context.err().println("Error: Your passwords didn't match.");
                continue;
            }
            if (p1.isBlank()) {
                context.err().println("Error: Blank passwords aren't allowed.");
                continue;
            }
            User candidate = new User();
            candidate.username = username;
            candidate.email = email;
            List<String> problems = PasswordValidation.problems(p1, candidate, settings.auth().validators());
            if (!problems.isEmpty()) {
                problems.forEach(p -> context.err().println(p));
                String bypass = in.ask("Bypass password validation and create user anyway? [y/N]: ", false);
                if (bypass == null || !bypass.strip().equalsIgnoreCase("y")) {
                    continue;
                }
            }
            return p1;
        }
    }
}
