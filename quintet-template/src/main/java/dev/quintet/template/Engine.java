package dev.quintet.template;

import dev.quintet.template.internal.filters.DefaultFilters;
import dev.quintet.template.internal.tags.DefaultTags;
import dev.quintet.template.internal.tags.StaticTags;
import dev.quintet.template.library.Filter;
import dev.quintet.template.library.Library;
import dev.quintet.template.library.NodeList;
import dev.quintet.template.library.TagParser;
import dev.quintet.template.loaders.CachedLoader;
import dev.quintet.template.loaders.ClasspathLoader;
import dev.quintet.template.loaders.FileSystemLoader;
import dev.quintet.template.loaders.Loader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The template engine: where templates are found, which tags and filters they have, and the
 * settings they render with. Build one at start-up and share it.
 *
 * <pre>{@code
 * Engine engine = Engine.builder()
 *     .dirs(Path.of("templates"))
 *     .library("shop", shopTags)
 *     .build();
 * String html = engine.getTemplate("index.html").render(Map.of("user", user));
 * }</pre>
 */
public final class Engine {
    private final List<Loader> loaders;
    private final Map<String, Library> libraries;
    private final Map<String, TagParser> builtinTags;
    private final Map<String, Filter> builtinFilters;
    private final boolean autoescape;
    private final boolean debug;
    private final String stringIfInvalid;
    private final List<Function<Object, Map<String, ?>>> contextProcessors;
    private final UrlResolver urlResolver;
    private final StaticResolver staticResolver;
    private final ZoneId timeZone;
    private final AttributeResolver attributeResolver;

    private Engine(Builder b) {
        this.attributeResolver = b.attributeResolver;
        this.autoescape = b.autoescape;
        this.debug = b.debug;
        this.stringIfInvalid = b.stringIfInvalid;
        this.contextProcessors = List.copyOf(b.contextProcessors);
        this.urlResolver = b.urlResolver;
        this.staticResolver = b.staticResolver;
        this.timeZone = b.timeZone;
        Map<String, TagParser> tags = new HashMap<>();
        Map<String, Filter> filters = new HashMap<>();
        List<Library> builtins = new ArrayList<>();
        builtins.add(DefaultFilters.library());
        builtins.add(DefaultTags.library());
        builtins.addAll(b.builtins);
        for (Library lib : builtins) {
            tags.putAll(lib.tags());
            filters.putAll(lib.filters());
        }
        this.builtinTags = Collections.unmodifiableMap(tags);
        this.builtinFilters = Collections.unmodifiableMap(filters);
        Map<String, Library> libs = new LinkedHashMap<>();
        libs.put("static", StaticTags.library());
        libs.putAll(b.libraries);
        this.libraries = Collections.unmodifiableMap(libs);
        if (b.loaders != null) {
            this.loaders = List.copyOf(b.loaders);
        } else {
            List<Loader> base = new ArrayList<>();
            if (!b.dirs.isEmpty()) {
                base.add(new FileSystemLoader(b.dirs));
            }
            if (!b.apps.isEmpty()) {
                base.add(new ClasspathLoader(b.appClassLoader, b.apps));
            }
            this.loaders = base.isEmpty() ? List.of() : List.of(new CachedLoader(base, b.debug));
        }
    }

    /** A builder with Django's defaults: autoescape on, debug off, empty {@code stringIfInvalid}, UTC. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- finding templates

    /**
     * The template called {@code name}; {@code "page.html#row"} gives the partial {@code row}
     * defined in {@code page.html} with {@code {% partialdef row %}}.
     */
    public Template getTemplate(String name) {
        Objects.requireNonNull(name, "name");
        int hash = name.indexOf('#');
        String templateName = hash < 0 ? name : name.substring(0, hash);
        if (templateName.isEmpty()) {
            throw new TemplateDoesNotExist(name);
        }
        Template t = findTemplate(templateName, null);
        if (hash < 0) {
            return t;
        }
        String partialName = name.substring(hash + 1);
        NodeList partial = partialNodes(t, partialName);
        if (partial == null) {
            throw new TemplateDoesNotExist(partialName,
                    List.of(new TemplateDoesNotExist.Tried(t.origin(), "no partial '" + partialName + "' in " + templateName)));
        }
        return Template.partial(t, partialName, partial);
    }

