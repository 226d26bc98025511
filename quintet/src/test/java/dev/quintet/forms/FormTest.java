package dev.quintet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.RadioSelect;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.QueryDict;
import dev.quintet.http.UploadedFile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms: binding, validation, hooks, errors (HTML, JSON, text), changes and the four layouts.
 * Layout expectations follow Django 6.0's {@code django/forms/*.html} templates (whitespace
 * included) and its {@code aria-describedby}/{@code aria-invalid} attributes ({@code -django60});
 * {@code -oracle32} values were produced by Django 3.2 where 6.0 gives the same.
 */
class FormTest {
    /** Django's docs example, trimmed: the declaration style under test. */
    static class PostForm extends Form {
        final CharField title = field("title", new CharField().maxLength(5).helpText("Short"));
        final BooleanField agree = field("agree", new BooleanField());

        PostForm(MultiValueDict<String> data, MultiValueDict<UploadedFile> files) {
            super(data, files);
        }
    }

    /** A form with a hook, a whole-form check and a hidden field. */
    static class SignupForm extends Form {
        final CharField name = field("name", new CharField());
        final SlugField slug = field("slug", new SlugField());
        final CharField secret = field("secret", new CharField().widget(new HiddenInput()));

        SignupForm(MultiValueDict<String> data) {
            super(data, null);
            cleanField(name, String::toUpperCase);
        }

        @Override
        protected void clean() {
            if ("BAD".equals(cleanedData().get(name))) {
                throw new ValidationError("Whole form <bad>", "whole");
            }
        }
    }

    static QueryDict q(String query) {
        return QueryDict.parse(query);
    }

    static Arguments c(String name, Function<Void, Object> actual, Object expected) {
        return Arguments.of(name, actual, expected);
    }

