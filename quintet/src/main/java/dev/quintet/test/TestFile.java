package dev.quintet.test;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file to upload with the test {@link Client}: Django's {@code SimpleUploadedFile}. Put it in a
 * form's data and the body is sent as {@code multipart/form-data}.
 *
 * <pre>{@code
 * client.post("/upload/", Map.of("title", "Report", "attachment", TestFile.of("report.txt", "hello")));
 * }</pre>
 *
 * @param filename the name the browser would send
 * @param contentType the part's content type
 * @param content the file's bytes
 */
public record TestFile(String filename, String contentType, byte[] content) {

    public TestFile {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** A {@code text/plain} file holding {@code text} in UTF-8. */
    public static TestFile of(String filename, String text) {
        return new TestFile(filename, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
