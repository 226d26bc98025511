package dev.quintet.template;

/**
 * A template could not be compiled (or a tag found its arguments invalid while rendering, as
 * Django raises {@code TemplateSyntaxError} then too). {@link #getMessage()} names the template,
 * the line and column and shows the source line.
 */
public class TemplateSyntaxError extends TemplateException {
    private static final long serialVersionUID = 1L;

    public TemplateSyntaxError(String message) {
        super(message);
    }

    public TemplateSyntaxError(String message, Throwable cause) {
        super(message, cause);
    }
}
