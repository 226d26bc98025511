package dev.quintet.template;

/**
 * A value that renders itself as markup: Django's {@code __html__} protocol (the
 * {@code @html_safe} decorator). Autoescaping (and the {@code escape} filter) outputs
 * {@link #toHtml()} as it is, where any other object's {@code toString()} would be escaped; with
 * autoescaping off, {@code toString()} is output, as Django outputs {@code str()}. Forms, bound fields and error lists implement it,
 * so {@code {{ form.title }}} renders the widget's HTML.
 *
 * <pre>{@code
 * record Badge(String text) implements HtmlSafe {
 *     public SafeString toHtml() { return SafeString.of("<b>" + escape(text) + "</b>"); }
 * }
 * }</pre>
 */
public interface HtmlSafe {
    /** The markup this value renders as. */
    SafeString toHtml();
}
