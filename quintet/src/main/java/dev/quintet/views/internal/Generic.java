package dev.quintet.views.internal;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.QuerySet;
import dev.quintet.shortcuts.Shortcuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the generic views share, as functions: template names, context names, querysets. */
public final class Generic {
    private Generic() {
    }

    /** {@code [templateName]}, or the error Django gives a view without one. */
    public static List<String> explicitTemplate(String templateName) {
        if (templateName == null) {
            throw new ImproperlyConfigured("TemplateResponseMixin requires either a definition of 'templateName' "
                    + "or an implementation of 'getTemplateNames()'");
        }
        return List.of(templateName);
    }

    /** Django's derived name: {@code blog/post_detail.html} from the app label, lowercased model name and suffix. */
    public static String derivedTemplate(ModelMeta<?> meta, String suffix) {
        return meta.appLabel() + "/" + modelName(meta) + suffix + ".html";
    }

    /** The lowercased model name ({@code post}), Django's {@code model_name}. */
    public static String modelName(ModelMeta<?> meta) {
        return meta.modelName().toLowerCase(Locale.ROOT);
    }

    /** The view's queryset: {@code queryset} (copied), else the model's manager, else the error naming the view. */
    public static <T extends Model> QuerySet<T> queryset(Object view, QuerySet<T> queryset, Class<T> model) {
        if (queryset != null) {
            return queryset.all();
        }
        if (model != null) {
            return Shortcuts.managerOf(model).all();
        }
        String name = view.getClass().getSimpleName();
        throw new ImproperlyConfigured(name + " is missing a QuerySet. Define " + name + ".model, " + name
                + ".queryset, or override " + name + ".getQueryset().");
    }

    /** The model of {@code queryset} as {@link ModelMeta}. */
    public static ModelMeta<?> meta(QuerySet<?> queryset) {
        return queryset.model();
    }

    /** {@code extraContext} and {@code view} added to {@code context} (Django's {@code ContextMixin}). */
    public static Map<String, Object> withView(Map<String, Object> context, Object view, Map<String, ?> extraContext) {
        context.putIfAbsent("view", view);
        if (extraContext != null) {
            context.putAll(extraContext);
        }
        return context;
    }

    /** Names with the nulls left out. */
    public static List<String> names(String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /** Python's {@code url % kwargs} for {@code %(name)s} placeholders and {@code %%}. */
    public static String percentFormat(String format, Map<String, Object> kwargs) {
        StringBuilder out = new StringBuilder(format.length());
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 1 < format.length() && format.charAt(i + 1) == '%') {
                out.append('%');
                i++;
                continue;
            }
            int close = format.indexOf(")s", i);
            if (i + 1 < format.length() && format.charAt(i + 1) == '(' && close > 0) {
                String key = format.substring(i + 2, close);
                if (!kwargs.containsKey(key)) {
                    throw new IllegalArgumentException("The URL '" + format + "' needs the keyword argument '" + key
                            + "'");
                }
                out.append(kwargs.get(key));
                i = close + 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A success URL: a {@code Supplier} ({@code reverseLazy}) is read; {@code {name}} placeholders
     * take the public field {@code name} of {@code object} ({@code {pk}} its primary key), as
     * Django's {@code success_url.format(**object.__dict__)}. {@code null} when there is none.
     */
    public static String successUrl(Object successUrl, Object object) {
        if (successUrl == null) {
            return null;
        }
        String url = successUrl instanceof java.util.function.Supplier<?> s ? String.valueOf(s.get())
                : successUrl.toString();
        if (object == null || url.indexOf('{') < 0) {
            return url;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < url.length()) {
            int open = url.indexOf('{', i);
            int close = open < 0 ? -1 : url.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(url, i, url.length());
                break;
            }
            out.append(url, i, open);
            out.append(fieldValue(object, url.substring(open + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }

    private static Object fieldValue(Object object, String name) {
        if (name.equals("pk") && object instanceof dev.quintet.db.models.Model m) {
            return m.pk();
        }
        try {
            return object.getClass().getField(name).get(object);
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("The success URL names '{" + name + "}', which is not a public field of "
                    + object.getClass().getName());
        }
    }
}
