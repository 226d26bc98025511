package dev.quintet.cli;

import dev.quintet.db.Database;
import dev.quintet.db.migrations.MigrationError;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code showmigrations [app]...}: lists each installed app's migrations, {@code [X]} applied, {@code [ ]} not, and
 * {@code (no migrations)} under an app that has none.
 */
final class ShowMigrationsCommand implements Command {
    @Override
    public String name() {
        return "showmigrations";
    }

    @Override
    public String help() {
        return "Shows all available migrations for the current project.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().paramLabel("APP").arity("0..*").type(String[].class)
                .description("App labels of applications to limit the output to.").build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        List<String> only = List.of(args.matchedPositionalValue(0, new String[0]));
        Set<String> installed = new TreeSet<>();
        MigrationSupport.apps(context.site()).forEach(a -> installed.add(a.label()));
        for (String app : only) {
            if (!installed.contains(app)) {
                throw new CommandError("No installed app with label '" + app + "'.");
            }
        }
        try (Database db = MigrationSupport.database(context.site())) {
            Map<String, List<Map.Entry<String, Boolean>>> status = MigrationSupport.executor(context, db).status();
            // as Django: the named apps in the given order, else every installed app alphabetically
            for (String app : only.isEmpty() ? List.copyOf(installed) : only) {
                context.out().println(app);
                List<Map.Entry<String, Boolean>> migrations = status.getOrDefault(app, List.of());
                if (migrations.isEmpty()) {
                    context.out().println(" (no migrations)");
                }
                migrations.forEach(m -> context.out().println(" [" + (m.getValue() ? "X" : " ") + "] " + m.getKey()));
            }
            context.out().flush();
            return 0;
        } catch (MigrationError e) {
            throw new CommandError(e.getMessage());
        }
    }
}
