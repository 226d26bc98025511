package dev.quintet.template;

/**
 * An exception thrown while a template rendered (a filter, a method called by a variable lookup,
 * a missing variable in a filter argument...), wrapped so that its message names the template and
 * the line; the original exception is the cause.
 */
public class TemplateRenderError extends TemplateException {
    private static final long serialVersionUID = 1L;

    public TemplateRenderError(String message) {
        super(message);
    }

    public TemplateRenderError(String message, Throwable cause) {
        super(message, cause);
    }
}
