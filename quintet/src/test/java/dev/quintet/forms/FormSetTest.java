package dev.quintet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.forms.internal.PyJson;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.QueryDict;
import dev.quintet.http.UploadedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formsets: management form, counts, validation, deletion, ordering. {@code -oracle32} results
 * are Django 3.2's, printed as the same JSON summary (formset logic is unchanged through 6.0).
 */
class FormSetTest {
    static class ArticleForm extends Form {
        ArticleForm(MultiValueDict<String> data, MultiValueDict<UploadedFile> files) {
            super(data, files);
            field("title", new CharField());
            field("pub", new IntegerField().required(false));
        }
    }

    static final FormSetFactory<ArticleForm> F = FormSet.factory(ArticleForm::new);
    static final FormSetFactory<ArticleForm> G = FormSet.factory(ArticleForm::new).maxNum(1).validateMax(true);
    static final FormSetFactory<ArticleForm> H = FormSet.factory(ArticleForm::new).minNum(2).validateMin(true).extra(0);
    static final FormSetFactory<ArticleForm> D = FormSet.factory(ArticleForm::new).canDelete(true).canOrder(true);
    static final String MANAGEMENT = "<input type=\"hidden\" name=\"form-TOTAL_FORMS\" value=\"1\" id=\"id_form-TOTAL_FORMS\"><input type=\"hidden\" name=\"form-INITIAL_FORMS\" value=\"0\" id=\"id_form-INITIAL_FORMS\"><input type=\"hidden\" name=\"form-MIN_NUM_FORMS\" value=\"0\" id=\"id_form-MIN_NUM_FORMS\"><input type=\"hidden\" name=\"form-MAX_NUM_FORMS\" value=\"1000\" id=\"id_form-MAX_NUM_FORMS\">";

