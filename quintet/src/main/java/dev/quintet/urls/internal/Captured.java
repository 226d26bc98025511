package dev.quintet.urls.internal;

import java.util.List;
import java.util.Map;

/**
 * What one pattern captured: where its match ended and the converted arguments.
 *
 * @param end the index in the path after the match
 * @param args positional arguments (unnamed regex groups, when there are no named ones)
 * @param kwargs keyword arguments, in group order
 */
public record Captured(int end, List<Object> args, Map<String, Object> kwargs) {
}
