package dev.quintet.views;

import dev.quintet.http.HttpRequest;
import java.util.List;

/**
 * Only users with every permission of {@link #permissionRequired()} get through: Django's
 * {@code PermissionRequiredMixin}.
 *
 * <pre>{@code
 * public class PostEdit extends UpdateView<Post> implements PermissionRequiredMixin {
 *     @Override public List<String> permissionRequired() { return List.of("blog.change_post"); }
 * }
 * }</pre>
 */
public interface PermissionRequiredMixin extends AccessMixin {
    /** The permissions ({@code "app_label.codename"}), all required. */
    List<String> permissionRequired();

    /** True when the request's user has them all. */
    default boolean hasPermission(HttpRequest request) {
        RequestUser user = RequestUser.of(request.user());
        for (String permission : permissionRequired()) {
            if (!user.hasPerm(permission)) {
                return false;
            }
        }
        return true;
    }
}
