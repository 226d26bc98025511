package dev.quintet.templates;

import dev.quintet.template.library.Library;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code TEMPLATES} setting: how the site's one template engine is built at start-up.
 *
 * <pre>{@code
 * Settings.builder().templates(TemplatesSettings.builder()
 *     .dirs(Path.of("templates"))              // DIRS
 *     .appDirs(true)                           // APP_DIRS: each installed app's templates/ folder
 *     .contextProcessors(ContextProcessors.request(), ContextProcessors.debug())
 *     .library("shop", ShopTags.library())
 *     .build());
 * }</pre>
 *
 * @param dirs              {@code DIRS}, searched before the apps' folders
 * @param appDirs           {@code APP_DIRS}: search {@code <app classpath root>/templates/} of every installed app
 * @param contextProcessors {@code OPTIONS["context_processors"]}, in order
 * @param debug             {@code OPTIONS["debug"]}; {@code null} follows {@code DEBUG}. When on, templates
 *                          are re-read when changed (no cached loader)
 * @param autoescape        {@code OPTIONS["autoescape"]}; default on
 * @param stringIfInvalid   {@code OPTIONS["string_if_invalid"]}; default empty
 * @param builtins          {@code OPTIONS["builtins"]}: libraries every template has
 * @param libraries         {@code OPTIONS["libraries"]}: libraries templates {@code {% load %}} by name
 */
public record TemplatesSettings(List<Path> dirs, boolean appDirs, List<ContextProcessor> contextProcessors,
        Boolean debug, boolean autoescape, String stringIfInvalid, List<Library> builtins,
        Map<String, Library> libraries) {

    /** Copies the collections. */
    public TemplatesSettings {
        dirs = List.copyOf(dirs);
        contextProcessors = List.copyOf(contextProcessors);
        Objects.requireNonNull(stringIfInvalid, "stringIfInvalid");
        builtins = List.copyOf(builtins);
        libraries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(libraries));
    }

    /** A builder with Django's defaults: no dirs, app dirs on, no processors, debug following DEBUG. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the {@code TEMPLATES} options. */
    public static final class Builder {
        private final List<Path> dirs = new ArrayList<>();
        private boolean appDirs = true;
        private final List<ContextProcessor> processors = new ArrayList<>();
        private Boolean debug;
        private boolean autoescape = true;
        private String stringIfInvalid = "";
        private final List<Library> builtins = new ArrayList<>();
        private final Map<String, Library> libraries = new LinkedHashMap<>();

        private Builder() {
        }

        /** {@code DIRS}, added in order. */
        public Builder dirs(Path... dirs) {
            this.dirs.addAll(Arrays.asList(dirs));
            return this;
        }

        /** {@code APP_DIRS}. */
        public Builder appDirs(boolean appDirs) {
            this.appDirs = appDirs;
            return this;
        }

        /** Context processors, added in order. */
        public Builder contextProcessors(ContextProcessor... processors) {
            this.processors.addAll(Arrays.asList(processors));
            return this;
        }

        /** The engine's debug option; unset follows {@code DEBUG}. */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** Autoescaping. */
        public Builder autoescape(boolean autoescape) {
            this.autoescape = autoescape;
            return this;
        }

        /** What a missing variable renders as. */
        public Builder stringIfInvalid(String value) {
            this.stringIfInvalid = Objects.requireNonNull(value);
            return this;
        }

        /** A library of built-in tags and filters. */
        public Builder builtins(Library library) {
            this.builtins.add(library);
            return this;
        }

        /** A library loadable by {@code name}. */
        public Builder library(String name, Library library) {
            this.libraries.put(name, library);
            return this;
        }

        /** The settings. */
        public TemplatesSettings build() {
            return new TemplatesSettings(dirs, appDirs, processors, debug, autoescape, stringIfInvalid, builtins,
                    libraries);
        }
    }
}
