package dev.quintet.contrib.sessions;

import dev.quintet.cli.Command;
import dev.quintet.cli.CommandContext;
import picocli.CommandLine.ParseResult;

/**
 * {@code clearsessions}: deletes expired sessions from the store {@code SESSION_ENGINE} names
 * (nothing to do for caches, which expire on their own, and signed cookies). It is
 * built into every site's command line; run it daily from cron.
 */
public final class ClearSessionsCommand implements Command {
    @Override
    public String name() {
        return "clearsessions";
    }

    @Override
    public String help() {
        return "Can be run as a cronjob or directly to clean out expired sessions from the database.";
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        context.site().settings().sessions().engine().clearExpired(context.site().settings());
        return 0;
    }
}
