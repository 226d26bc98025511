package dev.quintet.db.models;

/**
 * One allowed value of a field and its human-readable label (Django's {@code choices} pair).
 *
 * @param value the stored value
 * @param label the label shown to people
 */
public record Choice(Object value, String label) {
}
