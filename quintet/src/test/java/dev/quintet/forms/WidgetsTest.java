package dev.quintet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.forms.widgets.CheckboxInput;
import dev.quintet.forms.widgets.CheckboxSelectMultiple;
import dev.quintet.forms.widgets.ClearableFileInput;
import dev.quintet.forms.widgets.DateInput;
import dev.quintet.forms.widgets.DateTimeInput;
import dev.quintet.forms.widgets.EmailInput;
import dev.quintet.forms.widgets.FileInput;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.MultipleHiddenInput;
import dev.quintet.forms.widgets.NullBooleanSelect;
import dev.quintet.forms.widgets.NumberInput;
import dev.quintet.forms.widgets.PasswordInput;
import dev.quintet.forms.widgets.RadioSelect;
import dev.quintet.forms.widgets.Select;
import dev.quintet.forms.widgets.SelectDateWidget;
import dev.quintet.forms.widgets.SelectMultiple;
import dev.quintet.forms.widgets.TextInput;
import dev.quintet.forms.widgets.Textarea;
import dev.quintet.forms.widgets.TimeInput;
import dev.quintet.forms.widgets.URLInput;
import dev.quintet.forms.widgets.Widget;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every widget: render(name, value, attrs) -> Django's exact HTML. {@code -oracle32}: rendered by
 * Django 3.2, whose widget templates equal 6.0's for these; {@code -django60}: the {@code <div>}
 * markup of radio and checkbox groups (Django 4.0+), written from 6.0's templates.
 */
