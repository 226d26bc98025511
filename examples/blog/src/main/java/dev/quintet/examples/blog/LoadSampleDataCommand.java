package dev.quintet.examples.blog;

import dev.quintet.cli.Command;
import dev.quintet.cli.CommandContext;
import dev.quintet.db.Transaction;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code loadsampledata [--reset]}: fills the blog with its sample users, categories, tags, posts,
 * comments and likes (see {@link SampleData}). Does nothing when posts exist, unless
 * {@code --reset} removes the blog's rows and the sample users first.
 */
final class LoadSampleDataCommand implements Command {
    static final String NAME = "loadsampledata";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String help() {
        return "Fill the blog with sample users, categories, tags, posts, comments and likes (once).";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--reset").arity("0")
                .description("Delete the blog's posts, categories, tags and sample users first.").build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        boolean reset = args.hasMatchedOption("--reset");
        if (!reset && SampleData.loaded()) {
            context.out().println("Sample data: the blog already has posts; nothing loaded (use --reset to start over).");
            return 0;
        }
        Map<String, Integer> counts = Transaction.atomic(() -> {
            if (reset) {
                SampleData.reset();
            }
            return SampleData.load(context.site().settings());
        });
        context.out().println("Sample data loaded: " + counts + "; users " + SampleData.USERS
                + " have the password '" + SampleData.PASSWORD + "'.");
        return 0;
    }
}