    @SuppressWarnings("unchecked")
    static NodeList partialNodes(Template t, String partialName) {
        Object partials = t.extraData().get("partials");
        if (partials instanceof Map<?, ?> m) {
            Object nodes = ((Map<String, Object>) m).get(partialName);
            if (nodes instanceof NodeList nl) {
                return nl;
            }
        }
        return null;
    }

    /** The first of {@code names} that exists. */
    public Template selectTemplate(List<String> names) {
        if (names.isEmpty()) {
            throw new TemplateDoesNotExist("No template names provided");
        }
        List<TemplateDoesNotExist.Tried> tried = new ArrayList<>();
        for (String name : names) {
            try {
                return getTemplate(name);
            } catch (TemplateDoesNotExist e) {
                tried.addAll(e.tried());
            }
        }
        throw new TemplateDoesNotExist(String.join(", ", names), tried);
    }

    /** Compiles a template from a string (its name is {@code <unknown source>}). */
    public Template fromString(String source) {
        return new Template(this, source, Origin.UNKNOWN, null);
    }

    /** Compiles a template from a string under a name (shown in error messages). */
    public Template fromString(String source, String name) {
        return new Template(this, source, new Origin(name, name, null), name);
    }

    /** Compiles {@code source} found at {@code origin}: what loaders call. */
    public Template compile(String source, Origin origin, String name) {
        return new Template(this, source, origin, name);
    }

    /**
     * Finds {@code name} through the loaders, skipping {@code skip} origins (Django's
     * {@code find_template}); {@link TemplateDoesNotExist} lists every place tried.
     */
    public Template findTemplate(String name, Collection<Origin> skip) {
        List<TemplateDoesNotExist.Tried> tried = new ArrayList<>();
        for (Loader loader : loaders) {
            try {
                return loader.getTemplate(name, skip, this);
            } catch (TemplateDoesNotExist e) {
                tried.addAll(e.tried());
            }
        }
        throw new TemplateDoesNotExist(name, tried);
    }

