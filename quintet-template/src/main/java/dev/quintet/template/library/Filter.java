package dev.quintet.template.library;

/**
 * A template filter, as registered in a {@link Library}: {@code {{ value|name:arg }}}.
 *
 * <p>The flags mean what Django's {@code is_safe}, {@code needs_autoescape} and
 * {@code expects_localtime} mean:
 * <ul>
 *   <li>{@code isSafe}: the filter does not add HTML-unsafe characters, so when its input was a
 *       {@link dev.quintet.template.SafeString} its (string) output is marked safe too;</li>
 *   <li>{@code needsAutoescape}: the function reads {@link FilterContext#autoescape()} and escapes
 *       its own output where needed (and usually returns a {@code SafeString});</li>
 *   <li>{@code expectsLocaltime}: an aware date-time input is converted to the current time zone
 *       ({@link FilterContext#zone()}) before the function sees it.</li>
 * </ul>
 *
 * @param name the name used in templates
 * @param function what the filter does
 * @param arity whether the filter takes no argument, an optional one or a required one
 * @param isSafe see above
 * @param needsAutoescape see above
 * @param expectsLocaltime see above
 */
public record Filter(String name, FilterFunction function, Arity arity, boolean isSafe,
                     boolean needsAutoescape, boolean expectsLocaltime) {

    /** How many arguments a filter takes; checked when the template is parsed. */
    public enum Arity { NONE, OPTIONAL, REQUIRED }

    /** What a filter does: {@code arg} is {@link #NO_ARG} when the template gives none. */
    @FunctionalInterface
    public interface FilterFunction {
        Object apply(Object value, Object arg, FilterContext context) throws Exception;
    }

    /** Marker passed as {@code arg} when a filter with an optional argument is used without one. */
    public static final Object NO_ARG = new Object() {
        @Override
        public String toString() {
            return "<no argument>";
        }
    };

    public Filter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a filter needs a name");
        }
        if (function == null || arity == null) {
            throw new IllegalArgumentException("filter '" + name + "' needs a function and an arity");
        }
    }
}
