package dev.quintet.urls;

import dev.quintet.http.View;
import dev.quintet.urls.internal.Node;
import dev.quintet.urls.internal.Resolution;
import dev.quintet.urls.internal.Reverser;
import dev.quintet.urls.internal.UrlChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A project's URLconf: the root pattern list compiled once, with its converters and error
 * handlers. Django's root {@code URLResolver} plus {@code reverse()} and {@code handler404}.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li><b>Build</b>: every pattern is compiled once — literal routes become string comparisons,
 *   routes of built-in converters a left-to-right segment matcher, the rest a regex — and each
 *   include level gets a trie over the literal {@code /}-segments its children start with.</li>
 *   <li><b>Resolve</b>: at each level the trie narrows the children to those that can match, in
 *   declaration order (children starting with a converter or an unanchored regex are always
 *   candidates), and they are tried in that order: Django's first match, without trying every
 *   pattern. Captured values are converted ({@code <int:pk>} gives an {@link Integer}) and merged
 *   outward with default kwargs into a {@link ResolverMatch}.</li>
 *   <li><b>Reverse</b>: names are looked up in tables built on first use per level (the last
 *   pattern of a name first), namespaces resolved as Django does, converters' {@code toUrl}
 *   applied, the URL checked against the pattern and percent-quoted.</li>
 * </ol>
 *
 * <pre>{@code
 * UrlConf urls = UrlConf.builder()
 *         .converter("yyyy", new FourDigitYear())
 *         .patterns(path("articles/<yyyy:year>/", Articles::year, "articles-year"),
 *                   path("blog/", include(BlogUrls.patterns(), "blog")))
 *         .handler404(Errors::notFound)
 *         .build();
 * ResolverMatch m = urls.resolve("/articles/2024/");   // m.kwargs().getInt("year") == 2024
 * String url = urls.reverse("blog:detail", 42);        // "/blog/42/"
 * }</pre>
 *
 * <p>Error handlers receive the exception being handled as the request attribute
 * {@link #EXCEPTION_ATTRIBUTE}.
 */
public final class UrlConf {
    /** Request attribute holding the exception for {@code handler400/403/404/500} views. */
    public static final String EXCEPTION_ATTRIBUTE = "dev.quintet.urls.exception";

    private final List<UrlPattern> patterns;
    private final Converters converters;
    private final Node root;
    private final Reverser reverser;
    private final View handler400;
    private final View handler403;
    private final View handler404;
    private final View handler500;

    private UrlConf(Builder b) {
        List<UrlCheck> errors = UrlChecks.run(b.patterns, b.converters, false).stream().filter(UrlCheck::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidUrlPattern(errors.getFirst().message() + " (" + errors.getFirst().id() + ")");
        }
        this.patterns = Collections.unmodifiableList(new ArrayList<>(b.patterns));
        this.converters = b.converters;
        this.root = Node.root(patterns, converters);
        this.reverser = new Reverser(root);
        this.handler400 = b.handler400;
        this.handler403 = b.handler403;
        this.handler404 = b.handler404;
        this.handler500 = b.handler500;
    }

    /** Starts a URLconf. */
    public static Builder builder() {
        return new Builder();
    }

    /** A URLconf of {@code patterns} with the built-in converters and default error handlers. */
    public static UrlConf of(List<UrlPattern> patterns) {
        return builder().patterns(patterns).build();
    }

    /**
     * Resolves {@code path} as the handler passes it (decoded, with its leading {@code /}).
     *
     * @throws Resolver404 when nothing matches; its {@link Resolver404#tried()} lists the patterns
     */
    public ResolverMatch resolve(String path) {
        ResolverMatch match = Resolution.resolve(root, path);
        if (match == null) {
            String reported = path.startsWith("/") ? path.substring(1) : path;
            throw new Resolver404(reported, () -> Resolution.tried(root, path));
        }
        return match;
    }

    /** The URL for {@code viewName} ({@code "name"} or {@code "namespace:name"}) with keyword arguments. */
    public String reverse(String viewName, Map<String, ?> kwargs) {
        return reverser.reverse(viewName, List.of(), kwargs, null);
    }

    /** The URL for {@code viewName} with positional arguments. */
    public String reverse(String viewName, Object... args) {
        return reverser.reverse(viewName, Arrays.asList(args), Map.of(), null);
    }

    /** The URL for {@code viewName} with positional arguments given as a list. */
    public String reverse(String viewName, List<?> args) {
        return reverser.reverse(viewName, args, Map.of(), null);
    }

    /**
     * The URL for {@code viewName}; give {@code args} or {@code kwargs}, not both.
     *
     * @throws NoReverseMatch when no pattern fits, naming the patterns tried
     * @throws IllegalArgumentException when both {@code args} and {@code kwargs} are given
     */
    public String reverse(String viewName, List<?> args, Map<String, ?> kwargs) {
        return reverser.reverse(viewName, args, kwargs, null);
    }

    /**
     * The URL for {@code viewName}, resolving application namespaces towards {@code currentApp}
     * (an instance namespace path such as {@code "author-polls"}, typically
     * {@code request.resolverMatch().namespace()}), as Django's {@code current_app}.
     */
    public String reverse(String viewName, List<?> args, Map<String, ?> kwargs, String currentApp) {
        return reverser.reverse(viewName, args == null ? List.of() : args, kwargs == null ? Map.of() : kwargs, currentApp);
    }

    /** The system checks for this URLconf ({@code APPEND_SLASH} assumed on). */
    public List<UrlCheck> check() {
        return check(true);
    }

    /** The system checks; {@code appendSlash} is the {@code APPEND_SLASH} setting ({@code urls.W002} needs it). */
    public List<UrlCheck> check(boolean appendSlash) {
        return UrlChecks.run(patterns, converters, appendSlash);
    }

    /** The compiled tree, for tests in this package. */
    Node compiledRoot() {
        return root;
    }

    /** The root patterns. */
    public List<UrlPattern> patterns() {
        return patterns;
    }

    /** The converter registry. */
    public Converters converters() {
        return converters;
    }

    /** The view for 400 responses, or {@code null} for the default. */
    public View handler400() {
        return handler400;
    }

    /** The view for 403 responses, or {@code null} for the default. */
    public View handler403() {
        return handler403;
    }

    /** The view for 404 responses, or {@code null} for the default. */
    public View handler404() {
        return handler404;
    }

    /** The view for 500 responses, or {@code null} for the default. */
    public View handler500() {
        return handler500;
    }

    /** Collects the parts of a {@link UrlConf}. */
    public static final class Builder {
        private List<UrlPattern> patterns = List.of();
        private Converters converters = Converters.defaults();
        private View handler400;
        private View handler403;
        private View handler404;
        private View handler500;

        private Builder() {
        }

        /** Registers a path converter; a name already registered is an error. */
        public Builder converter(String name, Converter converter) {
            converters = converters.register(name, converter);
            return this;
        }

        /** Replaces the converter registry. */
        public Builder converters(Converters registry) {
            converters = registry;
            return this;
        }

        /** The root patterns. */
        public Builder patterns(List<UrlPattern> rootPatterns) {
            patterns = new ArrayList<>(rootPatterns);
            return this;
        }

        /** The root patterns. */
        public Builder patterns(UrlPattern... rootPatterns) {
            return patterns(Arrays.asList(rootPatterns));
        }

        /** Django's {@code handler400}. */
        public Builder handler400(View view) {
            handler400 = view;
            return this;
        }

        /** Django's {@code handler403}. */
        public Builder handler403(View view) {
            handler403 = view;
            return this;
        }

        /** Django's {@code handler404}. */
        public Builder handler404(View view) {
            handler404 = view;
            return this;
        }

        /** Django's {@code handler500}. */
        public Builder handler500(View view) {
            handler500 = view;
            return this;
        }

        /** The checks for what has been collected, without building: reports what would make {@link #build()} fail. */
        public List<UrlCheck> check(boolean appendSlash) {
            return UrlChecks.run(patterns, converters, appendSlash);
        }

        /**
         * Compiles the URLconf.
         *
         * @throws InvalidUrlPattern on an unknown converter or an invalid entry, naming the route
         */
        public UrlConf build() {
            return new UrlConf(this);
        }
    }
}