    /**
     * Compiles every template the loaders can list and returns all the syntax errors found (one
     * per template at most, as the parser stops at the first), plus an error for each
     * {@code extends}/{@code include} of a literal name that no loader has.
     */
    public List<TemplateSyntaxError> checkAll() {
        List<TemplateSyntaxError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Loader loader : loaders) {
            for (String name : loader.templateNames()) {
                for (Origin origin : loader.sources(name)) {
                    if (!seen.add(origin.name())) {
                        continue;
                    }
                    String source;
                    try {
                        source = (origin.loader() != null ? origin.loader() : loader).contents(origin);
                    } catch (TemplateDoesNotExist e) {
                        continue;
                    }
                    try {
                        Template t = compile(source, origin, name);
                        dev.quintet.template.internal.tags.LoaderTags.checkReferences(t, this, errors);
                    } catch (TemplateSyntaxError e) {
                        errors.add(e);
                    }
                }
            }
        }
        return errors;
    }

    /** Forgets cached templates. */
    public void reset() {
        loaders.forEach(Loader::reset);
    }

    // ---- settings

    public List<Loader> loaders() {
        return loaders;
    }

    /** The libraries templates can {@code {% load %}}, by name. */
    public Map<String, Library> libraries() {
        return libraries;
    }

    /** The tags every template has without loading. */
    public Map<String, TagParser> builtinTags() {
        return builtinTags;
    }

    /** The filters every template has without loading. */
    public Map<String, Filter> builtinFilters() {
        return builtinFilters;
    }

    /** A built-in filter by name, or null. */
    public Filter builtinFilter(String name) {
        return builtinFilters.get(name);
    }

    public boolean autoescape() {
        return autoescape;
    }

    public boolean debug() {
        return debug;
    }

    public String stringIfInvalid() {
        return stringIfInvalid;
    }

    public List<Function<Object, Map<String, ?>>> contextProcessors() {
        return contextProcessors;
    }

    /** The {@code {% url %}} hook, or null. */
    public UrlResolver urlResolver() {
        return urlResolver;
    }

    /** The {@code {% static %}} hook, or null. */
    public StaticResolver staticResolver() {
        return staticResolver;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** The attribute resolver, or {@code null}. */
    public AttributeResolver attributeResolver() {
        return attributeResolver;
    }

    /** Configures an {@link Engine}. */
    public static final class Builder {
        private final List<Path> dirs = new ArrayList<>();
        private List<Loader> loaders;
        private final Map<String, Library> libraries = new LinkedHashMap<>();
        private final List<Library> builtins = new ArrayList<>();
        private boolean autoescape = true;
        private boolean debug;
        private String stringIfInvalid = "";
        private final List<Function<Object, Map<String, ?>>> contextProcessors = new ArrayList<>();
        private UrlResolver urlResolver;
        private StaticResolver staticResolver;
        private ZoneId timeZone = ZoneOffset.UTC;
        private AttributeResolver attributeResolver;
        private final List<String> apps = new ArrayList<>();
        private ClassLoader appClassLoader = Engine.class.getClassLoader();

        private Builder() {
        }

        /** Directories searched in order (Django's {@code DIRS}). */
        public Builder dirs(Path... dirs) {
            this.dirs.addAll(Arrays.asList(dirs));
            return this;
        }

        /** Directories searched in order (Django's {@code DIRS}). */
        public Builder dirs(List<Path> dirs) {
            this.dirs.addAll(dirs);
            return this;
        }

        /**
         * Applications whose {@code templates/} resource folder is searched after the directories
         * (Django's {@code APP_DIRS}), as package paths such as {@code "com/example/blog"}.
         */
        public Builder apps(ClassLoader classLoader, String... packagePaths) {
            this.appClassLoader = classLoader;
            this.apps.addAll(Arrays.asList(packagePaths));
            return this;
        }

        /**
         * The loaders to use, replacing the default (directories and applications, behind a
         * cache).
         */
        public Builder loaders(Loader... loaders) {
            this.loaders = new ArrayList<>(Arrays.asList(loaders));
            return this;
        }

        /** The loaders to use, replacing the default. */
        public Builder loaders(List<Loader> loaders) {
            this.loaders = new ArrayList<>(loaders);
            return this;
        }

        /** A library templates can {@code {% load name %}}. */
        public Builder library(String name, Library library) {
            libraries.put(name, library);
            return this;
        }

        /** A library whose tags and filters every template has (after, and over, Django's). */
        public Builder builtins(Library library) {
            builtins.add(library);
            return this;
        }

        public Builder autoescape(boolean autoescape) {
            this.autoescape = autoescape;
            return this;
        }

        /** Debug mode: changed templates are re-read, {@code {% debug %}} shows the context. */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** What a missing variable renders as; {@code %s} is replaced by the variable's name. */
        public Builder stringIfInvalid(String stringIfInvalid) {
            this.stringIfInvalid = Objects.requireNonNull(stringIfInvalid);
            return this;
        }

        /** A function of the request whose variables are added when a template renders for a request. */
        public Builder contextProcessor(Function<Object, Map<String, ?>> processor) {
            this.contextProcessors.add(processor);
            return this;
        }

        /** Functions of the request whose variables are added when a template renders for a request. */
        public Builder contextProcessors(List<Function<Object, Map<String, ?>>> processors) {
            this.contextProcessors.addAll(processors);
            return this;
        }

        /** What {@code {% url %}} uses to reverse view names. */
        public Builder urlResolver(UrlResolver resolver) {
            this.urlResolver = resolver;
            return this;
        }

        /** What {@code {% static %}} uses to make static file URLs. */
        public Builder staticResolver(StaticResolver resolver) {
            this.staticResolver = resolver;
            return this;
        }

        /** Reads attributes of the objects it claims ({@link AttributeResolver}); {@code null} for none. */
        public Builder attributeResolver(AttributeResolver resolver) {
            this.attributeResolver = resolver;
            return this;
        }

        /** The default current time zone ({@code TIME_ZONE}); a context may override it. */
        public Builder timeZone(ZoneId zone) {
            this.timeZone = Objects.requireNonNull(zone);
            return this;
        }

        public Engine build() {
            return new Engine(this);
        }
    }
}
