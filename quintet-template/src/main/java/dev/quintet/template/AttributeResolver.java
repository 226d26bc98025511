package dev.quintet.template;

import java.util.function.Function;

/**
 * A hook answering {@code {{ value.name }}} for objects the engine cannot read correctly on its own
 * (an ORM model whose deferred fields load on access, a proxy). Installed with
 * {@link Engine.Builder#attributeResolver}; without one the engine's own lookup (map key, public
 * field, record component, getter, {@code name()}) is all there is.
 *
 * <p>The engine asks once per variable node and class, when it first meets that class there, and
 * keeps the answer in the node's inline cache: rendering then calls the returned function directly,
 * so a resolver costs nothing per lookup for the classes it declines.
 *
 * <pre>{@code
 * Engine.builder().attributeResolver((type, name) -> Model.class.isAssignableFrom(type)
 *         ? model -> ((Model) model).value(name) : null)
 * }</pre>
 */
@FunctionalInterface
public interface AttributeResolver {
    /**
     * How to read {@code name} on instances of {@code type}, or {@code null} to let the engine look
     * it up as usual. The function may return {@link #MISSING} for "no such attribute".
     */
    Function<Object, Object> accessor(Class<?> type, String name);

    /** What an accessor returns when the attribute does not exist (rendered as {@code string_if_invalid}). */
    Object MISSING = dev.quintet.template.internal.Lookups.MISSING;
}
