package dev.quintet.core.checks;

import dev.quintet.conf.Settings;
import dev.quintet.core.checks.internal.SecurityChecks;
import dev.quintet.core.checks.internal.TemplateChecks;
import dev.quintet.core.checks.internal.UrlConfChecks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, ordered list of system checks with their tags: Django's check registry without
 * the global. {@link #defaults()} holds Quintet's built-in checks; apps and sites add theirs with
 * {@link #with} and pass the registry to {@link Checks#run}.
 *
 * <pre>{@code
 * CheckRegistry registry = CheckRegistry.defaults()
 *     .with(UrlChecks::check, CheckRegistry.URLS)
 *     .withDeploy(settings -> myDeployCheck(settings), CheckRegistry.SECURITY);
 * }</pre>
 */
public final class CheckRegistry {
    /** Tag of the security checks. */
    public static final String SECURITY = "security";
    /** Tag of the URL configuration checks. */
    public static final String URLS = "urls";
    /** Tag of the template checks. */
    public static final String TEMPLATES = "templates";
    /** Tag of the database checks. */
    public static final String DATABASE = "database";
    /** Tag of the model checks. */
    public static final String MODELS = "models";

    /**
     * One registered check.
     *
     * @param check the check
     * @param tags the tags it is run under
     * @param deployOnly true when it runs only with {@code check --deploy}
     */
    public record Entry(Check check, Set<String> tags, boolean deployOnly) {
        public Entry {
            Objects.requireNonNull(check, "check");
            tags = Set.copyOf(tags);
        }
    }

    private static final CheckRegistry EMPTY = new CheckRegistry(List.of());

    private final List<Entry> entries;

    private CheckRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A registry with no checks. */
    public static CheckRegistry empty() {
        return EMPTY;
    }

    /**
     * Quintet's built-in checks: the URL checks of {@code ROOT_URLCONF}, every template of the site
     * compiling ({@code templates.E010}), and the deploy security checks.
     */
    public static CheckRegistry defaults() {
        return EMPTY.with(UrlConfChecks::check, URLS).with(TemplateChecks::check, TEMPLATES)
                .withDeploy(SecurityChecks::check, SECURITY);
    }

    /** This registry plus {@code check}, run by every {@code check} with one of {@code tags}. */
    public CheckRegistry with(Check check, String... tags) {
        return plus(new Entry(check, Set.of(tags), false));
    }

    /** This registry plus {@code check}, run only when deployment checks are asked for. */
    public CheckRegistry withDeploy(Check check, String... tags) {
        return plus(new Entry(check, Set.of(tags), true));
    }

    private CheckRegistry plus(Entry entry) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.add(entry);
        return new CheckRegistry(copy);
    }

    /** The registered checks, in order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Every tag some check is registered under (deployment checks counted only when {@code includeDeploy}). */
    public Set<String> tags(boolean includeDeploy) {
        Set<String> tags = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (includeDeploy || !entry.deployOnly()) {
                tags.addAll(entry.tags());
            }
        }
        return tags;
    }

    /**
     * Runs the checks with one of {@code tags} (all when empty), deployment checks only when
     * {@code includeDeploy}; returns every message, silenced ones included.
     *
     * @throws IllegalArgumentException for a tag no check has, as Django's
     *     "There is no system check with the 'x' tag."
     */
    public List<CheckMessage> run(Settings settings, boolean includeDeploy, Collection<String> tags) {
        Set<String> known = tags(includeDeploy);
        for (String tag : tags) {
            if (!known.contains(tag)) {
                throw new IllegalArgumentException("There is no system check with the '" + tag + "' tag.");
            }
        }
        List<CheckMessage> messages = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.deployOnly() && !includeDeploy) {
                continue;
            }
            if (!tags.isEmpty() && entry.tags().stream().noneMatch(tags::contains)) {
                continue;
            }
            messages.addAll(entry.check().check(settings));
        }
        return messages;
    }
}
