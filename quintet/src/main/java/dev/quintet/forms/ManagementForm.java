package dev.quintet.forms;

import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.http.MultiValueDict;

/**
 * Django's {@code ManagementForm}: the hidden {@code TOTAL_FORMS}, {@code INITIAL_FORMS},
 * {@code MIN_NUM_FORMS} and {@code MAX_NUM_FORMS} inputs a formset needs to read its data back.
 */
public final class ManagementForm extends Form {
    /** {@code TOTAL_FORMS}. */
    public static final String TOTAL_FORM_COUNT = "TOTAL_FORMS";
    /** {@code INITIAL_FORMS}. */
    public static final String INITIAL_FORM_COUNT = "INITIAL_FORMS";
    /** {@code MIN_NUM_FORMS}. */
    public static final String MIN_NUM_FORM_COUNT = "MIN_NUM_FORMS";
    /** {@code MAX_NUM_FORMS}. */
    public static final String MAX_NUM_FORM_COUNT = "MAX_NUM_FORMS";

    ManagementForm(MultiValueDict<String> data) {
        super(data, null);
        field(TOTAL_FORM_COUNT, new IntegerField().widget(new HiddenInput()));
        field(INITIAL_FORM_COUNT, new IntegerField().widget(new HiddenInput()));
        field(MIN_NUM_FORM_COUNT, new IntegerField().required(false).widget(new HiddenInput()));
        field(MAX_NUM_FORM_COUNT, new IntegerField().required(false).widget(new HiddenInput()));
    }

    @Override
    protected void clean() {
        cleanedData().putIfAbsent(TOTAL_FORM_COUNT, 0L);
        cleanedData().putIfAbsent(INITIAL_FORM_COUNT, 0L);
    }

    int count(String name) {
        Object v = cleanedData().get(name);
        return v instanceof Number n ? (int) Math.min(Integer.MAX_VALUE, n.longValue()) : 0;
    }
}
