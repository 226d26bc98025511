package dev.quintet.cli;

import dev.quintet.conf.Settings;
import dev.quintet.core.checks.CheckRegistry;
import dev.quintet.core.handlers.BaseHandler;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A site as its command line sees it: the settings, how to build the root handler from them, and
 * the commands apps add. A site's {@code main} hands it to {@link Quintet#main}.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Site site = Site.of("blog", BlogSettings.settings())
 *         .withCommands(new ClearCacheCommand());
 *     Quintet.main(site, args);
 * }
 * }</pre>
 *
 * @param name the program name shown in usage ({@code manage.py}'s place)
 * @param settings the site's settings
 * @param handlerFactory builds the root handler (the middleware chain around the URL resolver)
 *     once, when a command serves requests
 * @param commands the commands apps contribute, beside the built-in ones
 * @param checks the system checks {@code check} and {@code runserver} run
 */
public record Site(String name, Settings settings, Function<Settings, View> handlerFactory,
                   List<Command> commands, CheckRegistry checks) {

    public Site {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(handlerFactory, "handlerFactory");
        commands = List.copyOf(commands);
        Objects.requireNonNull(checks, "checks");
    }

    /** A site served by the standard handler ({@link BaseHandler}: middleware around the URLconf). */
    public static Site of(String name, Settings settings) {
        return of(name, settings, s -> new BaseHandler(s)::handle);
    }

    /** A site with its own root handler and no extra commands. */
    public static Site of(String name, Settings settings, Function<Settings, View> handlerFactory) {
        return new Site(name, settings, handlerFactory, List.of(), CheckRegistry.defaults());
    }

    /** This site with more commands (an app's commands, registered explicitly). */
    public Site withCommands(Command... more) {
        List<Command> all = new ArrayList<>(commands);
        all.addAll(List.of(more));
        return new Site(name, settings, handlerFactory, all, checks);
    }

    /** This site with its system checks replaced ({@code CheckRegistry.defaults().with(...)}). */
    public Site withChecks(CheckRegistry registry) {
        return new Site(name, settings, handlerFactory, commands, registry);
    }

    /** This site with other settings (the same handler factory, commands and checks). */
    public Site withSettings(Settings other) {
        return new Site(name, other, handlerFactory, commands, checks);
    }

    /**
     * This site with the environment's overrides applied to its settings
     * ({@code QUINTET_SECRET_KEY}, {@code QUINTET_DEBUG}, {@code QUINTET_ALLOWED_HOSTS},
     * {@code DATABASE_URL}): the environment wins over the code, for twelve-factor deployment.
     */
    public Site withEnvironment(java.util.Map<String, String> env) {
        return withSettings(settings.toBuilder().fromEnvironment(env).build());
    }

    /** Builds the root handler from the settings. */
    public View handler() {
        return handlerFactory.apply(settings);
    }

    /** The request settings derived from the site's settings (allowed hosts, debug, upload limits). */
    public RequestConfig requestConfig() {
        return settings.toRequestConfig();
    }
}
