package dev.quintet.contrib.staticfiles;

import dev.quintet.cli.Command;
import dev.quintet.cli.CommandContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code collectstatic}: copies the static files into {@code STATIC_ROOT} (hashed and with a
 * manifest under the manifest storage). Built into every site's command line.
 */
public final class CollectStaticCommand implements Command {
    @Override
    public String name() {
        return "collectstatic";
    }

    @Override
    public String help() {
        return "Collect static files in a single location.";
    }

    @Override
    public void configure(CommandSpec spec) {
    }

    @Override
    public int run(CommandContext context, ParseResult args) throws Exception {
        CollectStatic.Result result = CollectStatic.run(context.site().settings());
        int n = result.copied().size();
        context.out().println("\n" + n + " static file" + (n == 1 ? "" : "s") + " copied to '"
                + context.site().settings().staticFiles().root().toAbsolutePath() + "'"
                + (result.manifest().isEmpty() ? "." : ", " + n + " post-processed."));
        return 0;
    }
}
