package dev.quintet.cli;

import dev.quintet.core.checks.CheckMessage;
import dev.quintet.core.checks.Checks;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code check [--deploy] [--tag TAG]... [--list-tags] [--fail-level LEVEL]}: runs the system
 * checks and prints Django's report — on standard output when there is nothing to report, on
 * standard error otherwise; exit code 1 when an unsilenced issue is at the fail level or above.
 */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String help() {
        return "Checks the entire site for potential problems.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--deploy").arity("0").type(boolean.class)
                .description("Check deployment settings.").build());
        spec.addOption(OptionSpec.builder("-t", "--tag").paramLabel("TAG").type(String[].class)
                .description("Run only checks labeled with given tag.").build());
        spec.addOption(OptionSpec.builder("--list-tags").arity("0").type(boolean.class)
                .description("List available tags.").build());
        spec.addOption(OptionSpec.builder("--fail-level").paramLabel("LEVEL").type(CheckMessage.Level.class)
                .converters(text -> CheckMessage.Level.valueOf(text.toUpperCase(Locale.ROOT)))
                .description("Message level that will cause the command to exit with a non-zero status: "
                        + "CRITICAL, ERROR (default), WARNING, INFO, DEBUG.").build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        boolean deploy = args.matchedOptionValue("--deploy", false);
        Site site = context.site();
        if (args.matchedOptionValue("--list-tags", false)) {
            site.checks().tags(deploy).stream().sorted().forEach(context.out()::println);
            return 0;
        }
        List<String> tags = List.of(args.matchedOptionValue("--tag", new String[0]));
        CheckMessage.Level failLevel = args.matchedOptionValue("--fail-level", CheckMessage.Level.ERROR);
        return report(context, site.checks().run(site.settings(), deploy, tags), failLevel);
    }

    /** Prints Django's check report; returns 1 when it holds a serious issue, else 0. */
    static int report(CommandContext context, List<CheckMessage> messages, CheckMessage.Level failLevel) {
        Site site = context.site();
        String report = Checks.format(messages, site.settings(), failLevel, true);
        if (Checks.hasSerious(messages, site.settings(), failLevel)) {
            context.err().println(report);
            return 1;
        }
        boolean visible = messages.stream().anyMatch(m -> !Checks.isSilenced(m, site.settings()));
        (visible ? context.err() : context.out()).println(report);
        return 0;
    }
}
