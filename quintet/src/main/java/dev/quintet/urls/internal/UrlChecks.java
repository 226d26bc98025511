package dev.quintet.urls.internal;

import dev.quintet.urls.Converters;
import dev.quintet.urls.Include;
import dev.quintet.urls.InvalidUrlPattern;
import dev.quintet.urls.RegexPattern;
import dev.quintet.urls.Route;
import dev.quintet.urls.RoutePattern;
import dev.quintet.urls.UrlCheck;
import dev.quintet.urls.UrlPattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The URL system checks, Django's {@code check_resolver} and {@code check_url_namespaces_unique}:
 * {@code urls.W001} include regex ending in {@code $}, {@code urls.W002} route starting with
 * {@code /}, {@code urls.W003} name containing {@code :}, {@code urls.W005} duplicate namespace,
 * {@code 2_0.W001} a {@code path()} route that looks like a regex, {@code urls.E003} unknown
 * converter, {@code urls.E004} invalid entry. Works on the uncompiled patterns, so it also reports
 * what makes building the URLconf fail.
 */
public final class UrlChecks {
    private UrlChecks() {
    }

    /** All findings for the root {@code patterns}, in Django's order. */
    public static List<UrlCheck> run(List<UrlPattern> patterns, Converters registry, boolean appendSlash) {
        List<UrlCheck> out = new ArrayList<>();
        checkList(patterns, registry, appendSlash, out);
        Set<String> seen = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (String ns : namespaces(patterns, "")) {
            if (!seen.add(ns)) {
                duplicates.add(ns);
            }
        }
        for (String ns : duplicates) {
            out.add(new UrlCheck("urls.W005", UrlCheck.WARNING, "URL namespace '" + ns + "' isn't unique. You may not"
                    + " be able to reverse all URLs in this namespace", null));
        }
        return out;
    }

    private static void checkList(List<UrlPattern> patterns, Converters registry, boolean appendSlash, List<UrlCheck> out) {
        for (int i = 0; i < patterns.size(); i++) {
            UrlPattern p = patterns.get(i);
            if (p == null) {
                out.add(new UrlCheck("urls.E004", UrlCheck.ERROR, "Your URL pattern at index " + i + " is invalid."
                        + " Ensure that urlpatterns is a list of path() and/or rePath() instances.",
                        "Remove the null entry."));
                continue;
            }
            check(p, registry, appendSlash, out);
        }
    }

    private static void check(UrlPattern p, Converters registry, boolean appendSlash, List<UrlCheck> out) {
        switch (p) {
            case Route r -> {
                if (r.name() != null && r.name().contains(":")) {
                    out.add(new UrlCheck("urls.W003", UrlCheck.WARNING, "Your URL pattern " + r.describe()
                            + " has a name including a ':'. Remove the colon, to avoid ambiguous namespace references.", null));
                }
                checkPattern(p, true, registry, appendSlash, out);
            }
            case Include inc -> {
                List<UrlCheck> inner = new ArrayList<>();
                checkList(inc.patterns(), registry, appendSlash, inner);
                if (inner.isEmpty()) {
                    checkPattern(p, false, registry, appendSlash, inner);
                }
                out.addAll(inner);
            }
        }
    }

    private static void checkPattern(UrlPattern p, boolean endpoint, Converters registry, boolean appendSlash,
                                     List<UrlCheck> out) {
        switch (p.pattern()) {
            case RoutePattern route -> {
                String text = route.route();
                try {
                    PatternCompiler.converters(text, RouteParser.parse(text), registry);
                } catch (InvalidUrlPattern e) {
                    out.add(new UrlCheck("urls.E003", UrlCheck.ERROR, e.getMessage(),
                            "Register the converter on the URLconf builder with converter(name, converter)."));
                }
                boolean endsWithSlash = !endpoint && text.endsWith("/");
                if (appendSlash && text.startsWith("/") && !endsWithSlash) {
                    out.add(slashWarning(p));
                }
                if (text.contains("(?P<") || text.startsWith("^") || text.endsWith("$")) {
                    out.add(new UrlCheck("2_0.W001", UrlCheck.WARNING, "Your URL pattern " + p.describe()
                            + " has a route that contains '(?P<', begins with a '^', or ends with a '$'. This was"
                            + " likely an oversight when migrating from rePath() to path().",
                            "Use rePath() for regular expressions, or write the route with <converter:name>."));
                }
            }
            case RegexPattern regex -> {
                String text = regex.regex();
                boolean slash = text.startsWith("/") || text.startsWith("^/") || text.startsWith("^\\/");
                if (appendSlash && slash && !text.endsWith("/")) {
                    out.add(slashWarning(p));
                }
                if (!endpoint && text.endsWith("$") && !text.endsWith("\\$")) {
                    out.add(new UrlCheck("urls.W001", UrlCheck.WARNING, "Your URL pattern " + p.describe()
                            + " uses include with a route ending with a '$'. Remove the dollar from the route to"
                            + " avoid problems including URLs.", null));
                }
            }
        }
    }

    private static UrlCheck slashWarning(UrlPattern p) {
        return new UrlCheck("urls.W002", UrlCheck.WARNING, "Your URL pattern " + p.describe() + " has a route"
                + " beginning with a '/'. Remove this slash as it is unnecessary. If this pattern is targeted in an"
                + " include(), ensure the include() pattern has a trailing '/'.", null);
    }

    private static List<String> namespaces(List<UrlPattern> patterns, String parents) {
        List<String> found = new ArrayList<>();
        for (UrlPattern p : patterns) {
            if (p instanceof Include inc && inc.namespace() != null) {
                found.add(parents + inc.namespace());
            }
        }
        for (UrlPattern p : patterns) {
            if (p instanceof Include inc) {
                String current = inc.namespace() == null ? parents : parents + inc.namespace() + ":";
                found.addAll(namespaces(inc.patterns(), current));
            }
        }
        return found;
    }
}
