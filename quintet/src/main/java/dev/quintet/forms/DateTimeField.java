package dev.quintet.forms;

import dev.quintet.forms.widgets.DateTimeInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code DateTimeField}: a {@link LocalDateTime} from ISO 8601 (Django's
 * {@code parse_datetime}; an offset is converted to UTC), then {@code DATETIME_INPUT_FORMATS},
 * then the date formats (midnight). Time zones are not applied (values are naive).
 */
@SuppressWarnings("this-escape")
public class DateTimeField extends TemporalField<LocalDateTime, DateTimeField> {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,6})\\d*)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final List<String> FORMATS;

    static {
        List<String> all = new ArrayList<>(DATETIME_INPUT_FORMATS);
        all.addAll(DATE_INPUT_FORMATS);
        FORMATS = List.copyOf(all);
    }

    /** A required date-time input. */
    public DateTimeField() {
        super(new DateTimeInput(), FORMATS);
        defaultMessage("invalid", "Enter a valid date/time.");
    }

    @Override
    protected LocalDateTime fromObject(Object value) {
        if (value instanceof LocalDateTime dt) {
            return dt;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return value instanceof LocalDate d ? d.atStartOfDay() : null;
    }

    @Override
    protected LocalDateTime parseExtra(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            String frac = m.group(7) == null ? "0" : (m.group(7) + "00000").substring(0, 6);
            LocalDateTime dt = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), Integer.parseInt(frac) * 1000);
            String tz = m.group(8);
            if (tz != null) {
                ZoneOffset off = tz.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(tz.length() == 5 ? tz.substring(0, 3) + ":" + tz.substring(3) : tz);
                dt = dt.atOffset(off).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return dt;
        } catch (java.time.DateTimeException e) {
            throw error("invalid");
        }
    }

    @Override
    protected LocalDateTime fromFields(int[] f) {
        return LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6] * 1000);
    }
}
