package dev.quintet.forms.widgets;

import java.util.Map;

/** Django's {@code DateInput}: a text input showing values as {@code %Y-%m-%d} (Java pattern {@code yyyy-MM-dd}). */
@SuppressWarnings("this-escape")
public class DateInput extends DateTimeBaseInput {
    /** Django's default format. */
    public DateInput() {
        this(Map.of(), "yyyy-MM-dd");
    }

    /** With attributes and a {@link java.time.format.DateTimeFormatter} pattern. */
    public DateInput(Map<String, ?> attrs, String pattern) {
        super(attrs, pattern);
    }
}