class WidgetsTest {
    static Map<String, Object> attrs(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Arguments c(String name, Supplier<Widget> widget, String field, Object value, Map<String, Object> attrs, String html) {
        return Arguments.of(name, widget, field, value, attrs, html);
    }

    record Stored(String name, String url) implements ClearableFileInput.StoredFile {
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("text_plain-oracle32", () -> new TextInput(), "title", null, Map.of(),
                        "<input type=\"text\" name=\"title\">"),
                c("text_value_escaped-oracle32", () -> new TextInput(), "title", "a\"<b>", Map.of(),
                        "<input type=\"text\" name=\"title\" value=\"a&quot;&lt;b&gt;\">"),
                c("text_attrs-oracle32", () -> new TextInput(attrs("class", "big", "size", 10)), "title", "x", attrs("required", true, "id", "id_title"),
                        "<input type=\"text\" name=\"title\" value=\"x\" class=\"big\" size=\"10\" required id=\"id_title\">"),
                c("text_false_attr-oracle32", () -> new TextInput(), "t", "", attrs("disabled", false, "readonly", true),
                        "<input type=\"text\" name=\"t\" readonly>"),
                c("text_int_value-oracle32", () -> new TextInput(), "n", 5, Map.of(),
                        "<input type=\"text\" name=\"n\" value=\"5\">"),
                c("number-oracle32", () -> new NumberInput(), "n", 3, attrs("min", 1),
                        "<input type=\"number\" name=\"n\" value=\"3\" min=\"1\">"),
                c("email-oracle32", () -> new EmailInput(), "e", "a@b.c", Map.of(),
                        "<input type=\"email\" name=\"e\" value=\"a@b.c\">"),
                c("url-oracle32", () -> new URLInput(), "u", "http://x", Map.of(),
                        "<input type=\"url\" name=\"u\" value=\"http://x\">"),
                c("password_hidden_value-oracle32", () -> new PasswordInput(), "p", "secret", Map.of(),
                        "<input type=\"password\" name=\"p\">"),
                c("password_render_value-oracle32", () -> new PasswordInput(Map.of(), true), "p", "secret", Map.of(),
                        "<input type=\"password\" name=\"p\" value=\"secret\">"),
                c("hidden-oracle32", () -> new HiddenInput(), "h", "v", attrs("id", "id_h"),
                        "<input type=\"hidden\" name=\"h\" value=\"v\" id=\"id_h\">"),
                c("multiple_hidden-oracle32", () -> new MultipleHiddenInput(), "m", List.of("a", "b"), attrs("id", "id_m"),
                        "<input type=\"hidden\" name=\"m\" value=\"a\" id=\"id_m_0\"><input type=\"hidden\" name=\"m\" value=\"b\" id=\"id_m_1\">"),
                c("date-oracle32", () -> new DateInput(), "d", LocalDate.of(2024, 1, 5), Map.of(),
                        "<input type=\"text\" name=\"d\" value=\"2024-01-05\">"),
                c("date_string-oracle32", () -> new DateInput(), "d", "not a date", Map.of(),
                        "<input type=\"text\" name=\"d\" value=\"not a date\">"),
                c("datetime-oracle32", () -> new DateTimeInput(), "d", LocalDateTime.of(2024, 1, 5, 9, 3, 7), Map.of(),
                        "<input type=\"text\" name=\"d\" value=\"2024-01-05 09:03:07\">"),
                c("time-oracle32", () -> new TimeInput(), "t", LocalTime.of(9, 3), Map.of(),
                        "<input type=\"text\" name=\"t\" value=\"09:03:00\">"),
                c("textarea-oracle32", () -> new Textarea(), "body", "hi <b>", attrs("required", true),
                        "<textarea name=\"body\" cols=\"40\" rows=\"10\" required>\nhi &lt;b&gt;</textarea>"),
                c("textarea_empty-oracle32", () -> new Textarea(attrs("rows", 3)), "body", null, Map.of(),
                        "<textarea name=\"body\" cols=\"40\" rows=\"3\">\n</textarea>"),
                c("checkbox_checked-oracle32", () -> new CheckboxInput(), "c", true, attrs("id", "id_c"),
                        "<input type=\"checkbox\" name=\"c\" id=\"id_c\" checked>"),
                c("checkbox_unchecked-oracle32", () -> new CheckboxInput(), "c", false, Map.of(),
                        "<input type=\"checkbox\" name=\"c\">"),
                c("checkbox_string-oracle32", () -> new CheckboxInput(), "c", "on", Map.of(),
                        "<input type=\"checkbox\" name=\"c\" value=\"on\" checked>"),
                c("select-oracle32", () -> new Select(Map.of(), Choice.of("a", "A", "b", "B&")), "s", "b", attrs("id", "id_s"),
                        "<select name=\"s\" id=\"id_s\">\n  <option value=\"a\">A</option>\n\n  <option value=\"b\" selected>B&amp;</option>\n\n</select>"),
                c("select_none-oracle32", () -> new Select(Map.of(), Choice.of("a", "A", "b", "B&")), "s", null, Map.of(),
                        "<select name=\"s\">\n  <option value=\"a\">A</option>\n\n  <option value=\"b\">B&amp;</option>\n\n</select>"),
                c("select_int-oracle32", () -> new Select(Map.of(), Choice.of(1, "One", 2, "Two")), "s", 2, Map.of(),
                        "<select name=\"s\">\n  <option value=\"1\">One</option>\n\n  <option value=\"2\" selected>Two</option>\n\n</select>"),
                c("select_multiple-oracle32", () -> new SelectMultiple(Map.of(), Choice.of("a", "A", "b", "B&")), "s", List.of("a", "b"), Map.of(),
                        "<select name=\"s\" multiple>\n  <option value=\"a\" selected>A</option>\n\n  <option value=\"b\" selected>B&amp;</option>\n\n</select>"),
                c("nullboolean_true-oracle32", () -> new NullBooleanSelect(), "nb", true, Map.of(),
                        "<select name=\"nb\">\n  <option value=\"unknown\">Unknown</option>\n\n  <option value=\"true\" selected>Yes</option>\n\n  <option value=\"false\">No</option>\n\n</select>"),
                c("nullboolean_none-oracle32", () -> new NullBooleanSelect(), "nb", null, Map.of(),
                        "<select name=\"nb\">\n  <option value=\"unknown\" selected>Unknown</option>\n\n  <option value=\"true\">Yes</option>\n\n  <option value=\"false\">No</option>\n\n</select>"),
                c("file-oracle32", () -> new FileInput(), "f", "x", Map.of(),
                        "<input type=\"file\" name=\"f\">"),
                c("clearable_file-oracle32", () -> new ClearableFileInput(), "f", null, attrs("id", "id_f"),
                        "<input type=\"file\" name=\"f\" id=\"id_f\">"),
                c("radio-django60", () -> new RadioSelect(Map.of(), Choice.of("a", "A", "b", "B&")), "r", "a",
                        attrs("required", true, "id", "id_r"),
                        "<div id=\"id_r\"><div>\n    <label for=\"id_r_0\"><input type=\"radio\" name=\"r\" value=\"a\" required id=\"id_r_0\" checked>\n A</label>\n\n</div>"
                        + "<div>\n    <label for=\"id_r_1\"><input type=\"radio\" name=\"r\" value=\"b\" required id=\"id_r_1\">\n B&amp;</label>\n\n</div>\n</div>"),
                c("radio_no_id-django60", () -> new RadioSelect(Map.of(), Choice.of("a", "A")), "r", null, Map.of(),
                        "<div><div>\n    <label><input type=\"radio\" name=\"r\" value=\"a\">\n A</label>\n\n</div>\n</div>"),
                c("checkbox_multiple-django60", () -> new CheckboxSelectMultiple(Map.of(), Choice.of("a", "A", "b", "B")), "c", List.of("a", "b"),
                        attrs("id", "id_c"),
                        "<div id=\"id_c\"><div>\n    <label for=\"id_c_0\"><input type=\"checkbox\" name=\"c\" value=\"a\" id=\"id_c_0\" checked>\n A</label>\n\n</div>"
                        + "<div>\n    <label for=\"id_c_1\"><input type=\"checkbox\" name=\"c\" value=\"b\" id=\"id_c_1\" checked>\n B</label>\n\n</div>\n</div>"),
                c("select_date-oracle32", () -> new SelectDateWidget(Map.of(), List.of(2023, 2024)), "d", LocalDate.of(2024, 2, 5),
                        attrs("id", "id_d"), "<select name=\"d_month\" id=\"id_d_month\"><option value=\"\">---</option><option value=\"1\">January</option><option value=\"2\" selected>February</option><option value=\"3\">March</option><option value=\"4\">April</option><option value=\"5\">May</option><option value=\"6\">June</option><option value=\"7\">July</option><option value=\"8\">August</option><option value=\"9\">September</option><option value=\"10\">October</option><option value=\"11\">November</option><option value=\"12\">December</option></select><select name=\"d_day\" id=\"id_d_day\"><option value=\"\">---</option><option value=\"1\">1</option><option value=\"2\">2</option><option value=\"3\">3</option><option value=\"4\">4</option><option value=\"5\" selected>5</option><option value=\"6\">6</option><option value=\"7\">7</option><option value=\"8\">8</option><option value=\"9\">9</option><option value=\"10\">10</option><option value=\"11\">11</option><option value=\"12\">12</option><option value=\"13\">13</option><option value=\"14\">14</option><option value=\"15\">15</option><option value=\"16\">16</option><option value=\"17\">17</option><option value=\"18\">18</option><option value=\"19\">19</option><option value=\"20\">20</option><option value=\"21\">21</option><option value=\"22\">22</option><option value=\"23\">23</option><option value=\"24\">24</option><option value=\"25\">25</option><option value=\"26\">26</option><option value=\"27\">27</option><option value=\"28\">28</option><option value=\"29\">29</option><option value=\"30\">30</option><option value=\"31\">31</option></select><select name=\"d_year\" id=\"id_d_year\"><option value=\"\">---</option><option value=\"2023\">2023</option><option value=\"2024\" selected>2024</option></select>"),
                c("select_date_required-oracle32", () -> {
                    SelectDateWidget w = new SelectDateWidget(Map.of(), List.of(2023, 2024));
                    w.setRequired(true);
                    return w;
                }, "d", "2023-12-31", attrs("required", true, "id", "id_d"), "<select name=\"d_month\" required id=\"id_d_month\"><option value=\"1\">January</option><option value=\"2\">February</option><option value=\"3\">March</option><option value=\"4\">April</option><option value=\"5\">May</option><option value=\"6\">June</option><option value=\"7\">July</option><option value=\"8\">August</option><option value=\"9\">September</option><option value=\"10\">October</option><option value=\"11\">November</option><option value=\"12\" selected>December</option></select><select name=\"d_day\" required id=\"id_d_day\"><option value=\"1\">1</option><option value=\"2\">2</option><option value=\"3\">3</option><option value=\"4\">4</option><option value=\"5\">5</option><option value=\"6\">6</option><option value=\"7\">7</option><option value=\"8\">8</option><option value=\"9\">9</option><option value=\"10\">10</option><option value=\"11\">11</option><option value=\"12\">12</option><option value=\"13\">13</option><option value=\"14\">14</option><option value=\"15\">15</option><option value=\"16\">16</option><option value=\"17\">17</option><option value=\"18\">18</option><option value=\"19\">19</option><option value=\"20\">20</option><option value=\"21\">21</option><option value=\"22\">22</option><option value=\"23\">23</option><option value=\"24\">24</option><option value=\"25\">25</option><option value=\"26\">26</option><option value=\"27\">27</option><option value=\"28\">28</option><option value=\"29\">29</option><option value=\"30\">30</option><option value=\"31\" selected>31</option></select><select name=\"d_year\" required id=\"id_d_year\"><option value=\"2023\" selected>2023</option><option value=\"2024\">2024</option></select>"),
                c("clearable_file_initial-django60", () -> new ClearableFileInput(), "f", new Stored("a.txt", "/media/a.txt"),
                        attrs("id", "id_f"),
                        "Currently: <a href=\"/media/a.txt\">a.txt</a>\n<input type=\"checkbox\" name=\"f-clear\" id=\"f-clear_id\">\n"
                        + "<label for=\"f-clear_id\">Clear</label><br>\nChange:\n<input type=\"file\" name=\"f\" id=\"id_f\">")
        );
    }

    static Stream<Arguments> selectDateData() {
        return Stream.of(
                Arguments.of("invalid_day-oracle32", "d_year=2024&d_month=2&d_day=30", "2024-2-30"),
                Arguments.of("valid-oracle32", "d_year=2024&d_month=2&d_day=3", "2024-02-03"),
                Arguments.of("all_empty-oracle32", "d_year=&d_month=&d_day=", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selectDateData")
    void selectDateReadsThreeSelects(String name, String query, String expected) {
        assertThat(new SelectDateWidget().valueFromDatadict(dev.quintet.http.QueryDict.parse(query), null, "d")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renders(String name, Supplier<Widget> widget, String field, Object value, Map<String, Object> attrs, String html) {
        assertThat(widget.get().render(field, value, attrs).toString()).isEqualTo(html);
    }
}
