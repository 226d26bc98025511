package dev.quintet.views.decorators;

import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseNotAllowed;
import dev.quintet.http.View;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Method-restricting view decorators: Django's {@code django.views.decorators.http}. Each wraps
 * a view; a request with another method gets {@code 405 Method Not Allowed} with an
 * {@code Allow} header listing the accepted methods, logged as a warning on
 * {@code dev.quintet.request}.
 *
 * <pre>{@code
 * path("posts/new/", Http.requireHttpMethods(PostViews::create, "GET", "POST"), "post_new")
 * path("posts/", Http.requireSafe(PostViews::list), "post_list")
 * }</pre>
 */
public final class Http {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quintet.request");

    private Http() {
    }

    /** {@code view}, answering only the given methods (upper case, as on the request line). */
    public static View requireHttpMethods(View view, String... methods) {
        if (methods.length == 0) {
            throw new IllegalArgumentException("requireHttpMethods needs at least one method");
        }
        String[] allowed = Arrays.stream(methods).map(m -> m.toUpperCase(Locale.ROOT)).toArray(String[]::new);
        List<String> allowedList = List.of(allowed);
        return request -> {
            if (!allowedList.contains(request.method())) {
                HttpResponse response = new HttpResponseNotAllowed(allowedList);
                LOG.warn("Method Not Allowed ({}): {}", request.method(), request.path());
                return response;
            }
            return view.handle(request);
        };
    }

    /** {@code view}, answering only GET. */
    public static View requireGET(View view) {
        return requireHttpMethods(view, "GET");
    }

    /** {@code view}, answering only POST. */
    public static View requirePOST(View view) {
        return requireHttpMethods(view, "POST");
    }

    /** {@code view}, answering only the safe methods GET and HEAD. */
    public static View requireSafe(View view) {
        return requireHttpMethods(view, "GET", "HEAD");
    }
}
