package dev.quintet.templates;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.AuthContext;
import dev.quintet.contrib.messages.Messages;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.middleware.csrf.Csrf;
import dev.quintet.db.QueryLog;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in context processors: Django's {@code django.template.context_processors}. List
 * them in {@link TemplatesSettings.Builder#contextProcessors}. The auth, CSRF and messages
 * processors are the apps' own ({@code AuthContext::processor}, {@code Csrf::contextProcessor},
 * {@code Messages::contextProcessor}), offered here
 * too; any {@link ContextProcessor} plugs in the same way.
 *
 * <table>
 *   <caption>Variables</caption>
 *   <tr><th>processor</th><th>variables</th></tr>
 *   <tr><td>{@link #request()}</td><td>{@code request}</td></tr>
 *   <tr><td>{@link #debug()}</td><td>{@code debug} ({@code True}) and {@code sql_queries} when {@code DEBUG}
 *       is on and the client address is in {@code INTERNAL_IPS}; nothing otherwise</td></tr>
 *   <tr><td>{@link #staticFiles()}</td><td>{@code STATIC_URL}</td></tr>
 *   <tr><td>{@link #media()}</td><td>{@code MEDIA_URL}</td></tr>
 *   <tr><td>{@link #tz()}</td><td>{@code TIME_ZONE} (the zone's id)</td></tr>
 *   <tr><td>{@link #auth()}</td><td>{@code user}, {@code perms} (the auth app's)</td></tr>
 *   <tr><td>{@link #csrf()}</td><td>{@code csrf_token}, for {@code {% csrf_token %}}</td></tr>
 *   <tr><td>{@link #messages()}</td><td>{@code messages}, {@code DEFAULT_MESSAGE_LEVELS} (the messages app's)</td></tr>
 * </table>
 */
public final class ContextProcessors {
    private ContextProcessors() {
    }

    /** {@code request}: the current request. */
    public static ContextProcessor request() {
        return request -> Map.of("request", request);
    }

    /**
     * {@code debug}: true for internal addresses in DEBUG, with {@code sql_queries}: the queries the
     * request has run so far, each a map {@code {sql, time}} with the time in seconds as a string with
     * three decimals, as Django's ({@code {% for q in sql_queries %}{{ q.sql }} ({{ q.time }}s){% endfor %}}).
     */
    public static ContextProcessor debug() {
        return request -> {
            Settings settings = SiteContext.current().settings();
            if (settings.debug() && request.remoteAddr() != null
                    && settings.internalIps().contains(request.remoteAddr())) {
                return Map.of("debug", Boolean.TRUE, "sql_queries", sqlQueries());
            }
            return Map.of();
        };
    }

    /** Read on first use, as Django's lazy list: a template sees the queries run before it reads them. */
    private static List<Map<String, String>> sqlQueries() {
        return new AbstractList<>() {
            private List<Map<String, String>> queries;

            private List<Map<String, String>> queries() {
                if (queries == null) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    for (QueryLog.Entry e : QueryLog.current()) {
                        rows.add(Map.of("sql", e.sql(), "time", String.format(Locale.ROOT, "%.3f", e.nanos() / 1e9)));
                    }
                    queries = rows;
                }
                return queries;
            }

            @Override
            public Map<String, String> get(int index) {
                return queries().get(index);
            }

            @Override
            public int size() {
                return queries().size();
            }
        };
    }

    /** {@code STATIC_URL}. */
    public static ContextProcessor staticFiles() {
        return request -> Map.of("STATIC_URL", SiteContext.current().settings().staticFiles().url());
    }

    /** {@code MEDIA_URL}. */
    public static ContextProcessor media() {
        return request -> Map.of("MEDIA_URL", SiteContext.current().settings().staticFiles().mediaUrl());
    }

    /** {@code TIME_ZONE}: the site's time zone id. */
    public static ContextProcessor tz() {
        return request -> Map.of("TIME_ZONE", SiteContext.current().settings().timeZone().getId());
    }

    /** {@code user} and {@code perms}: the auth app's processor ({@code AuthContext.processor}). */
    public static ContextProcessor auth() {
        return AuthContext::processor;
    }

    /** {@code csrf_token}: the CSRF middleware's processor ({@code Csrf.contextProcessor}). */
    public static ContextProcessor csrf() {
        return Csrf::contextProcessor;
    }

    /** The messages app's processor ({@code Messages.contextProcessor}). */
    public static ContextProcessor messages() {
        return Messages::contextProcessor;
    }
}
