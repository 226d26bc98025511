package dev.quintet.cli;

import dev.quintet.db.Database;
import dev.quintet.db.migrations.MigrationError;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

import java.util.List;
import java.util.Map;

/** {@code showmigrations [app]...}: lists each app's migrations, {@code [X]} applied, {@code [ ]} not. */
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
        try (Database db = MigrationSupport.database(context.site())) {
            Map<String, List<Map.Entry<String, Boolean>>> status = MigrationSupport.executor(context, db).status();
            for (String app : only) {
                if (!status.containsKey(app)) {
                    throw new CommandError("No migrations present for: " + app);
                }
            }
            status.forEach((app, migrations) -> {
                if (only.isEmpty() || only.contains(app)) {
                    context.out().println(app);
                    migrations.forEach(m -> context.out().println(" [" + (m.getValue() ? "X" : " ") + "] " + m.getKey()));
                }
            });
            context.out().flush();
            return 0;
        } catch (MigrationError e) {
            throw new CommandError(e.getMessage());
        }
    }
}
