package dev.quintet.forms.widgets;

import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import java.util.Map;

/** Django's {@code FileInput}: {@code <input type="file">}; never shows a value. */
@SuppressWarnings("this-escape")
public class FileInput extends Input {
    /** Without attributes. */
    public FileInput() {
        this(Map.of());
    }

    /** With attributes. */
    public FileInput(Map<String, ?> attrs) {
        super("file", attrs);
    }

    @Override
    public Object formatValue(Object value) {
        return null;
    }

    @Override
    public boolean needsMultipartForm() {
        return true;
    }

    @Override
    public Object valueFromDatadict(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return files.get(name);
    }

    @Override
    public boolean valueOmittedFromData(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return !files.containsKey(name);
    }

    @Override
    public boolean useRequiredAttribute(Object initial) {
        return super.useRequiredAttribute(initial) && (initial == null || "".equals(initial));
    }
}
