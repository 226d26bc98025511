package dev.quintet.cli;

import dev.quintet.db.Database;
import dev.quintet.db.migrations.MigrationError;
import dev.quintet.db.migrations.MigrationExecutor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code migrate [app] [target] [--fake] [--fake-initial] [--plan]}: applies unapplied migrations in dependency
 * order, or unapplies down to {@code target} ({@code migrate blog 0001}, {@code migrate blog zero}). Then, as
 * Django's {@code post_migrate} handler, creates the missing add/change/delete/view permissions of every model
 * of the site when the database has the permission and content type tables.
 */
final class MigrateCommand implements Command {
    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String help() {
        return "Updates database schema. Manages both apps with migrations and those without.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().index("0").paramLabel("APP").arity("0..1").type(String.class)
                .description("App label of an application to synchronize the state.").build());
        spec.addPositional(PositionalParamSpec.builder().index("1").paramLabel("MIGRATION").arity("0..1").type(String.class)
                .description("Database state will be brought to the state after that migration. Use the name \"zero\" to unapply all migrations.").build());
        spec.addOption(OptionSpec.builder("--fake").arity("0").type(boolean.class)
                .description("Mark migrations as run without actually running them.").build());
        spec.addOption(OptionSpec.builder("--fake-initial").arity("0").type(boolean.class)
                .description("Detect if tables already exist and fake-apply initial migrations if so.").build());
        spec.addOption(OptionSpec.builder("--plan").arity("0").type(boolean.class)
                .description("Shows a list of the migration actions that will be performed.").build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        String app = args.matchedPositionalValue(0, null);
        String target = args.matchedPositionalValue(1, null);
        try (Database db = MigrationSupport.database(context.site())) {
            boolean plan = args.matchedOptionValue("--plan", false);
            MigrationSupport.executor(context, db).migrate(app, target, new MigrationExecutor.Options(
                    args.matchedOptionValue("--fake", false), args.matchedOptionValue("--fake-initial", false), plan));
            if (!plan) {
                MigrationSupport.createPermissions(context.site(), db);
            }
            return 0;
        } catch (MigrationError e) {
            context.out().println();
            throw new CommandError(e.getMessage());
        } finally {
            context.out().flush();
        }
    }
}
