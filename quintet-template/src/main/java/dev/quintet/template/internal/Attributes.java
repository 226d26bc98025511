package dev.quintet.template.internal;

/**
 * Implemented by the engine's own values (forloop, block, grouped results) to answer attribute
 * lookups directly, without the reflective accessor cache.
 */
public interface Attributes {
    /** The attribute's value, or {@link Lookups#MISSING}. */
    Object attribute(String name);
}
