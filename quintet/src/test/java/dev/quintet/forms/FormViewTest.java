package dev.quintet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import dev.quintet.test.Client;
import dev.quintet.test.TestFile;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A form bound to a real request's POST and FILES, through the in-process test client. */
class FormViewTest {
    static class UploadForm extends Form {
        final CharField title = field("title", new CharField().maxLength(10));
        final FileField attachment = field("attachment", new FileField());

        UploadForm(MultiValueDict<String> data, MultiValueDict<UploadedFile> files) {
            super(data, files);
        }
    }

    static HttpResponse view(HttpRequest request) {
        UploadForm form = new UploadForm(request.POST(), request.FILES());
        if (form.isValid()) {
            UploadedFile f = (UploadedFile) form.cleanedData().get(form.attachment);
            return new HttpResponse("ok " + form.cleanedData().get(form.title) + " " + f.name() + " " + f.size());
        }
        return new HttpResponse(form.errors().asJson(), "application/json", 200);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("multipart_valid", Map.of("title", " Hi ", "attachment", TestFile.of("a.txt", "hello")), "ok Hi a.txt 5"),
                Arguments.of("urlencoded_missing_file", Map.of("title", "Hi"),
                        "{\"attachment\": [{\"message\": \"This field is required.\", \"code\": \"required\"}]}"),
                Arguments.of("empty_file", Map.of("title", "Hi", "attachment", TestFile.of("a.txt", "")),
                        "{\"attachment\": [{\"message\": \"The submitted file is empty.\", \"code\": \"empty\"}]}"),
                Arguments.of("too_long", Map.of("title", "0123456789x", "attachment", TestFile.of("a.txt", "x")),
                        "{\"title\": [{\"message\": \"Ensure this value has at most 10 characters (it has 11).\", \"code\": \"max_length\"}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void posts(String name, Map<String, Object> form, String expected) {
        assertThat(new Client(FormViewTest::view).post("/upload/", form).content()).isEqualTo(expected);
    }
}
