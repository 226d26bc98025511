package dev.quintet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quintet.forms.widgets.CheckboxSelectMultiple;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.PasswordInput;
import dev.quintet.forms.widgets.RadioSelect;
import dev.quintet.forms.widgets.Textarea;
import dev.quintet.http.MultiValueDict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quintet's form HTML against Django's. {@code forms/django-forms.json} is the output of
 * {@code forms/django_forms_oracle.py} run with Django 3.2 (Debian's python3-django); each of its
 * cases is declared again here under the same name. Every output — {@code as_p},
 * {@code as_table}, {@code as_ul}, the non-field errors, and per field {@code str(form[name])},
 * {@code label_tag()} and the errors — must equal Django's, compared with the whitespace between
 * tags removed and runs of blanks made one (Django 4.0+ renders forms through templates, which
 * only moves whitespace). Where Django 6.0 renders differently from 3.2, the expectation is 6.0's,
 * kept in {@code forms/django60-expectations.json} with the reason (a documented 6.0 change); such
 * an entry must differ from 3.2's output, so a stale one fails.
 */
class FormHtmlOracleTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode ORACLE = read("/forms/django-forms.json");
    static final JsonNode DJANGO60 = read("/forms/django60-expectations.json");
    static final List<Choice> COLORS = Choice.of("r", "Red", "g", "Green", "b", "Blue");

    static JsonNode read(String resource) {
        try (InputStream in = FormHtmlOracleTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The forms of the oracle script, by class name. */
    static final Map<String, Function<MultiValueDict<String>, Form>> FORMS = Map.ofEntries(
            Map.entry("TextFields", data -> {
                Form f = new Form(data);
                f.field("name", new CharField().maxLength(20));
                f.field("nickname", new CharField().required(false).minLength(2));
                f.field("bio", new CharField().widget(new Textarea()));
                f.field("secret", new CharField().widget(new PasswordInput()));
                f.field("token", new CharField().widget(new HiddenInput()));
                f.field("email", new EmailField());
                f.field("site", new URLField().required(false));
                f.field("slug", new SlugField());
                f.field("uid", new UUIDField().required(false));
                return f;
            }),
            Map.entry("NumberFields", data -> {
                Form f = new Form(data);
                f.field("count", new IntegerField().minValue(1).maxValue(10));
                f.field("ratio", new FloatField().required(false));
                f.field("price", new DecimalField().digits(5, 2));
                return f;
            }),
            Map.entry("BooleanFields", data -> {
                Form f = new Form(data);
                f.field("agree", new BooleanField());
                f.field("newsletter", new BooleanField().required(false).initial(true));
                f.field("maybe", new NullBooleanField());
                return f;
            }),
            Map.entry("ChoiceFields", data -> {
                Form f = new Form(data);
                f.field("color", new ChoiceField(COLORS));
                f.field("shade", new ChoiceField(COLORS).widget(new RadioSelect()).required(false));
                f.field("colors", new MultipleChoiceField(COLORS));
                f.field("picks", new MultipleChoiceField(COLORS).widget(new CheckboxSelectMultiple()).required(false));
                f.field("size", new TypedChoiceField<>(Choice.of(1, "S", 2, "M"), Integer::valueOf, ""));
                return f;
            }),
            Map.entry("DateFields", data -> {
                Form f = new Form(data);
                f.field("day", new DateField());
                f.field("at", new DateTimeField().required(false));
                f.field("time", new TimeField().required(false));
                return f;
            }),
            Map.entry("FileFields", data -> {
                Form f = new Form(data);
                f.field("doc", new FileField());
                f.field("pic", new ImageField().required(false));
                return f;
            }),
            Map.entry("JsonFields", data -> {
                Form f = new Form(data);
                f.field("payload", new JSONField().required(false));
                return f;
            }),
            Map.entry("Labelled", data -> {
                Form f = new Form(data);
                f.field("title", new CharField().label("Headline").helpText("Keep it <b>short</b>").maxLength(50));
                f.field("body", new CharField().label("Text").labelSuffix("?").required(false));
                f.field("hidden", new CharField().widget(new HiddenInput()).required(false));
                return f;
            }),
            Map.entry("WithClean", data -> {
                Form f = new Form(data) {
                    @Override
                    protected void clean() {
                        if (!Objects.equals(cleanedData().get("password"), cleanedData().get("again"))) {
                            throw new ValidationError("Passwords differ.");
                        }
                    }
                };
                f.field("password", new CharField().widget(new PasswordInput()));
                f.field("again", new CharField().widget(new PasswordInput()));
                return f;
            }),
            Map.entry("Disabled", data -> {
                Form f = new Form(data);
                f.field("code", new CharField().disabled(true).initial("ABC"));
                f.field("note", new CharField().required(false));
                return f;
            }),
            Map.entry("Styled", data -> {
                Form f = new Form(data).requiredCssClass("req").errorCssClass("err");
                f.field("first", new CharField());
                f.field("second", new CharField().required(false));
                return f;
            }));

    /** The Python {@code initial} values of the cases that have them. */
    static final Map<String, Supplier<Map<String, ?>>> INITIAL = Map.of(
            "text initial", () -> Map.of("name", "Ada", "bio", "Hi <there>", "token", "t1"),
            "dates initial", () -> Map.of("day", LocalDate.of(2024, 2, 3), "at", LocalDateTime.of(2024, 2, 3, 4, 5, 6),
                    "time", LocalTime.of(7, 8)),
            "json initial", () -> Map.of("payload", Map.of("a", List.of(1, 2))));

    static Form build(JsonNode c) {
        MultiValueDict<String> data = null;
        if (c.get("data").isObject()) {
            data = new MultiValueDict<>();
            for (var e : c.get("data").properties()) {
                List<String> values = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(e.getValue().asText());
                }
                data.setList(e.getKey(), values);
            }
        }
        Form form = FORMS.get(c.get("form").asText()).apply(data);
        String name = c.get("name").asText();
        if (INITIAL.containsKey(name)) {
            form.initial(INITIAL.get(name).get());
        }
        JsonNode options = c.get("options");
        if (options.has("prefix")) {
            form.prefix(options.get("prefix").asText());
        }
        if (options.has("auto_id") && !options.get("auto_id").asBoolean(true)) {
            form.autoId("");
        }
        return form;
    }

    /** Each output of each case: its key, Django's HTML and Quintet's. */
    static Stream<Arguments> outputs() {
        List<Arguments> rows = new ArrayList<>();
        for (JsonNode c : ORACLE.get("cases")) {
            Form form = build(c);
            String name = c.get("name").asText();
            Map<String, String> quintet = new LinkedHashMap<>();
            quintet.put("as_p", form.asP().toString());
            quintet.put("as_table", form.asTable().toString());
            quintet.put("as_ul", form.asUl().toString());
            quintet.put("non_field_errors", form.nonFieldErrors().toString());
            for (var f : c.get("fields").properties()) {
                BoundField bf = form.get(f.getKey());
                quintet.put(f.getKey() + ".html", bf.toString());
                quintet.put(f.getKey() + ".label_tag", bf.labelTag().toString());
                quintet.put(f.getKey() + ".errors", bf.errors().toString());
            }
            for (var e : quintet.entrySet()) {
                String key = e.getKey();
                JsonNode django = key.contains(".")
                        ? c.get("fields").get(key.substring(0, key.indexOf('.'))).get(key.substring(key.indexOf('.') + 1))
                        : c.get(key);
                rows.add(Arguments.of(name + " / " + key, django.asText(), e.getValue()));
            }
        }
        return rows.stream();
    }

    /** Whitespace next to tags removed, runs of blanks made one, ends trimmed. */
    static String normalize(String html) {
        return html.replaceAll(">\\s+", ">").replaceAll("\\s+<", "<").replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void rendersAsDjango(String key, String django32, String quintet) {
        JsonNode override = DJANGO60.get(key);
        String expected = override == null ? normalize(django32) : override.get("html").asText();
        assertThat(normalize(quintet)).isEqualTo(expected);
    }

    @Test
    void everyDjango60ExpectationDiffersFrom32AndNamesItsReason() {
        Map<String, String> django32 = new LinkedHashMap<>();
        outputs().forEach(a -> django32.put((String) a.get()[0], normalize((String) a.get()[1])));
        for (var e : DJANGO60.properties()) {
            assertThat(django32).as(e.getKey()).containsKey(e.getKey());
            assertThat(e.getValue().get("html").asText()).as(e.getKey()).isNotEqualTo(django32.get(e.getKey()));
            assertThat(e.getValue().get("reasons")).as(e.getKey()).isNotEmpty();
            e.getValue().get("reasons").forEach(r -> assertThat(REASONS).as(e.getKey()).containsKey(r.asText()));
        }
    }

    /** The documented changes between Django 3.2 and 6.0 that a 6.0 expectation may name (docs/forms.md lists them). */
    static final Map<String, String> REASONS = Map.of(
            "choice-divs", "4.0: RadioSelect and CheckboxSelectMultiple render <div>s instead of <ul>/<li>, and their "
                    + "label_tag has no 'for' (the group has no single input)",
            "label-attrs", "4.0: label_tag renders through a template, attributes in insertion order ('for' first) "
                    + "where 3.2's flatatt sorted them",
            "helptext-aria", "5.0: a field with help text gets aria-describedby=\"<id>_helptext\" and the help text that id",
            "error-aria", "5.2: a field's error list gets id=\"<id>_error\", the field aria-invalid=\"true\" and "
                    + "the error id in aria-describedby");
}
