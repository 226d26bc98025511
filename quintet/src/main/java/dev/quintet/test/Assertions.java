package dev.quintet.test;

import dev.quintet.db.QueryLog;
import dev.quintet.forms.Form;
import dev.quintet.template.RenderObserver;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code SimpleTestCase}/{@code TestCase} assertions on test-client responses, as static
 * helpers: {@code import static dev.quintet.test.Assertions.*}. Each throws {@link AssertionError}
 * with Django's message.
 *
 * <pre>{@code
 * TestResponse page = client.get("/posts/");
 * assertTemplateUsed(page, "blog/post_list.html");
 * assertTemplateUsed(page, "blog/_post.html", 10);       // an {% include %} rendered 10 times
 * assertTemplateNotUsed("blog/post_list.html", () -> client.get("/about/"));
 * assertContains(page, "<h1>Posts</h1>", 1);
 * assertRedirects(client.post("/posts/new/", form), "/posts/1/");
 * assertNumQueries(2, () -> client.get("/posts/"));
 * }</pre>
 */
public final class Assertions {
    private Assertions() {
    }

    /** The templates the response rendered, by name, in order (see {@link TestResponse#templateNames()}). */
    public static List<String> templateNames(TestResponse response) {
        return response.templateNames();
    }

    /**
     * The variables of every context the response rendered with, merged as Django's
     * {@code response.context} looks them up (the first template's context holding a name wins).
     */
    public static Map<String, Object> context(TestResponse response) {
        return response.context().flatten();
    }

    /** Fails unless a template named {@code name} was rendered for the response. */
    public static void assertTemplateUsed(TestResponse response, String name) {
        checkTemplateUsed(name, response.templateNames(), -1);
    }

    /** Fails unless a template named {@code name} was rendered exactly {@code count} times for the response. */
    public static void assertTemplateUsed(TestResponse response, String name, int count) {
        checkTemplateUsed(name, response.templateNames(), count);
    }

    /** Fails if a template named {@code name} was rendered for the response. */
    public static void assertTemplateNotUsed(TestResponse response, String name) {
        checkTemplateNotUsed(name, response.templateNames());
    }

    /**
     * Runs {@code body}, then fails unless it rendered a template named {@code name} (Django's
     * {@code with self.assertTemplateUsed(name):}). Every render counts, through the test client
     * or not; when {@code body} throws, the exception propagates and nothing is checked.
     *
     * <pre>{@code
     * assertTemplateUsed("blog/post_list.html", () -> client.get("/posts/"));
     * }</pre>
     */
    public static void assertTemplateUsed(String name, Runnable body) {
        checkTemplateUsed(name, namesRenderedBy(body), -1);
    }

    /** As {@link #assertTemplateUsed(String, Runnable)}, and fails unless it was rendered {@code count} times. */
    public static void assertTemplateUsed(String name, int count, Runnable body) {
        checkTemplateUsed(name, namesRenderedBy(body), count);
    }

    /** Runs {@code body}, then fails if it rendered a template named {@code name}. */
    public static void assertTemplateNotUsed(String name, Runnable body) {
        checkTemplateNotUsed(name, namesRenderedBy(body));
    }

    private static List<String> namesRenderedBy(Runnable body) {
        List<String> names = new ArrayList<>();
        RenderObserver.observe((template, context) -> {
            if (template.name() != null) {
                synchronized (names) {
                    names.add(template.name());
                }
            }
        }, body);
        return names;
    }

    private static void checkTemplateUsed(String name, List<String> used, int count) {
        if (used.isEmpty()) {
            throw new AssertionError("No templates used to render the response");
        }
        if (!used.contains(name)) {
            throw new AssertionError("Template '" + name + "' was not a template used to render the response. "
                    + "Actual template(s) used: " + String.join(", ", used));
        }
        int real = Collections.frequency(used, name);
        if (count >= 0 && real != count) {
            throw new AssertionError("Template '" + name + "' was expected to be rendered " + count
                    + " time(s) but was actually rendered " + real + " time(s).");
        }
    }

    private static void checkTemplateNotUsed(String name, List<String> used) {
        if (used.contains(name)) {
            throw new AssertionError("Template '" + name + "' was used unexpectedly in rendering the response");
        }
    }

    /** Fails unless the status is 200 and the content holds {@code text} at least once. */
    public static void assertContains(TestResponse response, String text) {
        assertContains(response, text, -1, 200);
    }

