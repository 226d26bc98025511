package dev.quintet.template.loaders;

import dev.quintet.template.Engine;
import dev.quintet.template.Origin;
import dev.quintet.template.Template;
import dev.quintet.template.TemplateDoesNotExist;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds template sources by name: Django's template loader. A loader lists the places a name
 * could be ({@link #sources(String)}) and reads one ({@link #contents(Origin)}).
 */
public interface Loader {
    /** The places {@code templateName} could be, in the order to try them. */
    List<Origin> sources(String templateName);

    /** The source at {@code origin}; throws {@link TemplateDoesNotExist} when there is none. */
    String contents(Origin origin);

    /**
     * A number that changes when the source at {@code origin} changes (a modification time), used
     * to re-read changed templates in debug mode; 0 when unknown.
     */
    default long version(Origin origin) {
        return 0;
    }

    /** Every template name this loader can list (for {@link Engine#checkAll()}). */
    default List<String> templateNames() {
        return List.of();
    }

    /** Forgets anything cached. */
    default void reset() {
    }

    /**
     * Finds and compiles {@code templateName}, skipping the origins in {@code skip} (so a template
     * can extend another of the same name further down the search path).
     */
    default Template getTemplate(String templateName, Collection<Origin> skip, Engine engine) {
        List<TemplateDoesNotExist.Tried> tried = new ArrayList<>();
        for (Origin origin : sources(templateName)) {
            if (skip != null && skip.contains(origin)) {
                tried.add(new TemplateDoesNotExist.Tried(origin, "Skipped to avoid recursion"));
                continue;
            }
            String contents;
            try {
                contents = contents(origin);
            } catch (TemplateDoesNotExist e) {
                tried.add(new TemplateDoesNotExist.Tried(origin, "Source does not exist"));
                continue;
            }
            return engine.compile(contents, origin, origin.templateName());
        }
        throw new TemplateDoesNotExist(templateName, tried);
    }
}
