package dev.quintet.forms.widgets;

import dev.quintet.forms.internal.Html;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import dev.quintet.template.SafeString;
import java.util.Map;

/**
 * Django's {@code ClearableFileInput}: a file input that, when the field already has a file,
 * shows {@code Currently: <a href="url">name</a>}, a "Clear" checkbox (optional fields) and
 * {@code Change:}. The current file is any {@link StoredFile}.
 */
@SuppressWarnings("this-escape")
public class ClearableFileInput extends FileInput {
    /** Marks a "clear" checkbox ticked together with a new upload (Django's {@code FILE_INPUT_CONTRADICTION}). */
    public static final Object FILE_INPUT_CONTRADICTION = new Object();

    /** A file already stored for the field: its name and URL. */
    public interface StoredFile {
        /** The file's name as shown. */
        String name();

        /** The URL the link points at. */
        String url();
    }

    /** Without attributes. */
    public ClearableFileInput() {
        this(Map.of());
    }

    /** With attributes. */
    public ClearableFileInput(Map<String, ?> attrs) {
        super(attrs);
    }

    @Override
    public SafeString render(String name, Object value, Map<String, ?> extraAttrs) {
        Map<String, Object> all = buildAttrs(extraAttrs);
        StringBuilder out = new StringBuilder(128);
        if (value instanceof StoredFile f) {
            String checkboxName = name + "-clear";
            String checkboxId = checkboxName + "_id";
            out.append("Currently: <a href=\"").append(Html.esc(f.url())).append("\">").append(Html.esc(f.name())).append("</a>");
            if (!isRequired()) {
                out.append("\n<input type=\"checkbox\" name=\"").append(Html.esc(checkboxName)).append("\" id=\"")
                        .append(Html.esc(checkboxId)).append('"');
                if (Boolean.TRUE.equals(all.get("disabled"))) {
                    out.append(" disabled");
                }
                if (Boolean.TRUE.equals(all.get("checked"))) {
                    out.append(" checked");
                }
                out.append(">\n<label for=\"").append(Html.esc(checkboxId)).append("\">Clear</label>");
            }
            out.append("<br>\nChange:\n");
        }
        out.append(tag(name, null, all));
        return SafeString.of(out);
    }

    @Override
    public Object valueFromDatadict(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        Object upload = super.valueFromDatadict(data, files, name);
        String clear = data.get(name + "-clear");
        if (!isRequired() && clear != null) {
            return upload != null ? FILE_INPUT_CONTRADICTION : Boolean.FALSE;
        }
        return upload;
    }

    @Override
    public boolean valueOmittedFromData(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return super.valueOmittedFromData(data, files, name) && !data.containsKey(name + "-clear");
    }
}
