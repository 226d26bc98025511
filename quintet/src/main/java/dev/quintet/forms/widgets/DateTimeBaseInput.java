package dev.quintet.forms.widgets;

import dev.quintet.forms.internal.PyFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;

/** Django's {@code DateTimeBaseInput}: a text input that shows dates and times in one format. */
@SuppressWarnings("this-escape")
public abstract class DateTimeBaseInput extends Input {
    private final DateTimeFormatter format;

    /** A text input formatting temporal values with {@code pattern} ({@link DateTimeFormatter} syntax). */
    protected DateTimeBaseInput(Map<String, ?> attrs, String pattern) {
        super("text", attrs);
        this.format = DateTimeFormatter.ofPattern(pattern);
    }

    @Override
    public Object formatValue(Object value) {
        if (value == null || "".equals(value)) {
            return null;
        }
        if (value instanceof TemporalAccessor t) {
            return format.format(t);
        }
        return PyFormat.str(value);
    }
}
