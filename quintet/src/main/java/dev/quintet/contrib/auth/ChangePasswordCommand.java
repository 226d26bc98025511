package dev.quintet.contrib.auth;

import dev.quintet.cli.Command;
import dev.quintet.cli.CommandContext;
import dev.quintet.cli.CommandError;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.password.PasswordValidation;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code changepassword [username]}: Django's command. Asks twice for the new password (three
 * attempts), validates it with {@code AUTH_PASSWORD_VALIDATORS} and saves it.
 */
public final class ChangePasswordCommand implements Command {
    private static final int MAX_TRIES = 3;
    private final Supplier<Prompt> prompt;

    /** Reading the terminal. */
    public ChangePasswordCommand() {
        this(Prompt::console);
    }

    /** With a prompt (tests). */
    public ChangePasswordCommand(Supplier<Prompt> prompt) {
        this.prompt = prompt;
    }

    @Override
    public String name() {
        return "changepassword";
    }

    @Override
    public String help() {
        return "Change a user's password for django.contrib.auth.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().paramLabel("username").arity("0..1").type(String.class)
                .description("Username to change password for; by default, it's the current username.").build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        Settings settings = context.site().settings();
        String given = args.matchedPositionalValue(0, null);
        String username = given == null ? System.getProperty("user.name") : given;
        User user = User.objects.filter("username", username).first()
                .orElseThrow(() -> new CommandError("user '" + username + "' does not exist"));
        Prompt in = prompt.get();
        if (in == null) {
            throw new CommandError("changepassword needs a terminal to ask for the password.");
        }
        context.out().println("Changing password for user '" + username + "'");
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            String p1 = in.ask("Password: ", true);
            String p2 = in.ask("Password (again): ", true);
            if (p1 == null || p2 == null) {
                throw new CommandError("Operation cancelled.");
            }
            if (!p1.equals(p2)) {
                context.out().println("Passwords do not match. Please try again.");
                continue;
            }
            List<String> problems = PasswordValidation.problems(p1, user, settings.auth().validators());
            if (!problems.isEmpty()) {
                context.err().println(String.join("\n", problems));
                continue;
            }
            user.setPassword(p1, settings.auth().hashers());
            user.save("password");
            context.out().println("Password changed successfully for user '" + username + "'");
            return 0;
        }
        throw new CommandError("Aborting password change for user '" + username + "' after " + MAX_TRIES + " attempts");
    }
}
