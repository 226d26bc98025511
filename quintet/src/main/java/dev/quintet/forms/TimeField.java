package dev.quintet.forms;

import dev.quintet.forms.widgets.TimeInput;
import java.time.LocalTime;

/** Django's {@code TimeField}: a {@link LocalTime} from {@code %H:%M:%S}, {@code %H:%M:%S.%f} or {@code %H:%M}. */
@SuppressWarnings("this-escape")
public class TimeField extends TemporalField<LocalTime, TimeField> {
    /** A required time input. */
    public TimeField() {
        super(new TimeInput(), TIME_INPUT_FORMATS);
        defaultMessage("invalid", "Enter a valid time.");
    }

    @Override
    protected LocalTime fromObject(Object value) {
        return value instanceof LocalTime t ? t : null;
    }

    @Override
    protected LocalTime fromFields(int[] f) {
        return LocalTime.of(f[3], f[4], f[5], f[6] * 1000);
    }
}
