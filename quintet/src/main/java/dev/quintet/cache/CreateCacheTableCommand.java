package dev.quintet.cache;

import dev.quintet.cli.Command;
import dev.quintet.cli.CommandContext;
import java.util.List;
import picocli.CommandLine.ParseResult;

/**
 * {@code createcachetable}: creates the table of every database cache in the site's
 * {@code CACHES} (Django's command of the same name); a table that exists is left as it is.
 */
public final class CreateCacheTableCommand implements Command {
    @Override
    public String name() {
        return "createcachetable";
    }

    @Override
    public String help() {
        return "Creates the tables needed to use the SQL cache backend.";
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        List<String> aliases = DatabaseCache.createTables(context.site().settings().cacheRegistry());
        if (aliases.isEmpty()) {
            context.out().println("No database cache in CACHES: nothing to create.");
        }
        for (String alias : aliases) {
            DatabaseCache cache = (DatabaseCache) context.site().settings().cacheRegistry().get(alias);
            context.out().println("Cache table '" + cache.table() + "' for CACHES['" + alias + "'] is ready.");
        }
        return 0;
    }
}
