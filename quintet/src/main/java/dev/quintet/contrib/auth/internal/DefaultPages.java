package dev.quintet.contrib.auth.internal;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The plain built-in pages of the authentication views, for sites without their own templates. */
public final class DefaultPages {
    private DefaultPages() {
    }

    /** Draws {@code template} with {@code context}. */
    public static HttpResponse render(HttpRequest request, String template, Map<String, Object> context) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>");
        switch (template) {
            case "registration/logged_out.html" -> {
                html.append("Logged out</title></head>\n<body>\n<h1>Logged out</h1>\n<p>Thanks for spending some quality time with the web site today.</p>\n");
            }
            case "registration/password_reset_form.html" -> {
                html.append("Password reset</title></head>\n<body>\n<h1>Password reset</h1>\n<form method=\"post\">\n");
                hidden(html, "csrfmiddlewaretoken", context.get("csrf_token"));
                field(html, "email", "Email", "email", "");
                html.append("<button type=\"submit\">Reset my password</button>\n</form>\n");
            }
            case "registration/password_reset_confirm.html" -> {
                html.append("Enter new password</title></head>\n<body>\n");
                if (Boolean.TRUE.equals(context.get("validlink"))) {
                    html.append("<h1>Enter new password</h1>\n");
                    errors(html, context);
                    html.append("<form method=\"post\">\n");
                    hidden(html, "csrfmiddlewaretoken", context.get("csrf_token"));
                    field(html, "new_password1", "New password", "password", "");
                    field(html, "new_password2", "Confirm password", "password", "");
                    html.append("<button type=\"submit\">Change my password</button>\n</form>\n");
                } else {
                    html.append("<h1>Password reset unsuccessful</h1>\n<p>The password reset link was invalid, possibly "
                            + "because it has already been used. Please request a new password reset.</p>\n");
                }
            }
            case "registration/password_change_form.html" -> {
                html.append("Password change</title></head>\n<body>\n<h1>Password change</h1>\n");
                errors(html, context);
                html.append("<form method=\"post\">\n");
                hidden(html, "csrfmiddlewaretoken", context.get("csrf_token"));
                field(html, "old_password", "Old password", "password", "");
                field(html, "new_password1", "New password", "password", "");
                field(html, "new_password2", "New password confirmation", "password", "");
                html.append("<button type=\"submit\">Change my password</button>\n</form>\n");
            }
            default -> {
                html.append("Log in</title></head>\n<body>\n<h1>Log in</h1>\n");
                errors(html, context);
                html.append("<form method=\"post\">\n");
                hidden(html, "csrfmiddlewaretoken", context.get("csrf_token"));
                hidden(html, "next", context.get("next"));
                Object username = context.get("username");
                field(html, "username", "Username", "text", username == null ? "" : username.toString());
                field(html, "password", "Password", "password", "");
                html.append("<button type=\"submit\">Log in</button>\n</form>\n");
            }
        }
        html.append("</body>\n</html>\n");
        return new HttpResponse(html.toString());
    }

    private static void errors(StringBuilder html, Map<String, Object> context) {
        if (context.get("form_errors") instanceof List<?> errors && !errors.isEmpty()) {
            html.append("<ul class=\"errorlist nonfield\">");
            for (Object e : errors) {
                html.append("<li>").append(escape(String.valueOf(e))).append("</li>");
            }
            html.append("</ul>\n");
        }
    }

    private static void hidden(StringBuilder html, String name, Object value) {
        html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                .append(escape(value == null ? "" : value.toString())).append("\">\n");
    }

    private static void field(StringBuilder html, String name, String label, String type, String value) {
        html.append("<p><label for=\"id_").append(name).append("\">").append(label).append(":</label> <input type=\"")
                .append(type).append("\" name=\"").append(name).append("\" id=\"id_").append(name).append("\" value=\"")
                .append(escape(value)).append("\" required></p>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }
}
