package dev.quintet.template.library;

/** What a simple tag computes from its arguments. */
@FunctionalInterface
public interface SimpleTagFunction {
    Object apply(TagCall call) throws Exception;
}
