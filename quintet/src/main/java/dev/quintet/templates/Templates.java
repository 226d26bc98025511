package dev.quintet.templates;

import dev.quintet.core.handlers.SiteContext;
import dev.quintet.http.HttpRequest;
import dev.quintet.template.Context;
import dev.quintet.template.Engine;
import dev.quintet.template.Template;
import java.util.List;
import java.util.Map;

/**
 * Rendering with the current site's engine: Django's {@code django.template.loader}
 * ({@code get_template}, {@code select_template}, {@code render_to_string}). The test client sees
 * every template rendered, here or elsewhere, through the engine's
 * {@link dev.quintet.template.RenderObserver}.
 */
public final class Templates {
    private Templates() {
    }

    /**
     * The template for {@code spec}: a name, a list of names (the first that exists: Django's
     * {@code select_template}), or a {@link Template}.
     */
    public static Template resolve(Object spec) {
        return switch (spec) {
            case Template t -> t;
            case String name -> engine().getTemplate(name);
            case List<?> names -> engine().selectTemplate(names.stream().map(String::valueOf).toList());
            case null -> throw new IllegalArgumentException("No template name given");
            default -> throw new IllegalArgumentException("A template is a name, a list of names or a Template, not "
                    + spec.getClass().getName());
        };
    }

    /**
     * Renders {@code spec} with {@code values}; with a {@code request}, the context processors
     * run and tags see the request ({@code {% csrf_token %}}, {@code {% url %}}'s current app).
     */
    public static String renderToString(Object spec, Map<String, ?> values, HttpRequest request) {
        Template template = resolve(spec);
        Map<String, ?> vars = values == null ? Map.of() : values;
        Context context = request == null ? Context.of(vars) : Context.forRequest(request, vars);
        return template.render(context);
    }

    /** The current site's engine. */
    public static Engine engine() {
        return SiteContext.current().engine();
    }
}
