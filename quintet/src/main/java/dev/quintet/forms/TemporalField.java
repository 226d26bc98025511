package dev.quintet.forms;

import dev.quintet.forms.internal.Strptime;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.Widget;
import java.time.DateTimeException;
import java.util.List;

/**
 * Django's {@code BaseTemporalField}: tries each input format (Python {@code strptime} syntax) in
 * order. The base of {@link DateField}, {@link DateTimeField} and {@link TimeField}.
 *
 * @param <T> the {@code java.time} type
 * @param <F> the concrete field
 */
@SuppressWarnings("this-escape")
public abstract class TemporalField<T, F extends TemporalField<T, F>> extends Field<T, F> {
    /** Django's {@code DATE_INPUT_FORMATS}. */
    public static final List<String> DATE_INPUT_FORMATS = List.of("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%b %d %Y",
            "%b %d, %Y", "%d %b %Y", "%d %b, %Y", "%B %d %Y", "%B %d, %Y", "%d %B %Y", "%d %B, %Y");
    /** Django's {@code DATETIME_INPUT_FORMATS}. */
    public static final List<String> DATETIME_INPUT_FORMATS = List.of("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f",
            "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M:%S.%f", "%m/%d/%Y %H:%M", "%m/%d/%y %H:%M:%S",
            "%m/%d/%y %H:%M:%S.%f", "%m/%d/%y %H:%M");
    /** Django's {@code TIME_INPUT_FORMATS}. */
    public static final List<String> TIME_INPUT_FORMATS = List.of("%H:%M:%S", "%H:%M:%S.%f", "%H:%M");

    private List<String> inputFormats;

    /** A temporal field with its default formats. */
    protected TemporalField(Widget widget, List<String> defaultFormats) {
        super(widget, new HiddenInput());
        this.inputFormats = defaultFormats;
    }

    /** Replaces the accepted formats (Python {@code strptime} directives {@code %Y %y %m %d %b %B %H %M %S %f}). */
    public F inputFormats(List<String> formats) {
        this.inputFormats = List.copyOf(formats);
        return self();
    }

    /** Converts already typed values ({@code null} when {@code value} is text). */
    protected abstract T fromObject(Object value);

    /** Builds the value from parsed fields, or throws {@link DateTimeException}. */
    protected abstract T fromFields(int[] f);

    /** Parses forms not covered by the input formats (ISO 8601 for date-times), or {@code null}. */
    protected T parseExtra(String text) {
        return null;
    }

    @Override
    protected T toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        T typed = fromObject(value);
        if (typed != null) {
            return typed;
        }
        String s = String.valueOf(value).strip();
        T extra = parseExtra(s);
        if (extra != null) {
            return extra;
        }
        for (String format : inputFormats) {
            int[] f = Strptime.parse(s, format);
            if (f != null) {
                try {
                    return fromFields(f);
                } catch (DateTimeException e) {
                    // out of range: try the next format, as Python's strptime raising ValueError
                }
            }
        }
        throw error("invalid");
    }
}
