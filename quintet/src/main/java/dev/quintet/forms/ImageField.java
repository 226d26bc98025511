package dev.quintet.forms;

import dev.quintet.forms.internal.ImageHeaders;
import dev.quintet.forms.widgets.FileInput;
import dev.quintet.forms.widgets.Widget;
import dev.quintet.http.UploadedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Django's {@code ImageField} without an imaging library: the upload must be a PNG, JPEG, GIF,
 * WebP or BMP image, recognised by its header (whose dimensions are read with
 * {@link #inspect(UploadedFile)}), and its name must have one of their extensions.
 */
@SuppressWarnings("this-escape")
public class ImageField extends FileField {
    /** The extensions accepted (Django allows Pillow's; here the formats read). */
    public static final List<String> EXTENSIONS = List.of("bmp", "gif", "jfif", "jpe", "jpeg", "jpg", "png", "webp");

    /** What a header says about an image. */
    public record ImageInfo(String format, String contentType, int width, int height) {
    }

    /** A required image input. */
    public ImageField() {
        defaultMessage("invalid_image",
                "Upload a valid image. The file you uploaded was either not an image or a corrupted image.");
        defaultMessage("invalid_extension",
                "File extension “%(extension)s” is not allowed. Allowed extensions are: %(allowed_extensions)s.");
    }

    /** The format and size of an image upload, or {@code null} when it is not one of the formats. */
    public static ImageInfo inspect(UploadedFile file) {
        return ImageHeaders.read(file.bytes());
    }

    @Override
    protected Object toPython(Object data) {
        Object f = super.toPython(data);
        if (f == null) {
            return null;
        }
        UploadedFile upload = (UploadedFile) f;
        if (inspect(upload) == null) {
            throw error("invalid_image");
        }
        String name = upload.name();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(ext)) {
            throw error("invalid_extension", Map.of("extension", ext, "allowed_extensions", String.join(", ", EXTENSIONS),
                    "value", name));
        }
        return upload;
    }

    @Override
    public Map<String, Object> widgetAttrs(Widget widget) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (widget instanceof FileInput && !widget.attrs().containsKey("accept")) {
            attrs.put("accept", "image/*");
        }
        return attrs;
    }
}
