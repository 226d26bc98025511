package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A fixed-precision decimal: {@code DecimalField.of(5, 2)} holds -999.99 to 999.99; values are {@code BigDecimal}. */
public final class DecimalField extends Field<DecimalField> {
    private final int maxDigits;
    private final int decimalPlaces;

    private DecimalField(FieldOptions opts, String name, Class<?> model, int maxDigits, int decimalPlaces) {
        super(opts, name, model);
        this.maxDigits = maxDigits;
        this.decimalPlaces = decimalPlaces;
    }

    /** A {@code numeric(maxDigits, decimalPlaces)} column. */
    public static DecimalField of(int maxDigits, int decimalPlaces) {
        return new DecimalField(FieldOptions.DEFAULTS, null, null, maxDigits, decimalPlaces);
    }

    @Override
    protected DecimalField copy(FieldOptions opts, String name, Class<?> model) {
        return new DecimalField(opts, name, model, maxDigits, decimalPlaces);
    }

    /** Total digits. */
    public int maxDigits() {
        return maxDigits;
    }

    /** Digits after the point. */
    public int decimalPlaces() {
        return decimalPlaces;
    }

    @Override
    public String internalType() {
        return "DecimalField";
    }

    @Override
    public Class<?> javaType() {
        return BigDecimal.class;
    }

    @Override
    public Map<String, Object> dbParameters() {
        return Map.of("max_digits", maxDigits, "decimal_places", decimalPlaces);
    }

    @Override
    public Object toJava(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return value;
        }
        try {
            if (value instanceof Double || value instanceof Float) {
                return BigDecimal.valueOf(((Number) value).doubleValue());
            }
            if (value instanceof Number || value instanceof String) {
                return new BigDecimal(value.toString().strip());
            }
        } catch (NumberFormatException e) {
            throw invalid(value, "a decimal number");
        }
        throw invalid(value, "a decimal number");
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        BigDecimal d = rs.getBigDecimal(index);
        return d == null ? null : d.setScale(decimalPlaces, RoundingMode.HALF_EVEN);
    }

    @Override
    protected void checkValue(Object value, List<String> errors) {
        BigDecimal d = ((BigDecimal) value).stripTrailingZeros();
        int scale = Math.max(d.scale(), 0);
        int digits = Math.max(d.precision(), scale);
        int whole = digits - scale;
        if (digits > maxDigits) {
            errors.add("Ensure that there are no more than " + maxDigits + " digits in total.");
        } else if (scale > decimalPlaces) {
            errors.add("Ensure that there are no more than " + decimalPlaces + " decimal places.");
        } else if (whole > maxDigits - decimalPlaces) {
            errors.add("Ensure that there are no more than " + (maxDigits - decimalPlaces) + " digits before the decimal point.");
        }
    }
}
