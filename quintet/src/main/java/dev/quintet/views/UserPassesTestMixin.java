package dev.quintet.views;

import dev.quintet.http.HttpRequest;

/**
 * Only requests passing {@link #testFunc} get through: Django's {@code UserPassesTestMixin}.
 *
 * <pre>{@code
 * public class StaffOnly extends TemplateView implements UserPassesTestMixin {
 *     @Override public boolean testFunc(HttpRequest request) { return ((User) request.user()).isStaff(); }
 * }
 * }</pre>
 */
public interface UserPassesTestMixin extends AccessMixin {
    /** True to let the request through. */
    boolean testFunc(HttpRequest request) throws Exception;
}
