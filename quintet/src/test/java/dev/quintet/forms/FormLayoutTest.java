package dev.quintet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.http.QueryDict;
import dev.quintet.template.Engine;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four layouts with errors and a hidden field, and field-by-field rendering through
 * {@code quintet-template}. Expected HTML is built from Django 6.0's {@code p.html},
 * {@code table.html}, {@code ul.html} and {@code div.html} text, tag by tag ({@code -django60}).
 */
class FormLayoutTest {
    static final String TOP = "<ul class=\"errorlist nonfield\"><li>(Hidden field secret) This field is required.</li></ul>";
    static final String ERR = "<ul class=\"errorlist\" id=\"id_name_error\"><li>This field is required.</li></ul>";
    static final String LBL_NAME = "<label for=\"id_name\">Name:</label>";
    static final String LBL_SLUG = "<label for=\"id_slug\">Slug:</label>";
    static final String NAME = "<input type=\"text\" name=\"name\" required aria-invalid=\"true\" aria-describedby=\"id_name_error\" id=\"id_name\">";
    static final String SLUG = "<input type=\"text\" name=\"slug\" value=\"a\" required id=\"id_slug\">";
    static final String HID = "<input type=\"hidden\" name=\"secret\" id=\"id_secret\">";

    static Form form() {
        Form f = new Form(QueryDict.parse("name=&slug=a&secret="));
        f.field("name", new CharField());
        f.field("slug", new SlugField());
        f.field("secret", new CharField().widget(new HiddenInput()));
        return f;
    }

    static Arguments c(String name, Supplier<Object> actual, String expected) {
        return Arguments.of(name, actual, expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("as_p-django60", () -> form().asP(),
                        TOP + "\n\n\n  " + ERR + "\n  <p>\n    " + LBL_NAME + "\n    " + NAME + "\n    \n    \n  </p>\n"
                        + "\n  \n  <p>\n    " + LBL_SLUG + "\n    " + SLUG + "\n    \n    \n      " + HID + "\n    \n  </p>"),
                c("as_table-django60", () -> form().asTable(),
                        "<tr>\n    <td colspan=\"2\">\n      " + TOP + "\n      \n    </td>\n  </tr>\n\n"
                        + "\n  <tr>\n    <th>" + LBL_NAME + "</th>\n    <td>\n      " + ERR + "\n      " + NAME + "\n      \n      \n    </td>\n  </tr>\n"
                        + "\n  <tr>\n    <th>" + LBL_SLUG + "</th>\n    <td>\n      \n      " + SLUG + "\n      \n      \n        " + HID
                        + "\n      \n    </td>\n  </tr>"),
                c("as_ul-django60", () -> form().asUl(),
                        "<li>\n    " + TOP + "\n  \n  </li>\n\n"
                        + "\n  <li>\n    " + ERR + "\n    " + LBL_NAME + "\n    " + NAME + "\n    \n    \n  </li>\n"
                        + "\n  <li>\n    \n    " + LBL_SLUG + "\n    " + SLUG + "\n    \n    \n      " + HID + "\n    \n  </li>"),
                c("as_div-django60", () -> form().asDiv(),
                        TOP + "\n\n\n  <div>\n    \n      " + LBL_NAME + "\n    \n    \n    " + ERR + "\n    " + NAME + "\n    \n    \n</div>\n"
                        + "\n  <div>\n    \n      " + LBL_SLUG + "\n    \n    \n    \n    " + SLUG + "\n    \n    \n      " + HID + "\n    \n</div>"),
                c("css_classes-django60", () -> {
                    Form f = form().errorCssClass("error").requiredCssClass("required");
                    return f.get("name").cssClasses() + "|" + f.get("name").labelTag();
                }, "error required|<label for=\"id_name\" class=\"required\">Name:</label>"),
                c("only_hidden_fields-django60", () -> {
                    Form f = new Form();
                    f.field("h", new CharField().widget(new HiddenInput()).initial("x"));
                    return f.asDiv();
                }, "<input type=\"hidden\" name=\"h\" value=\"x\" id=\"id_h\">"),
                c("field_group-django60", () -> form().get("name").asFieldGroup(),
                        LBL_NAME + "\n\n\n" + ERR + "\n" + NAME),
                c("template_field_by_field-django60", () -> render(
                        "{{ form.name }}|{{ form.name.errors }}|{{ form.name.label_tag }}|{{ form.name.label }}|"
                        + "{{ form.name.id_for_label }}|{{ form.slug.value }}|{{ form.name.html_name }}|"
                        + "{% for field in form %}{{ field.name }}{% if field.is_hidden %}(h){% endif %},{% endfor %}|"
                        + "{{ form.non_field_errors }}|{% for e in form.name.errors %}[{{ e }}]{% endfor %}|"
                        + "{% if form.slug.errors %}slug bad{% else %}slug ok{% endif %}", form()),
                        NAME + "|" + ERR + "|" + LBL_NAME + "|Name|id_name|a|name|name,slug,secret(h),||[This field is required.]|slug ok"),
                c("template_as_p-django60", () -> render("{{ form.as_p }}", form()), form().asP().toString()),
                c("template_form_is_div-django60", () -> render("{{ form }}", form()), form().asDiv().toString()),
                c("template_errors_dict-django60", () -> render("{% for k, v in form.errors.items %}{{ k }}={{ v.0 }};{% endfor %}", form()),
                        "name=This field is required.;secret=This field is required.;"),
                c("template_radio_iteration-oracle32", () -> {
                    Form f = new Form(QueryDict.parse("size=m"));
                    f.field("size", new ChoiceField(Choice.of("s", "Small", "m", "Medium")).widget(new dev.quintet.forms.widgets.RadioSelect()));
                    return render("{% for radio in form.size %}{{ radio.tag }}|{{ radio.choice_label }}|{{ radio.id_for_label }};{% endfor %}"
                            + "{% for radio in form.size %}{{ radio }}{% endfor %}", f);
                }, "<input type=\"radio\" name=\"size\" value=\"s\" id=\"id_size_0\" required>|Small|id_size_0;"
                        + "<input type=\"radio\" name=\"size\" value=\"m\" id=\"id_size_1\" required checked>|Medium|id_size_1;"
                        + "<label for=\"id_size_0\"><input type=\"radio\" name=\"size\" value=\"s\" id=\"id_size_0\" required>\n Small</label>"
                        + "<label for=\"id_size_1\"><input type=\"radio\" name=\"size\" value=\"m\" id=\"id_size_1\" required checked>\n Medium</label>"),
                c("template_select_iteration-django60", () -> {
                    Form f = new Form();
                    f.field("size", new ChoiceField(Choice.of("s", "Small")).initial("s"));
                    return render("{% for o in form.size %}{{ o }}{% endfor %}|{% for w in form.name %}{{ w.id_for_label }}{% endfor %}", withName(f));
                }, "<option value=\"s\" selected>Small</option>|id_name"),
                c("template_label_escaped-django60", () -> {
                    Form f = new Form();
                    f.field("x", new CharField().label("A<b>"));
                    return render("{{ form.x.label_tag }}", f);
                }, "<label for=\"id_x\">A&lt;b&gt;:</label>")
        );
    }

    static Form withName(Form f) {
        f.field("name", new CharField());
        return f;
    }

    static String render(String template, Form form) {
        return Engine.builder().build().fromString(template).render(Map.of("form", form));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renders(String name, Supplier<Object> actual, String expected) {
        assertThat(actual.get().toString()).isEqualTo(expected);
    }
}
