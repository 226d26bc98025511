package dev.quintet.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * A site command, Django's {@code BaseCommand}: {@code runserver}, {@code migrate}, an app's own.
 * Commands are registered explicitly on the {@link Site} (no scanning); each declares its
 * arguments on a picocli {@link CommandSpec} and reads them back from the {@link ParseResult}.
 *
 * <pre>{@code
 * final class ClearCacheCommand implements Command {
 *     public String name() { return "clearcache"; }
 *     public String help() { return "Empty the cache."; }
 *     public void configure(CommandSpec spec) {
 *         spec.addOption(OptionSpec.builder("--alias").paramLabel("NAME").type(String.class).build());
 *     }
 *     public int run(CommandContext context, ParseResult args) {
 *         String alias = args.matchedOptionValue("--alias", "default");
 *         context.out().println("Cleared " + alias);
 *         return 0;
 *     }
 * }
 * }</pre>
 *
 * <p>Argument errors found by picocli are reported with the usage and exit code 2; a command
 * reports its own failure by throwing {@link CommandError} (exit code 1) or returning non-zero.
 */
public interface Command {

    /** The name typed on the command line: {@code runserver}. */
    String name();

    /** One line saying what the command does, shown by {@code help}. */
    String help();

    /** Declares the command's options and positional parameters; none by default. */
    default void configure(CommandSpec spec) {
    }

    /** Runs the command with its parsed arguments; returns the exit code. */
    int run(CommandContext context, ParseResult args) throws Exception;
}
