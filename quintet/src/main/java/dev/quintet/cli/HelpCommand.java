package dev.quintet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code help [command]}: the list of commands, or one command's usage.
 */
final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String help() {
        return "Shows the available commands, or a command's usage.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addPositional(Quintet.optionalWord("command", "The command to describe."));
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        String name = args.matchedPositionalValue(0, null);
        CommandLine root = args.commandSpec().parent().commandLine();
        if (name == null) {
            context.out().print(overview(context.site().name(), root));
            return 0;
        }
        CommandLine command = root.getSubcommands().get(name);
        if (command == null) {
            throw new Quintet.UsageError("Unknown command: '" + name + "'", overview(context.site().name(), root));
        }
        context.out().print(command.getUsageMessage());
        return 0;
    }

    /** The command list, printed for {@code help} and after an unknown command. */
    static String overview(String program, CommandLine root) {
        StringBuilder text = new StringBuilder(header(program));
        root.getSubcommands().forEach((n, line) -> text.append(String.format("    %-16s %s%n", n,
                String.join(" ", line.getCommandSpec().usageMessage().description()))));
        return text.toString();
    }

    private static String header(String program) {
        return String.format("Usage: %s <command> [options] [args]%n%n"
                + "Type '%s help <command>' for help on a specific command.%n%n"
                + "Available commands:%n", program, program);
    }
}