    static String summary(FormSet<ArticleForm> fs) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean valid = fs.isValid();
        out.put("valid", valid);
        out.put("nonform", new ArrayList<>(fs.nonFormErrors()));
        List<Object> errors = new ArrayList<>();
        fs.errors().forEach(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            e.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
            errors.add(m);
        });
        out.put("errors", errors);
        out.put("total_errors", fs.totalErrorCount());
        if (valid) {
            out.put("cleaned", fs.cleanedData());
            if (fs.forms().stream().anyMatch(f -> f.fields().containsKey("DELETE"))) {
                out.put("deleted", fs.deletedForms().stream().map(Form::prefix).toList());
                out.put("ordered", fs.orderedForms().stream().map(Form::prefix).toList());
            }
        }
        return PyJson.dumpsAscii(out);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("missing_mgmt-oracle32", F, "",
                        "{\"valid\": false, \"nonform\": [\"ManagementForm data is missing or has been tampered with. Missing fields: form-TOTAL_FORMS, form-INITIAL_FORMS. You may need to file a bug report if the issue persists.\"], \"errors\": [], \"total_errors\": 1}"),
                Arguments.of("tampered-oracle32", F, "form-TOTAL_FORMS=x&form-INITIAL_FORMS=0",
                        "{\"valid\": false, \"nonform\": [\"ManagementForm data is missing or has been tampered with. Missing fields: form-TOTAL_FORMS. You may need to file a bug report if the issue persists.\"], \"errors\": [], \"total_errors\": 1}"),
                Arguments.of("valid_two-oracle32", F, "form-TOTAL_FORMS=2&form-INITIAL_FORMS=0&form-0-title=a&form-0-pub=1&form-1-title=",
                        "{\"valid\": true, \"nonform\": [], \"errors\": [{}, {}], \"total_errors\": 0, \"cleaned\": [{\"title\": \"a\", \"pub\": 1}, {}]}"),
                Arguments.of("invalid_form-oracle32", F, "form-TOTAL_FORMS=2&form-INITIAL_FORMS=0&form-0-title=&form-0-pub=x&form-1-title=b",
                        "{\"valid\": false, \"nonform\": [], \"errors\": [{\"title\": [\"This field is required.\"], \"pub\": [\"Enter a whole number.\"]}, {}], \"total_errors\": 2}"),
                Arguments.of("too_many-oracle32", G, "form-TOTAL_FORMS=2&form-INITIAL_FORMS=0&form-0-title=a&form-1-title=b",
                        "{\"valid\": false, \"nonform\": [\"Please submit at most 1 form.\"], \"errors\": [{}, {}], \"total_errors\": 1}"),
                Arguments.of("too_few-oracle32", H, "form-TOTAL_FORMS=2&form-INITIAL_FORMS=0&form-0-title=a&form-1-title=",
                        "{\"valid\": false, \"nonform\": [\"Please submit at least 2 forms.\"], \"errors\": [{}, {\"title\": [\"This field is required.\"]}], \"total_errors\": 2}"),
                Arguments.of("delete_order-oracle32", D, "form-TOTAL_FORMS=3&form-INITIAL_FORMS=0&form-0-title=a&form-0-ORDER=2&form-1-title=b&form-1-ORDER=1&form-2-title=c&form-2-DELETE=on&form-2-ORDER=0",
                        "{\"valid\": true, \"nonform\": [], \"errors\": [{}, {}], \"total_errors\": 0, \"cleaned\": [{\"title\": \"a\", \"pub\": null, \"ORDER\": 2, \"DELETE\": false}, {\"title\": \"b\", \"pub\": null, \"ORDER\": 1, \"DELETE\": false}, {\"title\": \"c\", \"pub\": null, \"ORDER\": 0, \"DELETE\": true}], \"deleted\": [\"form-2\"], \"ordered\": [\"form-1\", \"form-0\"]}"),
                Arguments.of("deleted_invalid_skipped-oracle32", D, "form-TOTAL_FORMS=2&form-INITIAL_FORMS=0&form-0-title=a&form-1-pub=zz&form-1-DELETE=on",
                        "{\"valid\": true, \"nonform\": [], \"errors\": [{}], \"total_errors\": 0, \"cleaned\": [{\"title\": \"a\", \"pub\": null, \"ORDER\": null, \"DELETE\": false}, {\"ORDER\": null, \"DELETE\": true}], \"deleted\": [\"form-1\"], \"ordered\": [\"form-0\"]}")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validates(String name, FormSetFactory<ArticleForm> factory, String query, String expected) {
        assertThat(summary(factory.create(QueryDict.parse(query), null))).isEqualTo(expected);
    }

    @Test
    void unboundManagementFormOracle32() {
        assertThat(F.create().managementForm().toString()).isEqualTo(MANAGEMENT);
    }

    @Test
    void unboundCountsOracle32() {
        assertThat(List.of(F.create().forms().size(), FormSet.factory(ArticleForm::new).extra(3).maxNum(2).create().forms().size(),
                FormSet.factory(ArticleForm::new).extra(0).minNum(2).create().forms().size(),
                FormSet.factory(ArticleForm::new).extra(2).create(null, null, null, List.of(Map.of("title", "x"))).forms().size()))
                .containsExactly(1, 2, 2, 3);
    }

    @Test
    void emptyFormOracle32() {
        assertThat(F.create().emptyForm().get("title").toString())
                .isEqualTo("<input type=\"text\" name=\"form-__prefix__-title\" id=\"id_form-__prefix__-title\">");
    }

    @Test
    void rendersManagementFormThenFormsDjango60() {
        String html = F.create().asP().toString();
        assertThat(html).startsWith(MANAGEMENT + "\n<p>\n    <label for=\"id_form-0-title\">Title:</label>\n    "
                + "<input type=\"text\" name=\"form-0-title\" id=\"id_form-0-title\">");
    }

    @Test
    void absoluteMaxBelowMaxNumIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormSet.factory(ArticleForm::new).maxNum(5).absoluteMax(2).create())
                .hasMessage("'absolute_max' must be greater or equal to 'max_num'.");
    }
}
