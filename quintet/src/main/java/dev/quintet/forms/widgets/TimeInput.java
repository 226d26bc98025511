package dev.quintet.forms.widgets;

import java.util.Map;

/** Django's {@code TimeInput}: a text input showing values as {@code %H:%M:%S} (Java pattern {@code HH:mm:ss}). */
@SuppressWarnings("this-escape")
public class TimeInput extends DateTimeBaseInput {
    /** Django's default format. */
    public TimeInput() {
        this(Map.of(), "HH:mm:ss");
    }

    /** With attributes and a {@link java.time.format.DateTimeFormatter} pattern. */
    public TimeInput(Map<String, ?> attrs, String pattern) {
        super(attrs, pattern);
    }
}