    /** Fails unless the status is 200 and the content holds {@code text} exactly {@code count} times. */
    public static void assertContains(TestResponse response, String text, int count) {
        assertContains(response, text, count, 200);
    }

    /** Fails unless the status is {@code status} and the content holds {@code text} ({@code count} times, or at least once when negative). */
    public static void assertContains(TestResponse response, String text, int count, int status) {
        checkStatus(response, status, text);
        int real = occurrences(content(response), text);
        if (count >= 0 && real != count) {
            throw new AssertionError("Found " + real + " instances of '" + text + "' in response (expected " + count
                    + ")");
        }
        if (count < 0 && real == 0) {
            throw new AssertionError("Couldn't find '" + text + "' in the following response\n" + content(response));
        }
    }

    /** Fails unless the status is 200 and the content does not hold {@code text}. */
    public static void assertNotContains(TestResponse response, String text) {
        checkStatus(response, 200, text);
        if (occurrences(content(response), text) != 0) {
            throw new AssertionError("'" + text + "' unexpectedly found in the following response\n"
                    + content(response));
        }
    }

    /** Fails unless the response is a 302 to {@code expectedUrl}. */
    public static void assertRedirects(TestResponse response, String expectedUrl) {
        assertRedirects(response, expectedUrl, 302);
    }

    /** Fails unless the response is a redirect with {@code status} to {@code expectedUrl}. */
    public static void assertRedirects(TestResponse response, String expectedUrl, int status) {
        if (response.status() != status) {
            throw new AssertionError("Response didn't redirect as expected: Response code was " + response.status()
                    + " (expected " + status + ")");
        }
        String location = response.header("Location");
        if (!expectedUrl.equals(location)) {
            throw new AssertionError("Response redirected to '" + location + "', expected '" + expectedUrl + "'");
        }
    }

    /**
     * As {@link #assertRedirects(TestResponse, String, int)}, then fetches the target with
     * {@code client} and fails unless it answers {@code targetStatus} (Django's {@code fetch_redirect_response}).
     */
    public static void assertRedirects(TestResponse response, String expectedUrl, int status, int targetStatus,
            Client client) {
        assertRedirects(response, expectedUrl, status);
        int target = client.get(expectedUrl).status();
        if (target != targetStatus) {
            throw new AssertionError("Couldn't retrieve redirection page '" + expectedUrl + "': response code was "
                    + target + " (expected " + targetStatus + ")");
        }
    }

    /**
     * Fails unless the form in the context under {@code formName} has exactly {@code errors} on
     * {@code field} ({@code null}: the non-field errors), Django's {@code assertFormError}.
     */
    public static void assertFormError(TestResponse response, String formName, String field, List<String> errors) {
        Object value = context(response).get(formName);
        if (!(value instanceof Form form)) {
            throw new AssertionError("The context has no form named '" + formName + "'");
        }
        if (!form.isBound()) {
            throw new AssertionError("The form " + formName + " is not bound, it will never have any errors.");
        }
        String key = field == null ? Form.NON_FIELD_ERRORS : field;
        if (field != null && !form.fields().containsKey(field)) {
            throw new AssertionError("The form " + formName + " does not contain the field '" + field + "'.");
        }
        List<String> actual = form.errors().containsKey(key) ? List.copyOf(form.errors().get(key)) : List.of();
        if (!actual.equals(errors)) {
            throw new AssertionError("The errors of field '" + key + "' on form " + formName + " don't match: "
                    + actual + " != " + errors);
        }
    }

    /** Fails unless {@code body} runs exactly {@code expected} database queries (the ORM's query log). */
    public static void assertNumQueries(int expected, Runnable body) {
        QueryLog.assertNumQueries(expected, body);
    }

    private static void checkStatus(TestResponse response, int status, String text) {
        if (response.status() != status) {
            throw new AssertionError("Couldn't retrieve content: Response code was " + response.status()
                    + " (expected " + status + ") looking for '" + text + "'");
        }
    }

    private static String content(TestResponse response) {
        return new String(response.bytes(), StandardCharsets.UTF_8);
    }

    private static int occurrences(String content, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = content.indexOf(text); i >= 0; i = content.indexOf(text, i + text.length())) {
            n++;
        }
        return n;
    }
}
