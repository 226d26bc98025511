package dev.quintet.views;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.http.PermissionDenied;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the access mixins share: Django's {@code AccessMixin}. A class-based view implementing
 * {@link LoginRequiredMixin}, {@link PermissionRequiredMixin} or {@link UserPassesTestMixin}
 * (any combination, checked in that order) is checked by {@link View#dispatch} before its handler
 * runs. A refused anonymous user is redirected to the login page
 * ({@code /accounts/login/?next=/the/path/}); a refused logged-in user, or any refusal when
 * {@link #raiseException()} is true, is a 403.
 */
public interface AccessMixin {
    /** Django's {@code LOGIN_URL} default. */
    String DEFAULT_LOGIN_URL = "/accounts/login/";

    /** The login page. */
    default String loginUrl() {
        return DEFAULT_LOGIN_URL;
    }

    /** The query parameter carrying the page to come back to. */
    default String redirectFieldName() {
        return "next";
    }

    /** True to answer 403 even to anonymous users. */
    default boolean raiseException() {
        return false;
    }

    /** The 403's message. */
    default String permissionDeniedMessage() {
        return "";
    }

    /** The refusal: a redirect to the login page, or {@link PermissionDenied}. */
    default HttpResponse handleNoPermission(HttpRequest request) {
        if (raiseException() || RequestUser.of(request.user()).isAuthenticated()) {
            throw new PermissionDenied(permissionDeniedMessage());
        }
        return redirectToLogin(request.fullPath(), loginUrl(), redirectFieldName());
    }

    /** Django's {@code redirect_to_login}: {@code loginUrl?next=path} (the path's slashes kept). */
    static HttpResponseRedirect redirectToLogin(String next, String loginUrl, String fieldName) {
        if (fieldName == null || fieldName.isEmpty()) {
            return new HttpResponseRedirect(loginUrl);
        }
        String value = URLEncoder.encode(next, StandardCharsets.UTF_8).replace("%2F", "/").replace("+", "%20");
        return new HttpResponseRedirect(loginUrl + (loginUrl.contains("?") ? "&" : "?") + fieldName + "=" + value);
    }

    /** The checks of every access mixin {@code view} implements; {@code null} when all pass. */
    static HttpResponse checkAll(Object view, HttpRequest request) throws Exception {
        if (view instanceof LoginRequiredMixin m && !RequestUser.of(request.user()).isAuthenticated()) {
            return m.handleNoPermission(request);
        }
        if (view instanceof PermissionRequiredMixin m && !m.hasPermission(request)) {
            return m.handleNoPermission(request);
        }
        if (view instanceof UserPassesTestMixin m && !m.testFunc(request)) {
            return m.handleNoPermission(request);
        }
        return null;
    }
}
