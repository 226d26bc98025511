package dev.quintet.shortcuts;

import dev.quintet.core.handlers.SiteContext;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ObjectDoesNotExist;
import dev.quintet.db.models.QuerySet;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponsePermanentRedirect;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.templates.Templates;
import dev.quintet.urls.NoReverseMatch;
import dev.quintet.urls.ResolverMatch;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Django's {@code django.shortcuts} and {@code django.urls.reverse}: the helpers most views use,
 * working on the site answering the current request ({@link SiteContext}).
 *
 * <pre>{@code
 * static HttpResponse detail(HttpRequest request) {
 *     Post post = getObjectOr404(Post.class, "pk", request.kwargs().getInt("pk"));
 *     return render(request, "blog/post_detail.html", Map.of("post", post));
 * }
 * static HttpResponse publish(HttpRequest request) {
 *     ...
 *     return redirect("blog:post_detail", post.id);    // or redirect(post), redirect("/blog/")
 * }
 * }</pre>
 */
public final class Shortcuts {
    private Shortcuts() {
    }

    /** Renders {@code template} (a name, a list of names, or a {@code Template}) for {@code request}: a 200 HTML response. */
    public static HttpResponse render(HttpRequest request, Object template, Map<String, ?> context) {
        return render(request, template, context, 200);
    }

    /** As {@link #render(HttpRequest, Object, Map)} with a status. */
    public static HttpResponse render(HttpRequest request, Object template, Map<String, ?> context, int status) {
        return new HttpResponse(Templates.renderToString(template, context, request), null, status);
    }

    /** As {@link #render(HttpRequest, Object, Map, int)} with a content type ({@code null}: HTML). */
    public static HttpResponse render(HttpRequest request, Object template, Map<String, ?> context, int status,
            String contentType) {
        return new HttpResponse(Templates.renderToString(template, context, request), contentType, status);
    }

    /** Renders a template to a string; {@code request} may be {@code null} (no context processors). */
    public static String renderToString(Object template, Map<String, ?> context, HttpRequest request) {
        return Templates.renderToString(template, context, request);
    }

    /**
     * A 302 redirect to {@code to} (Django's {@code redirect()}): a model (or any object) with
     * {@code getAbsoluteUrl()}; a URL name reversed with {@code args} (or one {@code Map} of
     * keyword arguments); else {@code to} itself when it looks like a URL (holds {@code /} or
     * {@code .}).
     *
     * @throws NoReverseMatch when {@code to} is neither a name nor a URL
     */
    public static HttpResponseRedirect redirect(Object to, Object... args) {
        return new HttpResponseRedirect(resolveUrl(to, args));
    }

    /** As {@link #redirect(Object, Object...)} with a permanent (301) redirect. */
    public static HttpResponsePermanentRedirect redirectPermanent(Object to, Object... args) {
        return new HttpResponsePermanentRedirect(resolveUrl(to, args));
    }

    /** Django's {@code resolve_url}: the URL {@link #redirect} goes to. */
    public static String resolveUrl(Object to, Object... args) {
        if (to == null) {
            throw new IllegalArgumentException("No URL to redirect to");
        }
        if (!(to instanceof CharSequence)) {
            Method method = absoluteUrlMethod(to.getClass());
            if (method != null) {
                try {
                    return String.valueOf(method.invoke(to));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("getAbsoluteUrl() of " + to.getClass().getName() + " failed", e);
                }
            }
        }
        String name = to.toString();
        if (name.startsWith("./") || name.startsWith("../")) {
            return name;
        }
        try {
            return reverseWith(name, args);
        } catch (NoReverseMatch e) {
            if (name.indexOf('/') < 0 && name.indexOf('.') < 0) {
                throw e;
            }
            return name;
        }
    }

    /** The URL of the view named {@code viewName} with positional arguments, or one {@code Map} of keyword arguments. */
    public static String reverse(String viewName, Object... args) {
        return reverseWith(viewName, args);
    }

    /**
     * A URL reversed when it is first read ({@link Supplier#get()} or {@code toString()}), so it can
     * be declared where no site is bound yet: a static field, a class-based view's {@code successUrl}.
     */
    public static Supplier<String> reverseLazy(String viewName, Object... args) {
        return new LazyUrl(viewName, args.clone());
    }

    private record LazyUrl(String viewName, Object[] args) implements Supplier<String> {
        @Override
        public String get() {
            return reverseWith(viewName, args);
        }

        @Override
        public String toString() {
            return get();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LazyUrl l && l.viewName.equals(viewName) && Arrays.equals(l.args, args);
        }

        @Override
        public int hashCode() {
            return viewName.hashCode() * 31 + Arrays.hashCode(args);
        }
    }

    private static String reverseWith(String viewName, Object[] args) {
        SiteContext site = SiteContext.current();
        HttpRequest request = SiteContext.currentRequest();
        ResolverMatch match = request == null ? null : request.resolverMatch();
        String app = match == null || match.namespace().isEmpty() ? null : match.namespace();
        if (args.length == 1 && args[0] instanceof Map<?, ?> kwargs) {
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) kwargs;
            return site.urlconf().reverse(viewName, List.of(), typed, app);
        }
        return site.urlconf().reverse(viewName, Arrays.asList(args), Map.of(), app);
    }

    /**
     * The object of {@code model} matching the lookups ({@code "slug", slug, "author__username", name}),
     * or {@link Http404} "No Post matches the given query.".
     */
    public static <T extends Model> T getObjectOr404(Class<T> model, Object... lookupValuePairs) {
        return getObjectOr404(managerOf(model).all(), lookupValuePairs);
    }

    /** As {@link #getObjectOr404(Class, Object...)} within {@code queryset}. */
    public static <T> T getObjectOr404(QuerySet<T> queryset, Object... lookupValuePairs) {
        try {
            return lookupValuePairs.length == 0 ? queryset.get() : queryset.get(lookupValuePairs);
        } catch (ObjectDoesNotExist e) {
            throw new Http404("No " + objectName(queryset) + " matches the given query.");
        }
    }

    /** The objects of {@code model} matching the lookups, or {@link Http404} when there are none. */
    public static <T extends Model> List<T> getListOr404(Class<T> model, Object... lookupValuePairs) {
        return getListOr404(managerOf(model).all(), lookupValuePairs);
    }

    /** As {@link #getListOr404(Class, Object...)} within {@code queryset}. */
    public static <T> List<T> getListOr404(QuerySet<T> queryset, Object... lookupValuePairs) {
        List<T> objects = (lookupValuePairs.length == 0 ? queryset : queryset.filter(lookupValuePairs)).list();
        if (objects.isEmpty()) {
            throw new Http404("No " + objectName(queryset) + " matches the given query.");
        }
        return objects;
    }

    /** The model's {@code public static final Manager} (its {@code objects}). */
    @SuppressWarnings("unchecked")
    public static <T extends Model> Manager<T> managerOf(Class<T> model) {
        for (Field field : model.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Manager.class.isAssignableFrom(field.getType())) {
                try {
                    return (Manager<T>) field.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read " + model.getName() + "." + field.getName(), e);
                }
            }
        }
        throw new IllegalArgumentException(model.getName() + " is not a model: it has no public static Manager");
    }

    private static String objectName(QuerySet<?> queryset) {
        var meta = queryset.model();
        return meta.modelClass() == null ? meta.modelName() : meta.modelClass().getSimpleName();
    }

    private static Method absoluteUrlMethod(Class<?> type) {
        try {
            Method m = type.getMethod("getAbsoluteUrl");
            m.trySetAccessible();
            return m.getParameterCount() == 0 && m.getReturnType() != void.class ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
