package dev.quintet.core.handlers.internal;

import dev.quintet.http.View;
import dev.quintet.urls.ResolverMatch;

/** Names a view for error messages: its class when it has a real one, else its URL pattern. */
public final class ViewNames {
    private ViewNames() {
    }

    /**
     * A class-based view is named by its class; a lambda or method reference (a hidden class,
     * whose name means nothing) by the URL pattern that routed to it.
     */
    public static String describe(View view, ResolverMatch match) {
        Class<?> type = view.getClass();
        if (!type.isHidden() && !type.isSynthetic() && !type.isAnonymousClass()) {
            return type.getName();
        }
        if (match == null) {
            return "(unnamed view)";
        }
        String name = match.viewName();
        String route = match.route();
        if (name != null) {
            return "'" + name + "' (route '" + route + "')";
        }
        return "for route '" + route + "'";
    }
}
