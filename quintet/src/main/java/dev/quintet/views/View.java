package dev.quintet.views;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseNotAllowed;
import dev.quintet.urls.Kwargs;
import dev.quintet.urls.ResolverMatch;
import dev.quintet.views.internal.InitArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of class-based views: Django's {@code django.views.View}. A subclass overrides the
 * HTTP methods it answers ({@link #get}, {@link #post}, …); {@link #asView} turns it into the
 * plain {@link dev.quintet.http.View} a URL pattern takes.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li><b>Start-up</b> ({@code asView}): one instance is made to learn the class; the init
 *       arguments are checked against its fields (an unknown name, an HTTP method name or a
 *       value of the wrong type fails right there, naming the class) and the methods it
 *       overrides give the allowed methods ({@code OPTIONS} always, {@code HEAD} with {@code GET}).</li>
 *   <li><b>Per request</b>: a fresh instance from the factory (views keep per-request state in
 *       fields, never shared), the init arguments written into it, {@link #setup} (request, URL
 *       arguments), then {@link #dispatch}: the access mixins' checks, then the method's handler;
 *       a method the class does not answer is a 405 with {@code Allow}.</li>
 * </ol>
 *
 * <pre>{@code
 * public class Hello extends View {
 *     protected String greeting = "Hello";
 *     @Override protected HttpResponse get(HttpRequest request) {
 *         return new HttpResponse(greeting + ", world");
 *     }
 * }
 * path("hello/", View.asView(Hello::new, Map.of("greeting", "Bonjour")), "hello")
 * }</pre>
 */
public abstract class View {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quintet.request");
    private static final List<String> METHOD_NAMES = List.of("get", "post", "put", "patch", "delete", "head",
            "options", "trace");

    /** The request being answered (set by {@link #setup}). */
    protected HttpRequest request;
    /** The URL's positional arguments. */
    protected List<Object> args = List.of();
    /** The URL's keyword arguments, converted. */
    protected Kwargs kwargs = Kwargs.EMPTY;

    private List<String> allowedMethods = List.of();
    private boolean ownHead;

    /** The view {@code factory} makes, without init arguments. */
    public static <V extends View> dev.quintet.http.View asView(Supplier<V> factory) {
        return asView(factory, Map.of());
    }

    /**
     * The view {@code factory} makes, with {@code initArgs} written into each instance's fields of
     * the same names.
     *
     * @throws ImproperlyConfigured for an unknown argument, an HTTP method name, or a value of the wrong type
     */
    public static <V extends View> dev.quintet.http.View asView(Supplier<V> factory, Map<String, ?> initArgs) {
        Objects.requireNonNull(factory, "factory");
        V prototype = factory.get();
        if (prototype == null) {
            throw new ImproperlyConfigured("The view factory returned null");
        }
        Class<?> type = prototype.getClass();
        InitArgs checked = InitArgs.check(type, initArgs);
        List<String> allowed = allowedMethods(type);
        boolean ownHead = overrides(type, "head");
        return new dev.quintet.http.View() {
            @Override
            public HttpResponse handle(HttpRequest request) throws Exception {
                View view = factory.get();
                checked.apply(view);
                view.allowedMethods = allowed;
                view.ownHead = ownHead;
                view.setup(request);
                return view.dispatch(request);
            }

            @Override
            public String toString() {
                return type.getName() + ".asView()";
            }
        };
    }

    /** Stores the request and the URL arguments (Django's {@code setup}). */
    protected void setup(HttpRequest request) {
        this.request = request;
        ResolverMatch match = request.resolverMatch();
        if (match != null) {
            this.args = match.args();
            this.kwargs = match.kwargs();
        }
    }

    /**
     * Runs the access checks of the mixins the class implements, then the handler of the request's
     * method; 405 for a method the class does not answer.
     */
    protected HttpResponse dispatch(HttpRequest request) throws Exception {
        HttpResponse denied = AccessMixin.checkAll(this, request);
        if (denied != null) {
            return denied;
        }
        String method = request.method().toLowerCase(Locale.ROOT);
        if (!allowedMethods.contains(method.toUpperCase(Locale.ROOT))) {
            return httpMethodNotAllowed(request);
        }
        return switch (method) {
            case "get" -> get(request);
            case "post" -> post(request);
            case "put" -> put(request);
            case "patch" -> patch(request);
            case "delete" -> delete(request);
            case "head" -> ownHead ? head(request) : get(request);
            case "options" -> options(request);
            case "trace" -> trace(request);
            default -> httpMethodNotAllowed(request);
        };
    }

    /** The 405 answer, logged as Django's "Method Not Allowed (POST): /path/". */
    protected HttpResponse httpMethodNotAllowed(HttpRequest request) {
        LOG.warn("Method Not Allowed ({}): {}", request.method(), request.path());
        return new HttpResponseNotAllowed(allowedMethods);
    }

    /** The methods this view answers, upper case, in Django's order. */
    protected List<String> allowedMethods() {
        return allowedMethods;
    }

    /** Answers {@code GET}; not answered unless overridden. */
    protected HttpResponse get(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answers {@code POST}; not answered unless overridden. */
    protected HttpResponse post(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answers {@code PUT}; not answered unless overridden. */
    protected HttpResponse put(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answers {@code PATCH}; not answered unless overridden. */
    protected HttpResponse patch(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answers {@code DELETE}; not answered unless overridden. */
    protected HttpResponse delete(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answers {@code HEAD}; {@link #get} when not overridden. */
    protected HttpResponse head(HttpRequest request) throws Exception {
        return get(request);
    }

    /** Answers {@code TRACE}; not answered unless overridden. */
    protected HttpResponse trace(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answers {@code OPTIONS}: an empty 200 with {@code Allow}. */
    protected HttpResponse options(HttpRequest request) throws Exception {
        HttpResponse response = new HttpResponse();
        response.setHeader("Allow", String.join(", ", allowedMethods));
        response.setHeader("Content-Length", "0");
        return response;
    }

    private static List<String> allowedMethods(Class<?> type) {
        List<String> allowed = new ArrayList<>();
        for (String name : METHOD_NAMES) {
            boolean answered = switch (name) {
                case "options" -> true;
                case "head" -> overrides(type, "head") || overrides(type, "get");
                default -> overrides(type, name);
            };
            if (answered) {
                allowed.add(name.toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(allowed);
    }

    /** True when a class below {@link View} declares the handler {@code name(HttpRequest)}. */
    static boolean overrides(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != View.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(name, HttpRequest.class);
                return true;
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        return false;
    }
}
