package dev.quintet.core.handlers.internal;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.template.internal.Html;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * Django's DEBUG pages: the technical 404 (the URL patterns tried, in order) and the technical
 * 500 (the exception, its stack trace, the request data and the settings with secrets masked),
 * as HTML for clients that accept it and as plain text otherwise ({@code request.accepts("text/html")}).
 * Shown only when {@code DEBUG} is on.
 */
public final class TechnicalPages {
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String STYLE = """
            <style>
              html * { padding:0; margin:0; }
              body * { padding:10px 20px; }
              body * * { padding:0; }
              body { font-family: sans-serif; background:#eee; color:#000; }
              body > :where(header, main, footer) { border-bottom:1px solid #ddd; }
              h1 { font-weight:normal; margin-bottom:.4em; }
              h1 small { font-size:60%; color:#666; font-weight:normal; }
              h2 { margin-bottom:.8em; } h3 { margin:1em 0 .5em 0; }
              table { border:1px solid #ccc; border-collapse: collapse; width:100%; background:white; }
              td, th { vertical-align:top; padding:2px 3px; } th { width:12em; text-align:right; color:#666; padding-right:.5em; }
              table.vars td, table.req td { font-family:monospace; }
              pre.exception_value { font-family: sans-serif; color: #575757; font-size: 1.5em; margin: 10px 0 10px 0; }
              ol.frames li { list-style:none; font-family:monospace; padding:2px 0; }
              ol.frames li.user { background:#f4f4f4; font-weight:bold; }
              #summary { background: #ffc; } #summary h2 { font-weight: normal; color: #666; }
              #info { background:#f6f6f6; } #info ol { margin: 0.5em 4em; } #info ol li { font-family: monospace; }
              #explanation { background:#eee; border-bottom: 0px none; }
            </style>
            """;

    private TechnicalPages() {
    }

    /**
     * Django's {@code default_urlconf} page, shown in DEBUG while the URLconf has no patterns:
     * a 200 saying the installation works.
     */
    public static HttpResponse welcome() {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n"
                + "  <title>The install worked successfully! Congratulations!</title>\n" + STYLE + "</head>\n<body>\n"
                + "  <main id=\"summary\">\n    <h1>The install worked successfully! Congratulations!</h1>\n"
                + "    <p>You are seeing this page because <code>DEBUG = true</code> is in your settings and you have "
                + "not configured any URLs.</p>\n  </main>\n</body>\n</html>\n";
        return new HttpResponse(html, HttpResponse.DEFAULT_CONTENT_TYPE, 200);
    }

