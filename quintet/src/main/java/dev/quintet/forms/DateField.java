package dev.quintet.forms;

import dev.quintet.forms.widgets.DateInput;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Django's {@code DateField}: a {@link LocalDate} from Django's {@code DATE_INPUT_FORMATS}. */
@SuppressWarnings("this-escape")
public class DateField extends TemporalField<LocalDate, DateField> {
    /** A required date input. */
    public DateField() {
        super(new DateInput(), DATE_INPUT_FORMATS);
        defaultMessage("invalid", "Enter a valid date.");
    }

    @Override
    protected LocalDate fromObject(Object value) {
        if (value instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        return value instanceof LocalDate d ? d : null;
    }

    @Override
    protected LocalDate fromFields(int[] f) {
        return LocalDate.of(f[0], f[1], f[2]);
    }
}
