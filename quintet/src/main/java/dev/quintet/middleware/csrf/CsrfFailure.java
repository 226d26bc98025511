package dev.quintet.middleware.csrf;

import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseForbidden;

/**
 * The default 403 page of a refused request: Django's {@code csrf_failure} view. It states the
 * reason; in {@code DEBUG} it also says how to fix the usual causes.
 */
public final class CsrfFailure {
    private static final String NO_REFERER = "Referer checking failed - no Referer.";
    private static final String NO_COOKIE = "CSRF cookie not set.";

    private CsrfFailure() {
    }

    /** The 403 response for {@code reason}. */
    public static HttpResponse response(String reason, boolean debug) {
        StringBuilder html = new StringBuilder(2048).append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta http-equiv="content-type" content="text/html; charset=utf-8">
                  <meta name="robots" content="NONE,NOARCHIVE">
                  <title>403 Forbidden</title>
                </head>
                <body>
                <div id="summary">
                  <h1>Forbidden <span>(403)</span></h1>
                  <p>CSRF verification failed. Request aborted.</p>
                """);
        html.append("  <p>Reason given for failure: ").append(escape(reason)).append("</p>\n");
        if (reason.equals(NO_REFERER)) {
            html.append("""
                      <p>You are seeing this message because this HTTPS site requires a “Referer header” to be sent by your web browser, but none was sent. This header is required for security reasons, to ensure that your browser is not being hijacked by third parties.</p>
                      <p>If you have configured your browser to disable “Referer” headers, please re-enable them, at least for this site, or for HTTPS connections, or for “same-origin” requests.</p>
                    """);
        }
        if (reason.equals(NO_COOKIE)) {
            html.append("""
                      <p>You are seeing this message because this site requires a CSRF cookie when submitting forms. This cookie is required for security reasons, to ensure that your browser is not being hijacked by third parties.</p>
                      <p>If you have configured your browser to disable cookies, please re-enable them, at least for this site, or for “same-origin” requests.</p>
                    """);
        }
        html.append("</div>\n");
        if (debug) {
            html.append("""
                    <div id="info">
                      <h2>Help</h2>
                      <p>In general, this can occur when there is genuine Cross Site Request Forgery, or when the CSRF mechanism has not been used correctly. For POST forms, you need to ensure:</p>
                      <ul>
                        <li>Your browser is accepting cookies.</li>
                        <li>The view passes the request to the template’s render method (<code>Context.forRequest</code>) and the engine has the <code>Csrf::contextProcessor</code> context processor.</li>
                        <li>In the template, there is a <code>{% csrf_token %}</code> template tag inside each POST form that targets an internal URL.</li>
                        <li>If you are not using <code>CsrfViewMiddleware</code>, then you must use <code>CsrfViewMiddleware.protect</code> on any views that use the <code>csrf_token</code> template tag, as well as those that accept the POST data.</li>
                        <li>The form has a valid CSRF token. After logging in in another browser tab or hitting the back button after a login, you may need to reload the page with the form, because the token is rotated after a login.</li>
                        <li>For AJAX requests, send the token in the <code>X-CSRFToken</code> header; for another site's origin, list it in <code>CSRF_TRUSTED_ORIGINS</code>.</li>
                      </ul>
                      <p>You’re seeing the help section of this page because you have DEBUG = True in your settings. Change that to False, and only the initial error message will be displayed.</p>
                      <p>You can customize this page using the CSRF_FAILURE_VIEW setting.</p>
                    </div>
                    """);
        } else {
            html.append("<div id=\"explanation\">\n  <p><small>More information is available with DEBUG=True.</small></p>\n</div>\n");
        }
        html.append("</body>\n</html>\n");
        return new HttpResponseForbidden(html.toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }
}
