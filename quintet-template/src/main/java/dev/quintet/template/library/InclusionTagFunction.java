package dev.quintet.template.library;

import java.util.Map;

/** What an inclusion tag computes: the variables its template renders with. */
@FunctionalInterface
public interface InclusionTagFunction {
    Map<String, ?> apply(TagCall call) throws Exception;
}