    /**
     * The technical 404 page. {@code tried} lists the patterns resolution tried ({@code null} when
     * a view raised the 404, which then shows its message and the view's name).
     */
    public static HttpResponse notFound(HttpRequest request, Exception exception, List<String> tried,
                                        String urlconf, String raisingView) {
        RequestInfo info = RequestInfo.of(request);
        boolean resolved = tried == null;
        String path = request.pathInfo().startsWith("/") ? request.pathInfo().substring(1) : request.pathInfo();
        String reason = exception.getMessage() == null ? "" : exception.getMessage();
        if (request.accepts("text/html")) {
            StringBuilder h = new StringBuilder(2048);
            h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">\n")
                    .append("  <title>Page not found at ").append(escape(request.pathInfo())).append("</title>\n")
                    .append("  <meta name=\"robots\" content=\"NONE,NOARCHIVE\">\n").append(STYLE).append("</head>\n<body>\n")
                    .append("  <main id=\"summary\">\n    <h1>Page not found <small>(404)</small></h1>\n");
            if (resolved && !reason.isEmpty()) {
                h.append("    <pre class=\"exception_value\">").append(escape(reason)).append("</pre>\n");
            }
            h.append("    <table class=\"meta\">\n")
                    .append(row("Request Method:", info.method()))
                    .append(row("Request URL:", info.absoluteUri()));
            if (raisingView != null) {
                h.append(row("Raised by:", raisingView));
            }
            h.append("    </table>\n  </main>\n  <section id=\"info\">\n");
            if (tried != null && !tried.isEmpty()) {
                h.append("    <p>Using the URLconf defined in <code>").append(escape(urlconf))
                        .append("</code>, Quintet tried these URL patterns, in this order:</p>\n    <ol>\n");
                for (String pattern : tried) {
                    h.append("      <li><code>").append(escape(pattern)).append("</code></li>\n");
                }
                h.append("    </ol>\n    <p>")
                        .append(path.isEmpty() ? "The empty path" : "The current path, <code>" + escape(path) + "</code>,")
                        .append(" didn't match any of these.</p>\n");
            }
            h.append("  </section>\n  <footer id=\"explanation\">\n    <p>You're seeing this error because you have "
                    + "<code>DEBUG = True</code> in your Quintet settings. Change that to <code>False</code>, and Quintet "
                    + "will display a standard 404 page.</p>\n  </footer>\n</body>\n</html>\n");
            return new HttpResponse(h.toString(), HttpResponse.DEFAULT_CONTENT_TYPE, 404);
        }
        StringBuilder t = new StringBuilder(1024);
        t.append("Page not found (404)\n");
        if (resolved && !reason.isEmpty()) {
            t.append(reason).append('\n');
        }
        t.append("Request Method: ").append(info.method()).append('\n')
                .append("Request URL: ").append(info.absoluteUri()).append('\n');
        if (raisingView != null) {
            t.append("Raised by: ").append(raisingView).append('\n');
        }
        if (tried != null && !tried.isEmpty()) {
            t.append("\nUsing the URLconf defined in ").append(urlconf)
                    .append(", Quintet tried these URL patterns, in this order:\n");
            for (int i = 0; i < tried.size(); i++) {
                t.append(i + 1).append(". ").append(tried.get(i)).append('\n');
            }
            t.append(path.isEmpty() ? "The empty path" : "The current path, " + path + ",")
                    .append(" didn't match any of these.\n");
        }
        t.append("\nYou're seeing this error because you have DEBUG = True in your Quintet settings. "
                + "Change that to False, and Quintet will display a standard 404 page.\n");
        return new HttpResponse(t.toString(), TEXT, 404);
    }

    /** The technical 500 page for {@code exception}, answered with {@code status} (500, or 400 for client errors). */
    public static HttpResponse serverError(HttpRequest request, Throwable exception, int status,
                                           Map<String, String> safeSettings, String raisingView) {
        RequestInfo info = RequestInfo.of(request);
        String type = exception.getClass().getName();
        String value = exception.getMessage() == null ? "" : exception.getMessage();
        StackTraceElement location = exception.getStackTrace().length > 0 ? exception.getStackTrace()[0] : null;
        String time = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
        if (request.accepts("text/html")) {
            StringBuilder h = new StringBuilder(8192);
            h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">\n")
                    .append("  <meta name=\"robots\" content=\"NONE,NOARCHIVE\">\n  <title>").append(escape(type))
                    .append(" at ").append(escape(info.pathInfo())).append("</title>\n").append(STYLE)
                    .append("</head>\n<body>\n<header id=\"summary\">\n  <h1>").append(escape(type))
                    .append(" at ").append(escape(info.pathInfo())).append("</h1>\n  <pre class=\"exception_value\">")
                    .append(escape(value.isEmpty() ? "No exception message supplied" : value)).append("</pre>\n")
                    .append("  <table class=\"meta\">\n")
                    .append(row("Request Method:", info.method()))
                    .append(row("Request URL:", info.absoluteUri()))
                    .append(row("Quintet Version:", version()))
                    .append(row("Exception Type:", type))
                    .append(row("Exception Value:", value))
                    .append(row("Exception Location:", location == null ? "unknown" : location.toString()));
            if (raisingView != null) {
                h.append(row("Raised during:", raisingView));
            }
            h.append(row("Java Version:", Runtime.version().toString()))
                    .append(row("Server time:", time))
                    .append("  </table>\n</header>\n<main id=\"info\">\n  <h2>Traceback</h2>\n");
            for (Throwable t : chain(exception)) {
                if (t != exception) {
                    h.append("  <h3>The above exception was caused by:</h3>\n");
                }
                h.append("  <p><code>").append(escape(t.toString())).append("</code></p>\n  <ol class=\"frames\">\n");
                for (StackTraceElement frame : t.getStackTrace()) {
                    h.append("    <li class=\"").append(isFrameworkFrame(frame) ? "framework" : "user").append("\">at ")
                            .append(escape(frame.toString())).append("</li>\n");
                }
                h.append("  </ol>\n");
            }
            h.append("  <h2>Request information</h2>\n");
            h.append(table("GET", info.get(), "No GET data"));
            h.append(table("POST", info.post(), "No POST data"));
            h.append(table("FILES", info.files(), "No FILES data"));
            h.append(table("COOKIES", info.cookies(), "No cookie data"));
            h.append(table("META", List.copyOf(info.meta().entrySet()), "No META data"));
            h.append("  <h2>Settings</h2>\n");
            h.append(table("Settings", List.copyOf(safeSettings.entrySet()), "No settings"));
            h.append("</main>\n<footer id=\"explanation\">\n  <p>You're seeing this error because you have <code>DEBUG = True</code> "
                    + "in your Quintet settings. Change that to <code>False</code>, and Quintet will display a standard page "
                    + "generated by the handler for this status code.</p>\n</footer>\n</body>\n</html>\n");
            return new HttpResponse(h.toString(), HttpResponse.DEFAULT_CONTENT_TYPE, status);
        }
        StringBuilder t = new StringBuilder(4096);
        t.append(type).append(" at ").append(info.pathInfo()).append('\n')
                .append(value.isEmpty() ? "No exception message supplied" : value).append("\n\n")
                .append("Request Method: ").append(info.method()).append('\n')
                .append("Request URL: ").append(info.absoluteUri()).append('\n')
                .append("Quintet Version: ").append(version()).append('\n')
                .append("Java Version: ").append(Runtime.version()).append('\n')
                .append("Exception Type: ").append(type).append('\n')
                .append("Exception Value: ").append(value).append('\n')
                .append("Exception Location: ").append(location == null ? "unknown" : location).append('\n');
        if (raisingView != null) {
            t.append("Raised during: ").append(raisingView).append('\n');
        }
        t.append("Server time: ").append(time).append("\n\nTraceback:\n");
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        t.append(trace).append("\nRequest information:\n");
        textTable(t, "GET", info.get(), "No GET data");
        textTable(t, "POST", info.post(), "No POST data");
        textTable(t, "FILES", info.files(), "No FILES data");
        textTable(t, "COOKIES", info.cookies(), "No cookie data");
        textTable(t, "META", List.copyOf(info.meta().entrySet()), "No META data");
        t.append("\nSettings:\n");
        for (Map.Entry<String, String> e : safeSettings.entrySet()) {
            t.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
        }
        t.append("\nYou're seeing this error because you have DEBUG = True in your\nQuintet settings. Change that to "
                + "False, and Quintet will\ndisplay a standard page generated by the handler for this status code.\n");
        return new HttpResponse(t.toString(), TEXT, status);
    }

    private static List<Throwable> chain(Throwable exception) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean isFrameworkFrame(StackTraceElement frame) {
        String c = frame.getClassName();
        return c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.startsWith("dev.quintet.")
                || c.startsWith("org.eclipse.jetty.");
    }

    private static String version() {
        String v = TechnicalPages.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static String row(String label, String value) {
        return "    <tr><th scope=\"row\">" + label + "</th><td>" + escape(value) + "</td></tr>\n";
    }

    private static String table(String title, List<Map.Entry<String, String>> rows, String empty) {
        StringBuilder h = new StringBuilder();
        h.append("  <h3 id=\"").append(title.toLowerCase(java.util.Locale.ROOT)).append("-info\">").append(title).append("</h3>\n");
        if (rows.isEmpty()) {
            return h.append("  <p>").append(empty).append("</p>\n").toString();
        }
        h.append("  <table class=\"req\">\n    <thead><tr><th scope=\"col\">Variable</th><th scope=\"col\">Value</th></tr></thead>\n    <tbody>\n");
        for (Map.Entry<String, String> e : rows) {
            h.append("      <tr><td>").append(escape(e.getKey())).append("</td><td class=\"code\"><pre>")
                    .append(escape(e.getValue())).append("</pre></td></tr>\n");
        }
        return h.append("    </tbody>\n  </table>\n").toString();
    }

    private static void textTable(StringBuilder t, String title, List<Map.Entry<String, String>> rows, String empty) {
        t.append(title).append(':');
        if (rows.isEmpty()) {
            t.append(' ').append(empty).append('\n');
            return;
        }
        for (Map.Entry<String, String> e : rows) {
            t.append('\n').append(e.getKey()).append(" = '").append(e.getValue()).append('\'');
        }
        t.append('\n');
    }

    /** Django's {@code escape} of any value's text. */
    private static String escape(Object value) {
        return Html.escape(String.valueOf(value));
    }
}
