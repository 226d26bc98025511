package dev.quintet.template;

/**
 * A variable used where Django insists on it (a filter argument, for instance) is missing.
 * A missing variable in {@code {{ ... }}} is not an error: it renders as the engine's
 * {@code stringIfInvalid}.
 */
public class VariableDoesNotExist extends TemplateRenderError {
    private static final long serialVersionUID = 1L;

    public VariableDoesNotExist(String message) {
        super(message);
    }
}
