package dev.quintet.views.decorators;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.View;
import java.util.List;

/**
 * Keeps secrets out of the DEBUG error pages and error reports: Django's
 * {@code sensitive_post_parameters}. The named POST fields of a request answered by the
 * wrapped view are shown as {@code ********************}; with no names, every field is.
 *
 * <pre>{@code
 * path("login/", Debug.sensitivePostParameters(AuthViews::login, "password"), "login")
 * path("card/", Debug.sensitivePostParameters(Billing::pay), "pay")      // hide every field
 * }</pre>
 */
public final class Debug {
    /** The request attribute holding the sensitive field names ({@link #ALL} for every field). */
    public static final String SENSITIVE_POST_PARAMETERS = "quintet.sensitive_post_parameters";
    /** The value meaning every POST field is sensitive. */
    public static final List<String> ALL = List.of("__ALL__");

    private Debug() {
    }

    /** {@code view}, whose named POST fields (all when none are named) are masked on error pages. */
    public static View sensitivePostParameters(View view, String... names) {
        List<String> sensitive = names.length == 0 ? ALL : List.of(names);
        return request -> {
            request.setAttribute(SENSITIVE_POST_PARAMETERS, sensitive);
            return view.handle(request);
        };
    }

    /** True when the field {@code name} of {@code request}'s POST data must not be shown. */
    public static boolean isSensitivePostParameter(HttpRequest request, String name) {
        Object sensitive = request.attribute(SENSITIVE_POST_PARAMETERS);
        if (!(sensitive instanceof List<?> names)) {
            return false;
        }
        return names == ALL || names.contains(name);
    }
}
