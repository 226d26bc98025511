package dev.quintet.cli;

import dev.quintet.db.Database;
import dev.quintet.db.migrations.MigrationError;
import dev.quintet.db.migrations.MigrationExecutor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** {@code sqlmigrate app name [--backwards]}: prints a migration's SQL for the configured database, running nothing. */
final class SqlMigrateCommand implements Command {
    @Override
    public String name() {
        return "sqlmigrate";
    }

    @Override
    public String help() {
        return "Prints the SQL statements for the named migration.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().index("0").paramLabel("APP").arity("1").type(String.class)
                .description("App label of the application containing the migration.").build());
        spec.addPositional(PositionalParamSpec.builder().index("1").paramLabel("MIGRATION").arity("1").type(String.class)
                .description("Migration name to print the SQL for.").build());
        spec.addOption(OptionSpec.builder("--backwards").arity("0").type(boolean.class)
                .description("Creates SQL to unapply the migration, rather than to apply it.").build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        String app = args.matchedPositionalValue(0, null);
        String name = args.matchedPositionalValue(1, null);
        try (Database db = MigrationSupport.database(context.site())) {
            MigrationExecutor ex = MigrationSupport.executor(context, db);
            for (String sql : ex.sql(ex.find(app, name), args.matchedOptionValue("--backwards", false))) {
                context.out().println(sql + ";");
            }
            context.out().flush();
            return 0;
        } catch (MigrationError e) {
            throw new CommandError(e.getMessage());
        }
    }
}
