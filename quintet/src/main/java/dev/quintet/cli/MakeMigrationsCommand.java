package dev.quintet.cli;

import dev.quintet.db.migrations.MakeMigrations;
import dev.quintet.db.migrations.MigrationError;
import dev.quintet.db.migrations.Questioner;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code makemigrations [app]... [--dry-run] [--check] [--empty] [--name NAME] [--no-input] [--rename OLD:NEW]...}:
 * writes a migration per app whose models differ from what its migrations build. Renames are confirmed on a
 * terminal or given as {@code --rename=blog.post.title:headline} (a field) / {@code --rename=blog.post:article} (a
 * model); without a terminal, anything else is not a rename, and a new non-null field without a default fails.
 */
final class MakeMigrationsCommand implements Command {
    @Override
    public String name() {
        return "makemigrations";
    }

    @Override
    public String help() {
        return "Creates new migrations based on the changes detected to your models.";
    }

    @Override
    public void configure(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().paramLabel("APP").arity("0..*").type(String[].class)
                .description("Only these apps.").build());
        spec.addOption(OptionSpec.builder("--dry-run").arity("0").type(boolean.class)
                .description("Show what migrations would be made; don't write them.").build());
        spec.addOption(OptionSpec.builder("--check").arity("0").type(boolean.class)
                .description("Exit with a non-zero status if model changes are missing migrations; write nothing.").build());
        spec.addOption(OptionSpec.builder("--empty").arity("0").type(boolean.class)
                .description("Create an empty migration.").build());
        spec.addOption(OptionSpec.builder("-n", "--name").paramLabel("NAME").type(String.class)
                .description("Use this name for the migration.").build());
        spec.addOption(OptionSpec.builder("--no-input", "--noinput").arity("0").type(boolean.class)
                .description("Do not prompt: not a rename unless --rename says so; fail on a missing default.").build());
        spec.addOption(OptionSpec.builder("--rename").paramLabel("APP.MODEL[.FIELD]:NEW").type(String[].class)
                .description("Declare a rename, e.g. blog.post.title:headline or blog.post:article.").build());
    }

    @Override
    public int run(CommandContext context, ParseResult args) {
        String[] apps = args.matchedPositionalValue(0, new String[0]);
        boolean check = args.matchedOptionValue("--check", false);
        boolean empty = args.matchedOptionValue("--empty", false);
        if (empty && apps.length == 0) {
            throw new CommandError("You must supply at least one app label when using --empty.");
        }
        Map<String, String> renames = new LinkedHashMap<>();
        for (String r : args.matchedOptionValue("--rename", new String[0])) {
            int colon = r.lastIndexOf(':');
            if (colon < 0) {
                throw new CommandError("--rename expects APP.MODEL[.FIELD]:NEW, got '" + r + "'");
            }
            renames.put(r.substring(0, colon), r.substring(colon + 1));
        }
        boolean interactive = System.console() != null && System.console().isTerminal() && !args.matchedOptionValue("--no-input", false);
        Questioner q = interactive ? withFlags(renames, Questioner.interactive(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), context.out()))
                : Questioner.nonInteractive(renames);
        MakeMigrations maker = new MakeMigrations(MigrationSupport.appInfos(context.site()), q, context.out(), Clock.systemUTC());
        try {
            List<MakeMigrations.Result> results = maker.run(new MakeMigrations.Options(new LinkedHashSet<>(List.of(apps)),
                    args.matchedOptionValue("--dry-run", false), check, empty, args.matchedOptionValue("--name", null)));
            context.out().flush();
            return check && !results.isEmpty() ? 1 : 0;
        } catch (MigrationError e) {
            throw new CommandError(e.getMessage());
        }
    }

    private static Questioner withFlags(Map<String, String> renames, Questioner ask) {
        Questioner flags = Questioner.nonInteractive(renames);
        return new Questioner() {
            @Override
            public boolean askRename(String app, String model, String oldName, String newName) {
                return flags.askRename(app, model, oldName, newName) || ask.askRename(app, model, oldName, newName);
            }

            @Override
            public Object askDefault(String app, String model, String field) {
                return ask.askDefault(app, model, field);
            }
        };
    }
}
