package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.http.PermissionDenied;
import dev.quintet.http.QueryDict;
import dev.quintet.http.View;
import java.net.URI;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Django's {@code login_required}, {@code permission_required} and {@code user_passes_test}:
 * a view that fails the test is answered with a redirect to {@code LOGIN_URL?next=<path>}.
 * They need {@link AuthenticationMiddleware}.
 *
 * <pre>{@code
 * path("dashboard/", AuthDecorators.loginRequired(Views::dashboard), "dashboard")
 * path("posts/new/", AuthDecorators.permissionRequired(Views::create, "blog.add_post"), "post_new")
 * path("staff/", AuthDecorators.userPassesTest(Views::staff, BaseUser::isStaff), "staff")
 * }</pre>
 */
public final class AuthDecorators {
    /** Django's {@code REDIRECT_FIELD_NAME}. */
    public static final String REDIRECT_FIELD_NAME = "next";

    private AuthDecorators() {
    }

    /** Only for logged-in users. */
    public static View loginRequired(View view) {
        return userPassesTest(view, BaseUser::isAuthenticated, null, REDIRECT_FIELD_NAME);
    }

    /** Only for logged-in users, sending the others to {@code loginUrl} (null: {@code LOGIN_URL}). */
    public static View loginRequired(View view, String loginUrl, String redirectFieldName) {
        return userPassesTest(view, BaseUser::isAuthenticated, loginUrl, redirectFieldName);
    }

    /** Only for users with every permission in {@code perms}; the others go to the login page. */
    public static View permissionRequired(View view, String... perms) {
        return request -> {
            Settings settings = AuthenticationMiddleware.settingsOf(request);
            return gate(view, u -> Auth.hasPerms(u, settings, perms), null, REDIRECT_FIELD_NAME).handle(request);
        };
    }

    /** Like {@link #permissionRequired} but answering 403 ({@link PermissionDenied}) instead of redirecting. */
    public static View permissionRequiredOrRaise(View view, String... perms) {
        return request -> {
            Settings settings = AuthenticationMiddleware.settingsOf(request);
            if (!Auth.hasPerms(Auth.user(request), settings, perms)) {
                throw new PermissionDenied("");
            }
            return view.handle(request);
        };
    }

    /** Only for users passing {@code test}. */
    public static View userPassesTest(View view, Predicate<BaseUser> test) {
        return userPassesTest(view, test, null, REDIRECT_FIELD_NAME);
    }

    /** Only for users passing {@code test}, sending the others to {@code loginUrl} (null: {@code LOGIN_URL}). */
    public static View userPassesTest(View view, Predicate<BaseUser> test, String loginUrl, String redirectFieldName) {
        return gate(view, test, loginUrl, redirectFieldName);
    }

    private static View gate(View view, Predicate<BaseUser> test, String loginUrl, String redirectFieldName) {
        Objects.requireNonNull(view, "view");
        return request -> {
            if (test.test(Auth.user(request))) {
                return view.handle(request);
            }
            Settings settings = AuthenticationMiddleware.settingsOf(request);
            String login = loginUrl != null ? loginUrl : settings.auth().loginUrl();
            return redirectToLogin(request, login, redirectFieldName);
        };
    }

    /** Django's {@code redirect_to_login}: the login URL with {@code next} set to where the user was going. */
    public static HttpResponse redirectToLogin(HttpRequest request, String loginUrl, String redirectFieldName) {
        String path = request.buildAbsoluteUri();
        URI login = URI.create(loginUrl);
        URI current = URI.create(path);
        boolean sameScheme = login.getScheme() == null || login.getScheme().equals(current.getScheme());
        boolean sameHost = login.getRawAuthority() == null || login.getRawAuthority().equals(current.getRawAuthority());
        if (sameScheme && sameHost) {
            path = request.fullPath();
        }
        if (redirectFieldName == null || redirectFieldName.isEmpty()) {
            return new HttpResponseRedirect(loginUrl);
        }
        int q = loginUrl.indexOf('?');
        String base = q < 0 ? loginUrl : loginUrl.substring(0, q);
        QueryDict query = QueryDict.parse(q < 0 ? "" : loginUrl.substring(q + 1)).copy();
        query.set(redirectFieldName, path);
        return new HttpResponseRedirect(base + "?" + query.urlencode("/"));
    }
}
