package dev.quintet.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * One choice of a {@code ChoiceField} or choice widget: the submitted value and the label shown.
 * Django's {@code (value, label)} pairs.
 *
 * @param value the value (rendered with Python's {@code str()}; {@code null} renders as {@code ""})
 * @param label the human-readable label
 */
public record Choice(Object value, String label) {
    /** Builds choices from alternating value, label arguments: {@code Choice.of("a", "A", "b", "B")}. */
    public static List<Choice> of(Object... valuesAndLabels) {
        if (valuesAndLabels.length % 2 != 0) {
            throw new IllegalArgumentException("Choice.of needs value, label pairs");
        }
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            out.add(new Choice(valuesAndLabels[i], String.valueOf(valuesAndLabels[i + 1])));
        }
        return List.copyOf(out);
    }
}
