package dev.quintet.forms.widgets;

import java.util.Map;

/** Django's {@code DateTimeInput}: a text input showing values as {@code %Y-%m-%d %H:%M:%S} (Java pattern {@code yyyy-MM-dd HH:mm:ss}). */
@SuppressWarnings("this-escape")
public class DateTimeInput extends DateTimeBaseInput {
    /** Django's default format. */
    public DateTimeInput() {
        this(Map.of(), "yyyy-MM-dd HH:mm:ss");
    }

    /** With attributes and a {@link java.time.format.DateTimeFormatter} pattern. */
    public DateTimeInput(Map<String, ?> attrs, String pattern) {
        super(attrs, pattern);
    }
}