    /** Django 6.0's div.html for PostForm, unbound, worked out tag by tag. */
    static final String UNBOUND_DIV = "<div>\n    \n      <label for=\"id_title\">Title:</label>\n    \n    "
            + "<div class=\"helptext\" id=\"id_title_helptext\">Short</div>\n    \n    "
            + "<input type=\"text\" name=\"title\" maxlength=\"5\" required aria-describedby=\"id_title_helptext\" id=\"id_title\">"
            + "\n    \n    \n</div>\n"
            + "\n  <div>\n    \n      <label for=\"id_agree\">Agree:</label>\n    \n    \n    \n    "
            + "<input type=\"checkbox\" name=\"agree\" required id=\"id_agree\">\n    \n    \n      \n    \n</div>";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("unbound_is_not_valid", v -> new PostForm(null, null).isValid(), false),
                c("unbound_has_no_errors", v -> new PostForm(null, null).errors().isEmpty(), true),
                c("bound_valid", v -> {
                    PostForm f = new PostForm(q("title=hi&agree=on"), null);
                    return f.isValid() + " " + f.cleanedData();
                }, "true {title=hi, agree=true}"),
                c("typed_cleaned_data", v -> {
                    PostForm f = new PostForm(q("title=%20hi%20&agree=on"), null);
                    f.isValid();
                    String t = f.cleanedData().get(f.title);
                    return t;
                }, "hi"),
                c("field_hook_and_clean-oracle32", v -> {
                    SignupForm f = new SignupForm(q("name=bad&slug=a+b&secret="));
                    return f.errors().asJson();
                }, "{\"slug\": [{\"message\": \"Enter a valid \\u201cslug\\u201d consisting of letters, numbers, underscores or hyphens.\", \"code\": \"invalid\"}], "
                        + "\"secret\": [{\"message\": \"This field is required.\", \"code\": \"required\"}], "
                        + "\"__all__\": [{\"message\": \"Whole form <bad>\", \"code\": \"whole\"}]}"),
                c("json_escaped-oracle32", v -> new SignupForm(q("name=bad&slug=a&secret=x")).errors().asJson(true),
                        "{\"__all__\": [{\"message\": \"Whole form &lt;bad&gt;\", \"code\": \"whole\"}]}"),
                c("hook_result_kept", v -> {
                    SignupForm f = new SignupForm(q("name=ann&slug=a&secret=x"));
                    return f.isValid() + " " + f.cleanedData().get(f.name);
                }, "true ANN"),
                c("errors_as_text-django60", v -> new SignupForm(q("name=bad&slug=a&secret=")).errors().asText(),
                        "* secret\n  * This field is required.\n* __all__\n  * Whole form &lt;bad&gt;"),
                c("errors_as_ul-django60", v -> new SignupForm(q("name=bad&slug=a&secret=")).errors().toString(),
                        "<ul class=\"errorlist\"><li>secret<ul class=\"errorlist\" id=\"id_secret_error\"><li>This field is required.</li></ul></li>"
                        + "<li>__all__<ul class=\"errorlist nonfield\"><li>Whole form &lt;bad&gt;</li></ul></li></ul>"),
                c("non_field_errors-django60", v -> new SignupForm(q("name=bad&slug=a&secret=x")).nonFieldErrors().toString(),
                        "<ul class=\"errorlist nonfield\"><li>Whole form &lt;bad&gt;</li></ul>"),
                c("field_errors_drop_cleaned_value", v -> {
                    SignupForm f = new SignupForm(q("name=ann&slug=a+b&secret=x"));
                    return f.cleanedData().containsKey("slug") + " " + f.hasError("slug", "invalid");
                }, "false true"),
                c("add_error_unknown_field", v -> {
                    SignupForm f = new SignupForm(q("name=a&slug=a&secret=x"));
                    try {
                        f.addError("nope", "x");
                        return "no error";
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                }, "'SignupForm' has no field named 'nope'."),
                c("changed_data-oracle32", v -> new PostForm(q("title=hi"), null).initial(Map.of("title", "hi")).changedData(), List.of()),
                c("changed_data_changed-oracle32", v -> new PostForm(q("title=ho&agree=on"), null).initial(Map.of("title", "hi")).changedData(),
                        List.of("title", "agree")),
                c("label_tag-oracle32", v -> new PostForm(null, null).get("title").labelTag().toString(),
                        "<label for=\"id_title\">Title:</label>"),
                c("label_tag_no_auto_id-oracle32", v -> new PostForm(null, null).autoId(null).get("title").labelTag().toString(), "Title:"),
                c("prefix-oracle32", v -> new PostForm(null, null).prefix("p").get("title").toString(),
                        "<input type=\"text\" name=\"p-title\" maxlength=\"5\" required aria-describedby=\"id_p-title_helptext\" id=\"id_p-title\">"),
                c("prefix_binds_prefixed_data", v -> new PostForm(q("p-title=x&p-agree=1"), null).prefix("p").isValid(), true),
                c("initial_value-django60", v -> new PostForm(null, null).initial(Map.of("title", "a<b")).get("title").toString(),
                        "<input type=\"text\" name=\"title\" value=\"a&lt;b\" maxlength=\"5\" required aria-describedby=\"id_title_helptext\" id=\"id_title\">"),
                c("bound_error_attrs-django60", v -> new PostForm(q("title=toolong"), null).get("title").toString(),
                        "<input type=\"text\" name=\"title\" value=\"toolong\" maxlength=\"5\" required aria-invalid=\"true\" "
                        + "aria-describedby=\"id_title_helptext id_title_error\" id=\"id_title\">"),
                c("disabled_uses_initial", v -> {
                    Form f = new Form(q("x=posted"));
                    f.field("x", new CharField().disabled(true).initial("kept"));
                    return f.isValid() + " " + f.cleanedData().get("x") + " " + f.get("x");
                }, "true kept <input type=\"text\" name=\"x\" value=\"kept\" required disabled id=\"id_x\">"),
                c("order_fields", v -> new PostForm(null, null).orderFields(List.of("agree", "nope")).fields().keySet().toString(),
                        "[agree, title]"),
                c("typed_choice_has_changed", v -> {
                    Form f = new Form(q("n=2"));
                    f.field("n", new TypedChoiceField<>(Choice.of(1, "One", 2, "Two"), Integer::valueOf, null).initial(2));
                    return f.hasChanged() + " " + f.cleanedData().get("n");
                }, "false 2"),
                c("select_date_widget_in_form-django60", v -> {
                    Form f = new Form(q("d_year=2024&d_month=2&d_day=30&e_year=2024&e_month=2&e_day=3"));
                    f.field("d", new DateField().widget(new dev.quintet.forms.widgets.SelectDateWidget(Map.of(), List.of(2024))));
                    f.field("e", new DateField().widget(new dev.quintet.forms.widgets.SelectDateWidget(Map.of(), List.of(2024))));
                    return f.errors().get("d") + " " + f.cleanedData().get("e");
                }, "<ul class=\"errorlist\" id=\"id_d_error\"><li>Enter a valid date.</li></ul> 2024-02-03"),
                c("empty_permitted", v -> new PostForm(q(""), null).emptyPermitted(true).isValid(), true),
                c("unknown_field", v -> {
                    try {
                        return new PostForm(null, null).get("nope");
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                }, "Key 'nope' not found in 'PostForm'. Choices are: agree, title."),
                c("as_div_unbound-django60", v -> new PostForm(null, null).asDiv().toString(), UNBOUND_DIV),
                c("to_string_is_div-django60", v -> new PostForm(null, null).toString(), UNBOUND_DIV)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behaves(String name, Function<Void, Object> actual, Object expected) {
        assertThat(actual.apply(null)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void cleanedDataOfUnboundFormIsAnError() {
        assertThatThrownBy(() -> new PostForm(null, null).cleanedData()).isInstanceOf(IllegalStateException.class);
    }

    @org.junit.jupiter.api.Test
    void radioFieldUsesFieldsetLegend() {
        Form f = new Form();
        f.field("size", new ChoiceField(Choice.of("s", "S")).widget(new RadioSelect()));
        assertThat(f.asDiv().toString()).startsWith("<div>\n    \n      <fieldset>\n      <legend>Size:</legend>");
    }
}
