package dev.quintet.forms;

import dev.quintet.forms.widgets.ClearableFileInput;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.http.UploadedFile;
import java.util.Map;

/**
 * Django's {@code FileField}: an {@link UploadedFile} from the request's {@code FILES}. Cleaned
 * values: the upload; the initial value when nothing was uploaded; {@code Boolean.FALSE} when an
 * optional field's "Clear" box was ticked.
 */
@SuppressWarnings("this-escape")
public class FileField extends Field<Object, FileField> {
    private Integer maxLength;
    private boolean allowEmptyFile;

    /** A required clearable file input. */
    public FileField() {
        super(new ClearableFileInput(), new HiddenInput());
        defaultMessage("invalid", "No file was submitted. Check the encoding type on the form.");
        defaultMessage("missing", "No file was submitted.");
        defaultMessage("empty", "The submitted file is empty.");
        defaultMessage("contradiction", "Please either submit a file or check the clear checkbox, not both.");
    }

    /** The longest file name allowed. */
    public FileField maxLength(int n) {
        this.maxLength = n;
        defaultMessage("max_length", n == 1
                ? "Ensure this filename has at most %(max)d character (it has %(length)d)."
                : "Ensure this filename has at most %(max)d characters (it has %(length)d).");
        return this;
    }

    /** Accept files of size 0 (default: "The submitted file is empty."). */
    public FileField allowEmptyFile(boolean allow) {
        this.allowEmptyFile = allow;
        return this;
    }

    @Override
    protected Object toPython(Object data) {
        if (isEmptyValue(data)) {
            return null;
        }
        if (!(data instanceof UploadedFile f)) {
            throw error("invalid");
        }
        String name = f.name();
        if (maxLength != null && name != null && name.length() > maxLength) {
            throw error("max_length", Map.of("max", maxLength, "length", name.length()));
        }
        if (name == null || name.isEmpty()) {
            throw error("invalid");
        }
        if (!allowEmptyFile && f.size() == 0) {
            throw error("empty");
        }
        return f;
    }

    @Override
    public Object clean(Object data, Object initialValue) {
        if (data == ClearableFileInput.FILE_INPUT_CONTRADICTION) {
            throw error("contradiction");
        }
        if (Boolean.FALSE.equals(data)) {
            if (!isRequired()) {
                return Boolean.FALSE;
            }
            data = null;
        }
        if ((data == null || "".equals(data)) && initialValue != null && !"".equals(initialValue)) {
            return initialValue;
        }
        return clean(data);
    }

    @Override
    public Object boundData(Object data, Object initialValue) {
        if (data == null || data == ClearableFileInput.FILE_INPUT_CONTRADICTION) {
            return initialValue;
        }
        return super.boundData(data, initialValue);
    }

    @Override
    public boolean hasChanged(Object initialValue, Object data) {
        return !isDisabled() && data != null;
    }
}
